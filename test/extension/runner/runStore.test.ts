import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TrainerEvent } from '../../../src/contract';
import { queuedRecord } from '../../../src/extension/runner/runFolder';
import { RunStore, type RunChange } from '../../../src/extension/runner/runStore';

const plan = {
  configPath: '/w/tiny.yaml',
  configText: 'name: tiny\n',
  runsDir: '/w/.trainboard/runs',
  name: 'tiny',
  seed: 1,
  epochs: 2,
};

const started: TrainerEvent = {
  type: 'started',
  runId: 'a',
  name: 'tiny run',
  backend: 'wasm',
  seed: 1,
  epochs: 2,
  stepsPerEpoch: 10,
  trainSize: 100,
  testSize: 10,
  time: '2026-01-01T00:00:00.000Z',
};

function batch(step: number, loss: number): TrainerEvent {
  return { type: 'batch', step, epoch: 1, loss, elapsed: step / 10 };
}

describe('the run store', () => {
  it('lists runs oldest first and gives each its own colour', () => {
    const store = new RunStore();
    store.add(queuedRecord('b', plan, 1), plan.runsDir);
    store.add(queuedRecord('a', plan, 1), plan.runsDir);

    assert.deepEqual(
      store.list().map((run) => [run.record.id, run.colorIndex]),
      [
        ['a', 1],
        ['b', 0],
      ],
    );
  });

  it('folds live events into the record, the series and the progress', () => {
    const store = new RunStore();
    store.add(queuedRecord('a', plan, 1), plan.runsDir);

    store.applyEvents('a', [started, batch(1, 2.5), batch(2, 2.1)]);

    const run = store.get('a')!;
    assert.equal(run.record.status, 'running');
    assert.equal(run.record.name, 'tiny run');
    assert.equal(run.record.backend, 'wasm');
    assert.equal(run.record.summary.steps, 2);
    assert.equal(run.record.summary.bestLoss, 2.1);
    assert.deepEqual(run.series.batchSteps, [1, 2]);
    assert.equal(run.stepsPerEpoch, 10);
    assert.equal(run.elapsedSeconds, 0.2);
    assert.equal(run.currentEpoch, 1);
  });

  it('announces appended points once per batch of events, then the update', () => {
    const store = new RunStore();
    store.add(queuedRecord('a', plan, 1), plan.runsDir);
    const changes: RunChange[] = [];
    store.onDidChange((change) => changes.push(change));

    store.applyEvents('a', [batch(1, 2.5), batch(2, 2.1)]);

    assert.deepEqual(
      changes.map((change) => change.kind),
      ['appended', 'updated'],
    );
    const appended = changes[0];
    assert.ok(appended?.kind === 'appended');
    assert.deepEqual(appended.series.batchLosses, [2.5, 2.1]);
  });

  it('keeps the colour of a run that is loaded again', () => {
    const store = new RunStore();
    store.add(queuedRecord('a', plan, 1), plan.runsDir);
    store.add(queuedRecord('b', plan, 1), plan.runsDir);

    const reloaded = store.add(queuedRecord('a', plan, 1), plan.runsDir, [batch(1, 1)]);

    assert.equal(reloaded.colorIndex, 0);
    assert.deepEqual(reloaded.series.batchSteps, [1]);
  });

  it('stores a non-finite loss as null, since JSON has no NaN', () => {
    const store = new RunStore();
    store.add(queuedRecord('a', plan, 1), plan.runsDir);

    store.applyEvents('a', [batch(1, Number.NaN)]);

    assert.deepEqual(store.get('a')!.series.batchLosses, [null]);
  });

  it('ignores events for a run it does not hold', () => {
    const store = new RunStore();
    let changes = 0;
    store.onDidChange(() => (changes += 1));

    store.applyEvents('missing', [batch(1, 1)]);

    assert.equal(changes, 0);
  });
});
