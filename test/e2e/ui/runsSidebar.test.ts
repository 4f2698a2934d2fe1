import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import type { Session } from '../../../scripts/e2e/session';
import { waitFor } from '../../../scripts/e2e/steps';
import { extensionFolderName } from '../../../scripts/e2e/vsix';
import { publishScreenshot } from '../support/docsImages';
import { flow } from '../support/flows';
import { lossPanelFrame, waitForPanel } from '../support/lossPanel';
import { runsDir } from '../support/runsOnDisk';
import { runsSidebarSkipReason, runsViewContributed } from '../support/runsSidebarSwitch';
import { openUiSession, type UiSession } from '../support/uiSession';
import {
  chooseFromContextMenu,
  notificationsText,
  runFromPalette,
} from '../support/workbench';

/** The two example configs of the README, dropout 0.5 and none, 20 epochs each. */
const RUN_NAMES = ['mnist-dropout', 'mnist-no-dropout'];
const skip = runsSidebarSkipReason();

let ui: UiSession | undefined;
const session = () => ui;

function trainWithCli(current: Session, cli: string, name: string): Promise<void> {
  const config = join(current.workspace, 'examples', `${name}.yaml`);
  const child = spawn(
    process.execPath,
    [cli, 'train', config, '--runs-dir', runsDir(current.workspace)],
    { env: current.env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`trainboard train ${name}: ${stderr}`)),
    ),
  );
}

/** Trains both examples, side by side, with the packaged command-line trainer. */
async function trainTwins(current: Session): Promise<void> {
  const extension = join(current.extensions, await extensionFolderName());
  const cli = join(extension, 'dist', 'training', 'cli.js');
  await Promise.all(RUN_NAMES.map((name) => trainWithCli(current, cli, name)));
}

function runItem(page: Page, name: string) {
  return page
    .locator('.part.sidebar')
    .getByRole('treeitem', { name: new RegExp(`^${name}(,|\\s|$)`) })
    .first();
}

async function openRunsView(page: Page): Promise<void> {
  const container = page
    .locator('.part.activitybar')
    .getByRole('tab', { name: /^Trainboard/ });
  await container.waitFor({ timeout: 15_000 }).catch(() => {
    throw new Error(
      'The Runs sidebar is expected, but the activity bar has no Trainboard',
    );
  });

  const sidebar = page.locator('.part.sidebar');
  const shown =
    (await container.getAttribute('aria-selected')) === 'true' &&
    (await sidebar.isVisible());
  if (!shown) {
    await container.click();
  }
  await sidebar.getByText('Runs', { exact: false }).first().waitFor();
  await page.mouse.move(700, 500);
}

/** Compare runs from the view's title bar, or from the context menu of a run. */
async function startCompare(page: Page, via: 'title' | 'context menu'): Promise<void> {
  if (via === 'title') {
    await page
      .locator('.part.sidebar')
      .getByRole('button', { name: /^Compare runs/ })
      .first()
      .click();
    return;
  }
  await chooseFromContextMenu(page, runItem(page, RUN_NAMES[1]!), 'Compare runs');
}

/** A webview frame that names both runs and the config value they differ in. */
async function compareFrame(page: Page): Promise<Frame> {
  return waitFor(
    'a comparison showing both runs and their dropout values',
    async () => {
      for (const frame of page.frames()) {
        if (frame.isDetached() || !frame.url().includes('/webview/')) {
          continue;
        }
        const text = await frame
          .evaluate(() => document.body?.innerText ?? '')
          .catch(() => '');
        const namesBoth = RUN_NAMES.every((name) => text.includes(name));
        if (namesBoth && /dropout/i.test(text) && text.includes('0.5')) {
          return frame;
        }
      }
      return null;
    },
    { timeoutMs: 30_000, intervalMs: 500 },
  );
}

async function assertComparison(page: Page): Promise<void> {
  const frame = await compareFrame(page).catch(async (error: Error) => {
    const notes = await notificationsText(page).catch(() => '(unreadable)');
    throw new Error(`${error.message}; notifications: ${notes}`, { cause: error });
  });
  const text = await frame.evaluate(() => document.body.innerText);
  assert.match(text, /dropout/i);
  assert.match(text, /\b0\.5\b/);
  assert.match(text, /\b0\b/);

  const curves = await frame.locator('canvas, svg path').count();
  assert.ok(curves > 0, 'the comparison draws curves');
  const hook = await frame
    .evaluate(() => window.__trainboardPanelState?.() ?? null)
    .catch(() => null);
  if (hook) {
    const shown = hook.runs.filter((run) => RUN_NAMES.includes(run.name));
    assert.equal(shown.length, 2, 'both runs are in the comparison');
    assert.ok(
      shown.every((run) => run.points.batches > 0),
      'both runs have curves',
    );
  }
}

/** Click and Ctrl+click, until the tree shows both runs selected (it may redraw between). */
async function selectBothRuns(page: Page): Promise<void> {
  const items = RUN_NAMES.map((name) => runItem(page, name));
  await waitFor(
    'both runs selected in the Runs view',
    async () => {
      await items[0]!.click();
      await items[1]!.click({ modifiers: ['Control'] });
      const selected = await Promise.all(
        items.map((item) => item.getAttribute('aria-selected')),
      );
      return selected.every((value) => value === 'true') ? true : null;
    },
    { timeoutMs: 10_000, intervalMs: 500 },
  );
}

async function closeComparison(page: Page): Promise<void> {
  const tab = page.locator('.tabs-container').getByRole('tab', { name: /^Compare runs/ });
  await tab.first().hover();
  await tab.first().locator('.tab-actions .codicon-close').click();
  await tab.first().waitFor({ state: 'detached' });
}

describe('The Runs sidebar and Compare runs', { skip, timeout: 300_000 }, () => {
  before(async () => {
    ui = await openUiSession('ui-sidebar', trainTwins);
  });

  after(async () => {
    await ui?.close();
  });

  test('package.json contributes the Runs view', () => {
    assert.ok(runsViewContributed(), 'a view named "Runs" in contributes.views');
  });

  test(
    'the Runs sidebar lists the runs of the workspace',
    flow(session, 'sidebar lists runs', async ({ page }) => {
      await openRunsView(page);
      for (const name of RUN_NAMES) {
        const item = runItem(page, name);
        await item.waitFor({ timeout: 30_000 });
        assert.match((await item.getAttribute('aria-label')) ?? '', /completed/);
      }
      await runFromPalette(page, 'Trainboard: Show loss panel');
      const webview = await lossPanelFrame(page);
      await waitForPanel(page, 'both runs in the loss panel', (state) =>
        RUN_NAMES.every((name) => state.runs.some((run) => run.name === name)),
      );
      await page.mouse.move(700, 500);
      await publishScreenshot(ui!, 'runs-sidebar', { webview, docsName: 'runs-sidebar' });
    }),
  );

  test(
    'Compare on two checked runs shows both curves and the differing config value',
    flow(session, 'compare checked runs', async ({ page }) => {
      await openRunsView(page);
      for (const name of RUN_NAMES) {
        await runItem(page, name).getByRole('checkbox').click();
      }
      await startCompare(page, 'title');
      await assertComparison(page);
      await publishScreenshot(ui!, 'compare-runs', { docsName: 'compare-runs' });
      await closeComparison(page);
      for (const name of RUN_NAMES) {
        await runItem(page, name).getByRole('checkbox').click();
      }
    }),
  );

  for (const via of ['context menu', 'title'] as const) {
    test(
      `Compare from the ${via} on two selected runs shows both curves and the differing config value`,
      flow(session, `compare selected runs from the ${via}`, async ({ page }) => {
        await openRunsView(page);
        await selectBothRuns(page);
        await startCompare(page, via);
        await assertComparison(page);
        await closeComparison(page);
      }),
    );
  }
});
