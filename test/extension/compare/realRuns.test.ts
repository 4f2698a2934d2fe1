import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isHostToCompareMessage } from '../../../src/contract/compareMessages';
import { ComparisonLoader } from '../../../src/extension/compare/comparisonLoader';
import { loadRunsFolder } from '../../../src/extension/runner/loadRuns';
import { RunStore } from '../../../src/extension/runner/runStore';
import { readMetrics, runPaths } from '../../../src/training/run';
import { visibleConfigRows } from '../../../webview/compare/configRows';
import {
  tinyConfigText,
  trainWithCli,
  type TrainedFolder,
} from '../sidebar/support/realRuns';

describe('comparing runs written by the command-line trainer', () => {
  let folder: TrainedFolder;
  let store: RunStore;

  before(async () => {
    folder = await trainWithCli([
      { file: 'mnist-dropout.yaml', text: tinyConfigText('mnist-dropout', 0.5) },
      { file: 'mnist-no-dropout.yaml', text: tinyConfigText('mnist-no-dropout', 0) },
    ]);
    store = new RunStore();
    await loadRunsFolder(store, folder.runsDir);
  });

  after(() => folder.remove());

  it('shows dropout as the one config key that differs', async () => {
    const comparison = await new ComparisonLoader().load(store.list());

    assert.deepEqual(
      visibleConfigRows(comparison.config, false).map((row) => [row.key, row.values]),
      [['model.dropout', [0.5, 0]]],
    );
    assert.ok(visibleConfigRows(comparison.config, true).length > 10);
  });

  it("gives each run its gap from its last epoch's losses", async () => {
    const comparison = await new ComparisonLoader().load(store.list());

    for (const run of comparison.runs) {
      const { events } = await readMetrics(runPaths(folder.runsDir, run.id).metrics);
      const last = events.filter((event) => event.type === 'epoch').at(-1)!;
      assert.equal(run.summary.epochs, 2);
      assert.equal(run.summary.gap, last.valLoss - last.loss);
      assert.equal(run.summary.finalLoss, last.loss);
    }
  });

  it('sends curves of every point of these short runs, in the colours of the store', async () => {
    const comparison = await new ComparisonLoader().load(store.list());
    const [first] = comparison.runs;

    assert.equal(first!.curves.trainLoss.steps.length, 60);
    assert.deepEqual(first!.curves.valAccuracy.epochs, [1, 2]);
    assert.deepEqual(
      comparison.runs.map((run) => run.colorIndex),
      store.list().map((run) => run.colorIndex),
    );
  });

  it('marks a best run in every metric column and passes its own validator', async () => {
    const comparison = await new ComparisonLoader().load(store.list());

    for (const ids of Object.values(comparison.best)) {
      assert.ok(ids.length >= 1);
    }
    assert.equal(isHostToCompareMessage({ type: 'comparison', comparison }), true);
  });

  it('reuses a finished run it has read, and forgets runs no longer compared', async () => {
    const loader = new ComparisonLoader();
    const first = await loader.load(store.list());
    const again = await loader.load(store.list().slice(0, 1));

    assert.equal(again.runs[0], first.runs[0]);
    assert.equal(again.runs.length, 1);
  });
});
