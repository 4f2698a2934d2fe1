import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { waitFor } from '../../../scripts/e2e/steps';
import { publishScreenshot } from '../support/docsImages';
import { flow } from '../support/flows';
import {
  lossPanelFrame,
  readPanelState,
  runIds,
  runRow,
  waitForNewRun,
  waitForPanel,
  waitForStatus,
  type PanelRun,
} from '../support/lossPanel';
import { batchLosses, readRunRecord, runDir, runFolders } from '../support/runsOnDisk';
import { openUiSession, type UiSession } from '../support/uiSession';
import {
  chooseFromContextMenu,
  explorerItem,
  openFile,
  runFromPalette,
  waitForWorkbench,
} from '../support/workbench';

const STOP_WITHIN_MS = 5000;

let ui: UiSession | undefined;
const session = () => ui;

async function knownRunIds(page: Page): Promise<string[]> {
  return (await page.locator('iframe.webview').count()) > 0 ? runIds(page) : [];
}

async function rowText(page: Page, runId: string, cell: string): Promise<string> {
  const row = await runRow(page, runId);
  return ((await row.locator(cell).textContent()) ?? '').trim();
}

async function waitForCompletedRun(page: Page, run: PanelRun): Promise<PanelRun> {
  const completed = await waitForStatus(page, run.id, 'completed');
  await waitFor(`the run list to show ${run.name} completed`, async () => {
    return (await rowText(page, run.id, '.run-status .tag')) === 'completed';
  });
  return completed;
}

async function firstCompletedRun(page: Page, name: string): Promise<PanelRun> {
  const state = await readPanelState(page);
  const run = state.runs.find(
    (each) => each.name === name && each.status === 'completed',
  );
  assert.ok(run, `an earlier test should have left a completed ${name} run`);
  return run;
}

function idsAndStatuses(runs: readonly PanelRun[]): { id: string; status: string }[] {
  return runs
    .map(({ id, status }) => ({ id, status }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('Train config and the loss panel, in code-server', { timeout: 420_000 }, () => {
  before(async () => {
    ui = await openUiSession('ui-panel');
  });

  after(async () => {
    await ui?.close();
  });

  test(
    'Train config from the editor context menu opens the panel and plots the run',
    flow(session, 'editor context menu', async ({ page, session: { workspace } }) => {
      const editor = await openFile(page, 'quick-dropout.train.yaml');
      await chooseFromContextMenu(page, editor.locator('.view-lines'), 'Train config');

      const run = await waitForNewRun(page, [], 'quick-dropout');
      const early = await waitForPanel(
        page,
        'the run to plot its first losses',
        (state) => {
          const current = state.runs.find((each) => each.id === run.id);
          return current?.status === 'running' && current.points.batches > 0 && current;
        },
      );
      const later = await waitForPanel(page, 'the loss curve to grow', (state) => {
        const current = state.runs.find((each) => each.id === run.id);
        return current && current.points.batches > early.points.batches && current;
      });
      assert.ok(later.points.batches > early.points.batches);

      await waitForCompletedRun(page, run);
      // The relay may deliver the final status a message before the last points.
      await waitForPanel(
        page,
        'all eight epochs on the chart',
        (state) => state.runs.find((each) => each.id === run.id)?.points.epochs === 8,
        5000,
      );
      assert.match(await rowText(page, run.id, '.run-accuracy'), /^\d{1,3}\.\d%$/);
      assert.equal(await rowText(page, run.id, '.run-epoch'), '8/8');

      const folder = runDir(workspace, run.id);
      assert.ok(existsSync(join(folder, 'metrics.jsonl')), `${folder} has metrics.jsonl`);
      assert.equal((await readRunRecord(workspace, run.id)).status, 'completed');
      await publishScreenshot(ui!, 'loss-panel-first-run', {
        webview: await lossPanelFrame(page),
      });
    }),
  );

  test(
    'Rerun from the panel trains a second run with the same losses',
    flow(session, 'rerun', async ({ page, session: { workspace } }) => {
      const first = await firstCompletedRun(page, 'quick-dropout');
      const known = await runIds(page);

      const row = await runRow(page, first.id);
      await row.locator('[data-action="rerun"]').click();
      const rerun = await waitForNewRun(page, known, 'quick-dropout');
      await waitForCompletedRun(page, rerun);

      const original = await batchLosses(workspace, first.id);
      const repeated = await batchLosses(workspace, rerun.id);
      assert.ok(original.length > 0, 'the first run logged batch losses');
      assert.deepEqual(repeated, original);
    }),
  );

  test(
    'Train config from the explorer context menu trains the clicked file',
    flow(session, 'explorer context menu', async ({ page }) => {
      const known = await knownRunIds(page);
      const item = explorerItem(page, 'quick-no-dropout.train.yaml');
      await chooseFromContextMenu(page, item, 'Train config');

      const run = await waitForNewRun(page, known, 'quick-no-dropout');
      await waitForCompletedRun(page, run);
    }),
  );

  test(
    'Train config from the editor title button trains the open file',
    flow(session, 'editor title button', async ({ page }) => {
      const known = await knownRunIds(page);
      await openFile(page, 'tiny.train.yaml');
      await page
        .locator('.editor-group-container.active .editor-actions')
        .getByRole('button', { name: 'Train config' })
        .click();

      const run = await waitForNewRun(page, known, 'tiny');
      await waitForCompletedRun(page, run);
      await publishScreenshot(ui!, 'loss-panel-runs', {
        webview: await lossPanelFrame(page),
        docsName: 'loss-panel',
      });
    }),
  );

  test(
    `Stop on a long run turns it stopped within ${STOP_WITHIN_MS / 1000} seconds`,
    flow(session, 'stop', async ({ page, session: { workspace } }) => {
      const known = await knownRunIds(page);
      await openFile(page, 'long.train.yaml');
      await runFromPalette(page, 'Trainboard: Train config');

      const run = await waitForNewRun(page, known, 'long');
      await waitForPanel(page, 'the long run to be training', (state) => {
        const current = state.runs.find((each) => each.id === run.id);
        return current?.status === 'running' && current.points.batches > 0;
      });

      const row = await runRow(page, run.id);
      const pressed = Date.now();
      await row.locator('[data-action="stop"]').click();
      await waitForStatus(page, run.id, 'stopped', 20_000);
      const took = Date.now() - pressed;
      assert.ok(took <= STOP_WITHIN_MS, `the run took ${took} ms to stop`);

      await waitFor('the run list to show the run stopped', async () => {
        return (await rowText(page, run.id, '.run-status .tag')) === 'stopped';
      });
      assert.ok(await row.locator('[data-action="stop"]').isHidden());
      await waitFor('run.json to say stopped', async () => {
        return (await readRunRecord(workspace, run.id)).status === 'stopped';
      });
    }),
  );

  test(
    'A config with a typo shows the error in Problems and starts no run',
    flow(session, 'typo', async ({ page, session: { workspace } }) => {
      const panelRuns = await runIds(page);
      const folders = await runFolders(workspace);

      const editor = await openFile(page, 'typo.train.yaml');
      await chooseFromContextMenu(page, editor.locator('.view-lines'), 'Train config');

      const toastButton = page
        .locator('.notifications-toasts')
        .getByRole('button', { name: 'Show problems' });
      const toastShown = await toastButton
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (toastShown) {
        await toastButton.click();
      } else {
        await page.keyboard.press('Control+Shift+M');
      }

      const problems = page.locator('.markers-panel');
      await problems.getByText('unknown key `epocs`', { exact: false }).first().waitFor();
      assert.match((await problems.textContent()) ?? '', /typo\.train\.yaml/);

      if (!toastShown) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      assert.deepEqual(await runFolders(workspace), folders, 'no run folder was created');
      assert.deepEqual(await runIds(page), panelRuns, 'the panel shows no new run');
    }),
  );

  test(
    'Reloading the window brings back the panel and its runs',
    flow(session, 'reload', async ({ page }) => {
      const before = await readPanelState(page);
      const expected = idsAndStatuses(before.runs);
      assert.ok(
        expected.length >= 5,
        `five runs before the reload, saw ${expected.length}`,
      );
      await publishScreenshot(ui!, 'loss-panel-before-reload');

      const reloaded = page.waitForEvent('framenavigated', {
        predicate: (frame) => frame === page.mainFrame(),
        timeout: 30_000,
      });
      await runFromPalette(page, 'Developer: Reload Window');
      await reloaded;
      await waitForWorkbench(page);
      await lossPanelFrame(page, 60_000);
      const restored = await waitForPanel(page, 'the runs to come back', (state) =>
        state.runs.length >= expected.length ? state : null,
      );
      assert.deepEqual(idsAndStatuses(restored.runs), expected);
      await publishScreenshot(ui!, 'loss-panel-after-reload');
    }),
  );
});
