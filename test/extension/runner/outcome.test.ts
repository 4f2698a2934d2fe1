import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RunRecord } from '../../../src/contract';
import { settleRun } from '../../../src/extension/runner/outcome';
import { queuedRecord } from '../../../src/extension/runner/runFolder';
import type { TrainerExit } from '../../../src/extension/runner/trainerProcess';

const plan = {
  configPath: '/w/tiny.yaml',
  configText: '',
  runsDir: '/w/runs',
  name: 'tiny',
  seed: 1,
  epochs: 1,
};

function record(patch: Partial<RunRecord>): RunRecord {
  return { ...queuedRecord('a', plan, 1), ...patch };
}

function exit(patch: Partial<TrainerExit>): TrainerExit {
  return { code: 0, signal: null, lastErrorLine: 'last line', seconds: 1, ...patch };
}

describe('settling a run when its trainer exits', () => {
  it('keeps the record the trainer wrote after a clean exit', () => {
    const disk = record({ status: 'completed', finishedAt: 'then' });

    const outcome = settleRun({
      live: record({ status: 'completed' }),
      disk,
      exit: exit({}),
      killedAfterStop: false,
    });

    assert.deepEqual(outcome, { record: disk, crashed: false, mustWrite: false });
  });

  it('writes the reported failure when the trainer could not', () => {
    const live = record({ status: 'failed', error: 'Data is missing.' });

    const outcome = settleRun({
      live,
      disk: record({ status: 'running' }),
      exit: exit({ code: 1 }),
      killedAfterStop: false,
    });

    assert.equal(outcome.record.status, 'failed');
    assert.equal(outcome.record.error, 'Data is missing.');
    assert.equal(outcome.crashed, false);
    assert.equal(outcome.mustWrite, true);
  });

  it('calls a signal a crash and keeps the last error line', () => {
    const outcome = settleRun({
      live: record({ status: 'running', pid: 7 }),
      disk: record({ status: 'running', pid: 7 }),
      exit: exit({ code: null, signal: 'SIGKILL' }),
      killedAfterStop: false,
    });

    assert.equal(outcome.record.status, 'failed');
    assert.equal(outcome.record.error, 'last line');
    assert.equal(outcome.record.pid, null);
    assert.equal(outcome.crashed, true);
  });

  it('calls a non-zero exit without a failed event a crash', () => {
    const outcome = settleRun({
      live: record({ status: 'running' }),
      disk: null,
      exit: exit({ code: 3, lastErrorLine: null }),
      killedAfterStop: false,
    });

    assert.equal(outcome.crashed, true);
    assert.equal(outcome.record.error, 'The trainer exited with code 3.');
  });

  it('marks a run stopped when the host had to kill it after a stop', () => {
    const outcome = settleRun({
      live: record({ status: 'running' }),
      disk: record({ status: 'running' }),
      exit: exit({ code: null, signal: 'SIGKILL' }),
      killedAfterStop: true,
    });

    assert.equal(outcome.record.status, 'stopped');
    assert.equal(outcome.crashed, false);
    assert.equal(outcome.mustWrite, true);
  });
});
