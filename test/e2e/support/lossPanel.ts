import type { Frame, Locator, Page } from 'playwright-core';
import { waitFor } from '../../../scripts/e2e/steps';
import type { PanelSnapshot } from '../../../webview/panel';

/** What the panel's test hook (`webview/testHooks.ts`) reports. */
export type PanelState = PanelSnapshot;
export type PanelRun = PanelState['runs'][number];

async function hasPanelHook(frame: Frame): Promise<boolean> {
  if (frame.isDetached() || !frame.url().includes('/webview/')) {
    return false;
  }
  return frame
    .evaluate(() => typeof window.__trainboardPanelState === 'function')
    .catch(() => false);
}

async function findPanelFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (await hasPanelHook(frame)) {
      return frame;
    }
  }
  return null;
}

/**
 * The inner webview frame of the loss panel (webviews nest two iframes). A hidden panel
 * has no page at all, so when none is found, the panel's editor tab is clicked.
 */
export async function lossPanelFrame(page: Page, timeoutMs = 30_000): Promise<Frame> {
  const shown = await findPanelFrame(page);
  if (shown) {
    return shown;
  }

  const tab = page.locator('.tabs-container').getByRole('tab', { name: /^Loss panel/ });
  return waitFor(
    'the loss panel to load',
    async () => {
      const frame = await findPanelFrame(page);
      if (!frame && (await tab.count()) > 0) {
        await tab.first().click();
      }
      return frame;
    },
    { timeoutMs, intervalMs: 500 },
  );
}

export async function readPanelState(page: Page): Promise<PanelState> {
  const frame = await lossPanelFrame(page);
  return frame.evaluate(() => window.__trainboardPanelState!());
}

/** Waits until the panel's state satisfies the check, returning what it matched. */
export async function waitForPanel<T>(
  page: Page,
  description: string,
  check: (state: PanelState) => T | undefined | null | false,
  timeoutMs = 60_000,
): Promise<T> {
  return waitFor(description, async () => check(await readPanelState(page)), {
    timeoutMs,
    intervalMs: 150,
  });
}

/** Waits for a run the panel did not show before, and returns it. */
export async function waitForNewRun(
  page: Page,
  known: readonly string[],
  name: string,
): Promise<PanelRun> {
  return waitForPanel(page, `a new run of ${name} in the loss panel`, (state) =>
    state.runs.find((run) => run.name === name && !known.includes(run.id)),
  );
}

export async function waitForStatus(
  page: Page,
  runId: string,
  status: string,
  timeoutMs = 90_000,
): Promise<PanelRun> {
  return waitForPanel(
    page,
    `run ${runId} to be ${status}`,
    (state) => {
      const run = state.runs.find((candidate) => candidate.id === runId);
      if (run && run.status !== status && isFinal(run.status)) {
        throw new Error(`run ${runId} ended ${run.status}, not ${status}`);
      }
      return run?.status === status ? run : null;
    },
    timeoutMs,
  );
}

export function isFinal(status: string): boolean {
  return ['completed', 'failed', 'stopped', 'interrupted'].includes(status);
}

/** The run's row in the panel's run list. */
export async function runRow(page: Page, runId: string): Promise<Locator> {
  const frame = await lossPanelFrame(page);
  return frame.locator(`table.runs tr.run[data-run-id="${runId}"]`);
}

export async function runIds(page: Page): Promise<string[]> {
  return (await readPanelState(page)).runs.map((run) => run.id);
}
