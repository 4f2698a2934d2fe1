import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { readRunRecord, runPaths } from '../../../src/training/run';
import { readFlatConfig } from '../../../src/extension/compare/readRunForCompare';
import { loadRunsFolder } from '../../../src/extension/runner/loadRuns';
import { RunStore } from '../../../src/extension/runner/runStore';
import { NO_FILTER } from '../../../src/extension/sidebar/model/runFilter';
import { runDescription } from '../../../src/extension/sidebar/model/runPresentation';
import { runTooltipMarkdown } from '../../../src/extension/sidebar/model/runTooltip';
import {
  buildRunTree,
  type ConfigNode,
} from '../../../src/extension/sidebar/model/runTree';
import { reloadRuns } from '../../../src/extension/sidebar/reloadRuns';
import { renameRun } from '../../../src/extension/sidebar/renameRun';
import { tinyConfigText, trainWithCli, type TrainedFolder } from './support/realRuns';

describe('the runs view on run folders written by the command-line trainer', () => {
  let folder: TrainedFolder;

  before(async () => {
    folder = await trainWithCli([
      { file: 'dropout.yaml', text: tinyConfigText('with-dropout', 0.5) },
      { file: 'plain.yaml', text: tinyConfigText('no-dropout', 0) },
      { file: 'dropout.yaml', text: tinyConfigText('with-dropout', 0.5) },
    ]);
  });

  after(() => folder.remove());

  async function loadedStore(): Promise<RunStore> {
    const store = new RunStore();
    await loadRunsFolder(store, folder.runsDir);
    return store;
  }

  it('groups the three runs under their two configs, newest first', async () => {
    const store = await loadedStore();
    const tree = buildRunTree(store.list(), { grouped: true, filter: NO_FILTER });

    const groups = tree.roots as ConfigNode[];
    assert.deepEqual(
      groups.map((group) => [group.label, group.runIds.length]),
      [
        ['dropout.yaml', 2],
        ['plain.yaml', 1],
      ],
    );
    const [newest, oldest] = groups[0]!.runIds.map((id) => store.get(id)!.record);
    assert.ok(newest!.createdAt > oldest!.createdAt);
  });

  it('describes a completed run by its loss, accuracy and duration', async () => {
    const store = await loadedStore();
    const run = store.list()[0]!;

    assert.equal(run.record.status, 'completed');
    assert.match(runDescription(run), /^loss \d\.\d+ · acc \d+\.\d% · \d+s$/);
  });

  it("shows the config snapshot's values in the tooltip", async () => {
    const store = await loadedStore();
    const run = store.list().find((stored) => stored.record.name === 'no-dropout')!;

    const config = await readFlatConfig(run.runsDir, run.record);
    const markdown = runTooltipMarkdown(run, config);

    assert.match(markdown, /\| dropout \| 0 \|/);
    assert.match(markdown, /\| dataset \| mnist\\-sample \|/);
    assert.match(markdown, /\| epochs \| 2 \|/);
  });

  it('renames a run in its run.json and in the store', async () => {
    const store = await loadedStore();
    const runId = store.list()[0]!.record.id;
    const changes: string[] = [];
    store.onDidChange((change) => changes.push(change.kind));

    await renameRun(store, runId, '  first try  ');

    const onDisk = await readRunRecord(runPaths(folder.runsDir, runId).dir);
    assert.equal(onDisk.name, 'first try');
    assert.equal(onDisk.status, 'completed');
    assert.equal(store.get(runId)!.record.name, 'first try');
    assert.deepEqual(changes, ['updated']);
  });

  it('drops a run whose folder is gone when the view is refreshed', async () => {
    const store = await loadedStore();
    const [gone, ...kept] = store.list().map((run) => run.record.id);
    await rm(runPaths(folder.runsDir, gone!).dir, { recursive: true });

    const result = await reloadRuns(store, [folder.runsDir], () => false);

    assert.deepEqual(result, { loaded: 2, removed: 1 });
    assert.deepEqual(
      store.list().map((run) => run.record.id),
      kept,
    );
  });
});
