import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { RunRecord, RunStatus } from '../../../src/contract';
import { markInterruptedRuns } from '../../../src/extension/runner/interruptedRuns';
import { loadRunsFolder } from '../../../src/extension/runner/loadRuns';
import { queuedRecord } from '../../../src/extension/runner/runFolder';
import { RunStore } from '../../../src/extension/runner/runStore';
import { readRunRecord, runPaths, writeRunRecord } from '../../../src/training/run';
import { tempWorkspace, type TempWorkspace } from '../support/workspace';

const METRICS = '{"type":"batch","step":1,"epoch":1,"loss":2.3,"elapsed":0.1}\n';

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('runs left behind by a closed window', () => {
  let workspace: TempWorkspace;

  async function writeRun(
    id: string,
    status: RunStatus,
    pid: number | null,
  ): Promise<void> {
    const paths = runPaths(workspace.runsDir, id);
    await mkdir(paths.dir, { recursive: true });
    const plan = {
      configPath: '/c.yaml',
      configText: '',
      runsDir: workspace.runsDir,
      name: id,
      seed: 1,
      epochs: 1,
    };
    const record: RunRecord = { ...queuedRecord(id, plan, 0), status, pid };
    await writeRunRecord(paths.dir, record);
    await writeFile(paths.metrics, METRICS);
  }

  async function statusOf(runId: string): Promise<RunStatus> {
    return (await readRunRecord(runPaths(workspace.runsDir, runId).dir)).status;
  }

  beforeEach(async () => {
    workspace = await tempWorkspace();
  });

  afterEach(() => workspace.remove());

  it('marks running and queued runs of a dead process interrupted, metrics intact', async () => {
    await writeRun('a-running', 'running', deadPid());
    await writeRun('b-queued', 'queued', deadPid());

    const marked = await markInterruptedRuns(workspace.runsDir);

    assert.deepEqual(
      marked.map((record) => record.id),
      ['a-running', 'b-queued'],
    );
    assert.equal(await statusOf('a-running'), 'interrupted');
    assert.equal(await statusOf('b-queued'), 'interrupted');
    const metrics = await readFile(
      runPaths(workspace.runsDir, 'a-running').metrics,
      'utf8',
    );
    assert.equal(metrics, METRICS);
  });

  it('leaves alone a run whose process is alive, such as a command-line trainer', async () => {
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeRun('a-live', 'running', live.pid!);
      await writeRun('b-this-window', 'queued', process.pid);
      await writeRun('c-done', 'completed', null);

      const marked = await markInterruptedRuns(workspace.runsDir);

      assert.deepEqual(marked, []);
      assert.equal(await statusOf('a-live'), 'running');
      assert.equal(await statusOf('b-this-window'), 'queued');
    } finally {
      live.kill();
    }
  });

  it('loads every run of the folder into the store with its points', async () => {
    await writeRun('a', 'completed', null);
    await writeRun('b', 'interrupted', null);
    const store = new RunStore();

    const count = await loadRunsFolder(store, workspace.runsDir);

    assert.equal(count, 2);
    assert.deepEqual(
      store.list().map((run) => [run.record.id, run.series.batchSteps.length]),
      [
        ['a', 1],
        ['b', 1],
      ],
    );
  });

  it('loads nothing from a workspace without runs', async () => {
    assert.equal(await loadRunsFolder(new RunStore(), workspace.runsDir), 0);
  });
});
