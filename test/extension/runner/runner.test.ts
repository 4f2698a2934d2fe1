import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { RunStatus } from '../../../src/contract';
import { Runner, type RunEnded } from '../../../src/extension/runner/runner';
import { RunStore } from '../../../src/extension/runner/runStore';
import { silentLog } from '../../../src/extension/runner/runnerLog';
import { readRunRecord, runPaths } from '../../../src/training/run';
import {
  TRAINER_PATH,
  tempWorkspace,
  tinyConfig,
  waitFor,
  writeConfig,
  type TempWorkspace,
} from '../support/workspace';

const skip = existsSync(TRAINER_PATH)
  ? false
  : 'needs dist/training/child.js (npm run build)';

describe('the runner, with the real trainer', { skip }, () => {
  let workspace: TempWorkspace;
  let store: RunStore;
  let runner: Runner;
  let ended: RunEnded[];

  function startRunner(maxParallelRuns: number, stopTimeoutMs = 5000): void {
    runner = new Runner(store, {
      trainerPath: TRAINER_PATH,
      maxParallelRuns,
      log: silentLog,
      stopTimeoutMs,
    });
    runner.onDidEndRun((end) => ended.push(end));
  }

  function statusOf(runId: string): RunStatus | undefined {
    return store.get(runId)?.record.status;
  }

  beforeEach(async () => {
    workspace = await tempWorkspace();
    store = new RunStore();
    ended = [];
    startRunner(2);
  });

  afterEach(async () => {
    await runner.dispose();
    await workspace.remove();
  });

  it('trains a config to completion and records every point', async () => {
    const plan = await writeConfig(workspace, 'tiny.yaml', tinyConfig('tiny'));

    const record = await runner.start(plan);
    await runner.whenSettled(record.id);

    const run = store.get(record.id)!;
    assert.equal(run.record.status, 'completed');
    assert.equal(run.series.batchSteps.length, 20);
    assert.equal(run.series.epochs.length, 1);
    assert.equal(
      (await readRunRecord(runPaths(workspace.runsDir, record.id).dir)).status,
      'completed',
    );
    assert.deepEqual(
      ended.map((end) => [end.record.id, end.record.status, end.crashed]),
      [[record.id, 'completed', false]],
    );
  });

  it('writes queued runs at once and starts no more than the parallel limit', async () => {
    runner.setMaxParallelRuns(1);
    const plan = await writeConfig(workspace, 'tiny.yaml', tinyConfig('tiny'));
    let mostRunning = 0;
    store.onDidChange(() => {
      const running = store
        .list()
        .filter((run) => run.record.status === 'running').length;
      mostRunning = Math.max(mostRunning, running);
    });

    const records = await Promise.all([
      runner.start(plan),
      runner.start(plan),
      runner.start(plan),
    ]);
    const last = records[2]!;
    const onDisk = await readRunRecord(runPaths(workspace.runsDir, last.id).dir);
    assert.equal(onDisk.status, 'queued');
    assert.equal(
      await readFile(runPaths(workspace.runsDir, last.id).config, 'utf8'),
      plan.configText,
    );

    await Promise.all(records.map((record) => runner.whenSettled(record.id)));
    assert.equal(mostRunning, 1);
    assert.deepEqual(
      records.map((record) => statusOf(record.id)),
      ['completed', 'completed', 'completed'],
    );
  });

  it('stops a running trainer within a few seconds', async () => {
    const plan = await writeConfig(workspace, 'long.yaml', tinyConfig('long', 500));
    const record = await runner.start(plan);
    await waitFor(
      () => (store.get(record.id)?.series.batchSteps.length ?? 0) > 0,
      'a batch',
    );

    const stopAt = Date.now();
    await runner.stop(record.id);

    assert.ok(Date.now() - stopAt < 5000, 'stopped within the 5 s limit');
    assert.equal(statusOf(record.id), 'stopped');
    assert.equal(
      (await readRunRecord(runPaths(workspace.runsDir, record.id).dir)).status,
      'stopped',
    );
    assert.equal(ended[0]?.crashed, false);
  });

  it('kills a trainer that does not stop in time and marks its run stopped', async () => {
    startRunner(2, 1);
    const plan = await writeConfig(workspace, 'long.yaml', tinyConfig('long', 500));
    const record = await runner.start(plan);
    await waitFor(() => statusOf(record.id) === 'running', 'the run to start');

    await runner.stop(record.id);

    const onDisk = await readRunRecord(runPaths(workspace.runsDir, record.id).dir);
    assert.equal(onDisk.status, 'stopped');
    assert.equal(onDisk.pid, null);
  });

  it('takes a stopped queued run out of the queue without starting it', async () => {
    runner.setMaxParallelRuns(1);
    const plan = await writeConfig(workspace, 'tiny.yaml', tinyConfig('tiny'));
    const first = await runner.start(plan);
    const second = await runner.start(plan);

    await runner.stop(second.id);
    await runner.whenSettled(first.id);

    assert.equal(statusOf(second.id), 'stopped');
    assert.equal(store.get(second.id)?.series.batchSteps.length, 0);
    assert.equal(
      (await readRunRecord(runPaths(workspace.runsDir, second.id).dir)).status,
      'stopped',
    );
    assert.equal(statusOf(first.id), 'completed');
  });

  it('marks a run failed with the trainer message when its config is bad', async () => {
    const plan = await writeConfig(workspace, 'bad.yaml', tinyConfig('bad', 0));

    const record = await runner.start(plan);
    await runner.whenSettled(record.id);

    const run = store.get(record.id)!;
    assert.equal(run.record.status, 'failed');
    assert.match(run.record.error ?? '', /epochs/);
    assert.equal(ended[0]?.crashed, false);
  });

  it('marks a run failed with a specific message when its data is missing', async () => {
    const text = tinyConfig('missing').replace(
      'dataset: mnist-sample',
      'dataset: mnist\n  dir: nowhere\n  download: false',
    );
    const plan = await writeConfig(workspace, 'missing.yaml', text);

    const record = await runner.start(plan);
    await runner.whenSettled(record.id);

    assert.equal(statusOf(record.id), 'failed');
    assert.ok((store.get(record.id)?.record.error ?? '').length > 0);
    assert.equal(ended[0]?.crashed, false);
  });

  it('marks a run failed with the last error line when its trainer is killed', async () => {
    const plan = await writeConfig(workspace, 'long.yaml', tinyConfig('long', 500));
    const record = await runner.start(plan);
    await waitFor(() => statusOf(record.id) === 'running', 'the run to start');

    const pid = (await readRunRecord(runPaths(workspace.runsDir, record.id).dir)).pid;
    assert.ok(pid !== null && pid !== process.pid, 'the trainer wrote its own pid');
    process.kill(pid, 'SIGKILL');
    await runner.whenSettled(record.id);

    const onDisk = await readRunRecord(runPaths(workspace.runsDir, record.id).dir);
    assert.equal(onDisk.status, 'failed');
    assert.ok((onDisk.error ?? '').length > 0);
    assert.equal(ended[0]?.crashed, true);
  });

  it('reruns from the snapshot of the old run, not from the edited config file', async () => {
    const plan = await writeConfig(workspace, 'tiny.yaml', tinyConfig('tiny'));
    const first = await runner.start(plan);
    await runner.whenSettled(first.id);
    await writeFile(plan.configPath, tinyConfig('edited', 3));

    const second = await runner.rerun(first.id);
    await runner.whenSettled(second.id);

    assert.notEqual(second.id, first.id);
    assert.equal(
      await readFile(runPaths(workspace.runsDir, second.id).config, 'utf8'),
      plan.configText,
    );
    const run = store.get(second.id)!;
    assert.equal(run.record.configPath, plan.configPath);
    assert.equal(run.record.status, 'completed');
    assert.equal(run.record.name, 'tiny');
  });

  it('stops running and queued runs when it is disposed, as when the window closes', async () => {
    runner.setMaxParallelRuns(1);
    const plan = await writeConfig(workspace, 'long.yaml', tinyConfig('long', 500));
    const running = await runner.start(plan);
    const queued = await runner.start(plan);
    await waitFor(() => statusOf(running.id) === 'running', 'the run to start');

    await runner.dispose();

    assert.equal(statusOf(running.id), 'stopped');
    assert.equal(statusOf(queued.id), 'stopped');
    assert.equal(
      (await readRunRecord(runPaths(workspace.runsDir, running.id).dir)).pid,
      null,
    );
  });
});
