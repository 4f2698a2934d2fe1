import type { Locator, Page } from 'playwright-core';

const WORKBENCH_TIMEOUT_MS = 90_000;

/** The workbench is usable once the explorer shows the workspace's files. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page
    .locator('.monaco-workbench .part.activitybar')
    .waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  await explorerItem(page, 'quick-dropout.train.yaml').waitFor({
    timeout: WORKBENCH_TIMEOUT_MS,
  });
}

export function explorerItem(page: Page, fileName: string): Locator {
  return page
    .locator('.explorer-folders-view')
    .getByRole('treeitem', { name: fileName, exact: true });
}

export function editorTab(page: Page, fileName: string): Locator {
  return page.locator('.tabs-container').getByRole('tab', { name: fileName });
}

/**
 * Opens a file from the explorer as a pinned editor in the first editor group, so that
 * it does not cover the loss panel beside it, and waits for its text.
 */
export async function openFile(page: Page, fileName: string): Promise<Locator> {
  await page
    .locator('.editor-group-container')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await explorerItem(page, fileName).dblclick();
  await editorTab(page, fileName).waitFor();
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor();
  return editor;
}

/** A click that lands too soon after the menu opens can be dropped; Enter is not. */
async function activate(page: Page, item: Locator): Promise<void> {
  await item.hover();
  await item.click();
  const closed = await item.waitFor({ state: 'hidden', timeout: 2000 }).then(
    () => true,
    () => false,
  );
  if (!closed) {
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'hidden', timeout: 5000 });
  }
}

/**
 * Right-clicks the target and chooses the item. A menu opened while the editor is still
 * settling can lack the extension's items, so it is closed and opened again.
 */
export async function chooseFromContextMenu(
  page: Page,
  target: Locator,
  label: string,
): Promise<void> {
  const item = page.getByRole('menuitem', { name: label, exact: true });
  let offered: string[] = [];
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await target.click({ button: 'right' });
    const shown = await item.waitFor({ timeout: 3000 }).then(
      () => true,
      () => false,
    );
    if (shown) {
      await activate(page, item);
      return;
    }
    offered = await page.getByRole('menuitem').allTextContents();
    await page.keyboard.press('Escape');
  }
  throw new Error(
    `The context menu offers no "${label}"; it offers: ${offered.join(', ')}`,
  );
}

/** Runs a command through the palette by its title, as a person would. */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input.input');
  await page.keyboard.press('F1');
  const opened = await input
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!opened) {
    // A focused webview can swallow the key: take focus back to the workbench first.
    const statusBar = page.locator('.part.statusbar');
    const box = await statusBar.boundingBox();
    await statusBar.click({ position: { x: (box?.width ?? 600) / 2, y: 5 } });
    await page.keyboard.press('F1');
    await input.waitFor();
  }
  await input.fill(`>${title}`);
  const option = page
    .locator('.quick-input-list')
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) })
    .first();
  await option.waitFor();
  await input.press('Enter');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text of every notification, for error messages: tests never assert on toasts. */
export async function notificationsText(page: Page): Promise<string> {
  await runFromPalette(page, 'Notifications: Show Notifications');
  const center = page.locator('.notifications-center');
  await center.waitFor({ timeout: 5000 }).catch(() => undefined);
  const text = ((await center.textContent().catch(() => '')) ?? '').trim();
  await page.keyboard.press('Escape');
  return text || '(none)';
}
