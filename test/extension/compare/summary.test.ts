import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptySummary, type RunRecord, type TrainerEvent } from '../../../src/contract';
import { bestValues } from '../../../src/extension/compare/model/bestValues';
import { summaryFromEvents } from '../../../src/extension/compare/model/summary';

const record: RunRecord = {
  id: 'r',
  name: 'r',
  configPath: '/w/r.yaml',
  status: 'completed',
  pid: null,
  backend: 'wasm',
  seed: 1,
  epochs: 3,
  versions: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:01:30.000Z',
  summary: emptySummary(),
  error: null,
};

function epoch(
  n: number,
  loss: number,
  valLoss: number,
  valAccuracy: number,
): TrainerEvent {
  return {
    type: 'epoch',
    epoch: n,
    step: n * 10,
    loss,
    valLoss,
    valAccuracy,
    seconds: 30,
    elapsed: n * 30,
  };
}

describe('the summary of a run', () => {
  const events = [
    epoch(1, 0.9, 0.8, 0.7),
    epoch(2, 0.5, 0.6, 0.82),
    epoch(3, 0.3, 0.65, 0.8),
  ];

  it('takes final and best training loss from the epochs, best validation too', () => {
    const summary = summaryFromEvents(record, events);

    assert.equal(summary.finalLoss, 0.3);
    assert.equal(summary.bestLoss, 0.3);
    assert.equal(summary.bestValLoss, 0.6);
    assert.equal(summary.bestValAccuracy, 0.82);
    assert.equal(summary.epochs, 3);
    assert.equal(summary.durationSeconds, 90);
  });

  it("measures the gap as the last epoch's validation loss minus its training loss", () => {
    const summary = summaryFromEvents(record, events);

    assert.ok(Math.abs(summary.gap! - 0.35) < 1e-12);
  });

  it('has no gap before the first epoch ends, and the last batch loss as final', () => {
    const running = { ...record, status: 'running' as const, finishedAt: null };
    const summary = summaryFromEvents(
      { ...running, summary: { ...emptySummary(), lastLoss: 1.7 } },
      [{ type: 'batch', step: 3, epoch: 1, loss: 1.7, elapsed: 2.5 }],
    );

    assert.equal(summary.gap, null);
    assert.equal(summary.finalLoss, 1.7);
    assert.equal(summary.bestLoss, null);
    assert.equal(summary.durationSeconds, 2.5);
  });

  it('reads a diverged loss as unknown rather than as a number', () => {
    const summary = summaryFromEvents(record, [epoch(1, NaN, NaN, 0.1)]);

    assert.equal(summary.finalLoss, null);
    assert.equal(summary.gap, null);
    assert.equal(summary.bestValAccuracy, 0.1);
  });
});

describe('the best value per column', () => {
  const base = summaryFromEvents(record, []);
  const runs = [
    { id: 'a', summary: { ...base, finalLoss: 0.2, bestValAccuracy: 0.9, gap: 0.3 } },
    { id: 'b', summary: { ...base, finalLoss: 0.4, bestValAccuracy: 0.95, gap: -0.05 } },
    { id: 'c', summary: { ...base, finalLoss: 0.2, bestValAccuracy: null, gap: 0.1 } },
  ];

  it('is the lowest loss, the highest accuracy and the lowest gap', () => {
    const best = bestValues(runs);

    assert.deepEqual(best.finalLoss, ['a', 'c']);
    assert.deepEqual(best.bestValAccuracy, ['b']);
    assert.deepEqual(best.gap, ['b']);
  });

  it('is not marked where fewer than two runs have a value', () => {
    const best = bestValues(runs);

    assert.deepEqual(best.bestLoss, []);
    assert.deepEqual(bestValues([runs[0]!]).finalLoss, []);
  });
});
