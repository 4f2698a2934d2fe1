import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { DOCS_IMAGES_DIR } from '../../../scripts/e2e/paths';
import { log } from '../../../scripts/e2e/steps';
import type { UiSession } from './uiSession';

/** With TRAINBOARD_E2E_DOCS=1 the chosen screenshots also replace the README's images. */
const UPDATE_DOCS = process.env['TRAINBOARD_E2E_DOCS'] === '1';

async function webviewScreenshot(frame: Frame, path: string): Promise<void> {
  const outer = frame.parentFrame();
  const element = await (outer ?? frame).frameElement();
  await element.screenshot({ path });
}

/**
 * Saves the whole window and, when given the webview's frame, the webview alone into the
 * session's artifacts; `docsName` names the window shot that illustrates the README.
 */
export async function publishScreenshot(
  ui: UiSession,
  name: string,
  options: { webview?: Frame; docsName?: string } = {},
): Promise<void> {
  // Clicking a button at the run list's right edge scrolls the page sideways.
  await options.webview?.evaluate(() => window.scrollTo(0, window.scrollY));
  const shot = await ui.screenshot(name);
  if (options.webview) {
    await webviewScreenshot(
      options.webview,
      join(ui.session.artifacts, `${name}-webview.png`),
    );
  }

  if (UPDATE_DOCS && options.docsName) {
    await mkdir(DOCS_IMAGES_DIR, { recursive: true });
    const target = join(DOCS_IMAGES_DIR, `${options.docsName}.png`);
    await copyFile(shot, target);
    log(`updated ${target}`);
  }
}
