import type { UiSession } from './uiSession';

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * Wraps a UI test body so that a failure leaves a screenshot named after the test and
 * marks the session failed, which keeps its scratch folder for a look.
 */
export function flow(
  session: () => UiSession | undefined,
  name: string,
  body: (ui: UiSession) => Promise<void>,
): () => Promise<void> {
  return async () => {
    const ui = session();
    if (!ui) {
      throw new Error('The VS Code session did not start; see the before hook.');
    }
    try {
      await body(ui);
    } catch (error) {
      ui.failed = true;
      await ui.screenshot(`failed-${slug(name)}`).catch(() => undefined);
      throw error;
    }
  };
}
