import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readMetrics, readRunRecord } from '../../../src/training/run';
import {
  forkTrainer,
  sampleConfig,
  workspaceWithConfig,
} from '../../helpers/trainerProcess';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the trainer as a child process', () => {
  it('streams batched events and stops cleanly on request, keeping the metrics', async () => {
    const workspace = await workspaceWithConfig(
      sampleConfig({ epochs: 50, trainLimit: 8000 }),
    );
    const trainer = forkTrainer(workspace.configPath, workspace.runsDir);
    const started = await trainer.waitFor((event) => event.type === 'started');
    await trainer.waitFor((event) => event.type === 'batch' && event.step >= 200);

    const stopAsked = performance.now();
    trainer.process.send({ type: 'stop' });
    const exit = await trainer.exited;
    assert.equal(exit.code, 0);
    assert.ok(
      performance.now() - stopAsked < 3000,
      'stop should take effect within a few seconds',
    );

    const stopped = trainer.events.at(-1)!;
    assert.equal(stopped.type, 'stopped');

    assert.equal(started.type, 'started');
    const runDir = join(workspace.runsDir, started.runId);
    const record = await readRunRecord(runDir);
    assert.equal(record.status, 'stopped');
    assert.equal(existsSync(join(runDir, 'model')), false);

    const { events } = await readMetrics(join(runDir, 'metrics.jsonl'));
    const batches = events.filter((event) => event.type === 'batch');
    assert.ok(batches.length >= 200);
    assert.equal(events.at(-1)!.type, 'stopped');
  });

  it('leaves readable metrics and a running record with a dead pid when killed', async () => {
    const workspace = await workspaceWithConfig(
      sampleConfig({ epochs: 50, trainLimit: 8000 }),
    );
    const trainer = forkTrainer(workspace.configPath, workspace.runsDir);
    const started = await trainer.waitFor((event) => event.type === 'started');
    await trainer.waitFor((event) => event.type === 'batch' && event.step >= 300);

    trainer.process.kill('SIGKILL');
    const exit = await trainer.exited;
    assert.equal(exit.signal, 'SIGKILL');

    assert.equal(started.type, 'started');
    const runDir = join(workspace.runsDir, started.runId);
    const record = await readRunRecord(runDir);
    assert.equal(record.status, 'running');
    assert.ok(record.pid !== null && !isAlive(record.pid));

    const { events, skippedLines } = await readMetrics(join(runDir, 'metrics.jsonl'));
    assert.ok(skippedLines <= 1);
    const steps = events.flatMap((event) => (event.type === 'batch' ? [event.step] : []));
    assert.ok(steps.length >= 250, `only ${steps.length} batch lines survived`);
    assert.deepEqual(
      steps,
      Array.from({ length: steps.length }, (_, index) => index + 1),
    );
  });
});
