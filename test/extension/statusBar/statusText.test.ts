import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RunRecord } from '../../../src/contract';
import { queuedRecord } from '../../../src/extension/runner/runFolder';
import type { StoredRun } from '../../../src/extension/runner/runStore';
import { emptySeries } from '../../../src/extension/runner/series';
import {
  etaSeconds,
  formatDuration,
  statusText,
} from '../../../src/extension/statusBar/statusText';

const plan = {
  configPath: '/c.yaml',
  configText: '',
  runsDir: '/r',
  name: 'mlp',
  seed: 1,
  epochs: 4,
};

function run(
  id: string,
  patch: Partial<RunRecord>,
  progress: Partial<StoredRun> = {},
): StoredRun {
  const record = { ...queuedRecord(id, { ...plan, name: id }, 1), ...patch };
  return {
    record,
    runsDir: '/r',
    series: emptySeries(),
    colorIndex: 0,
    stepsPerEpoch: null,
    elapsedSeconds: null,
    currentEpoch: 0,
    ...progress,
  };
}

describe('the status bar text', () => {
  it('is absent when no run is active', () => {
    assert.equal(statusText([run('a', { status: 'completed' })]), null);
  });

  it('shows the running run with its epoch and the time left at its pace', () => {
    const active = run(
      'mlp',
      {
        status: 'running',
        summary: { ...queuedRecord('x', plan, 1).summary, steps: 50 },
      },
      { stepsPerEpoch: 100, elapsedSeconds: 10, currentEpoch: 1 },
    );

    assert.equal(etaSeconds(active), 70);
    assert.equal(statusText([active])?.text, '$(sync~spin) mlp · epoch 1/4 · ETA 1m 10s');
  });

  it('counts the other active runs', () => {
    const text = statusText([
      run('a', { status: 'running' }),
      run('b', { status: 'queued' }),
      run('c', { status: 'queued' }),
    ]);

    assert.equal(text?.text, '$(sync~spin) a · epoch 1/4 (+2 more)');
    assert.match(text?.tooltip ?? '', /b queued/);
  });

  it('formats durations for people', () => {
    assert.equal(formatDuration(5), '5s');
    assert.equal(formatDuration(125), '2m 5s');
    assert.equal(formatDuration(3725), '1h 2m');
  });
});
