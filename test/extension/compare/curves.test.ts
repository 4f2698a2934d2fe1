import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TrainerEvent } from '../../../src/contract';
import { curvesFromEvents } from '../../../src/extension/compare/model/curves';
import { keptIndexes } from '../../../src/extension/compare/model/downsample';
import {
  smoothingWeight,
  smoothValues,
} from '../../../src/extension/compare/model/smoothing';

function batches(count: number, stepsPerEpoch: number): TrainerEvent[] {
  const started: TrainerEvent = {
    type: 'started',
    runId: 'r',
    name: 'r',
    backend: 'cpu',
    seed: 1,
    epochs: 1,
    stepsPerEpoch,
    trainSize: 1,
    testSize: 1,
    time: '2026-01-01T00:00:00.000Z',
  };
  const events: TrainerEvent[] = [started];
  for (let step = 1; step <= count; step++) {
    const loss = step === 5000 ? 9 : 1 + Math.sin(step);
    events.push({ type: 'batch', step, epoch: 1, loss, elapsed: step / 100 });
  }
  return events;
}

describe('the downsampling of a curve', () => {
  it('keeps a short curve whole', () => {
    assert.deepEqual(keptIndexes([1, 2, 3]), [0, 1, 2]);
  });

  it('keeps at most the cap, the first and last point, and every spike', () => {
    const values = Array.from({ length: 50_000 }, (_, i) => (i === 31_337 ? 100 : i % 7));
    const kept = keptIndexes(values);

    assert.ok(kept.length <= 2000, `${kept.length} points`);
    assert.equal(kept[0], 0);
    assert.equal(kept[kept.length - 1], 49_999);
    assert.ok(kept.includes(31_337));
    assert.ok(kept.every((index, at) => at === 0 || index > kept[at - 1]!));
  });

  it('keeps a gap where a bucket has only non-finite values', () => {
    const values = [1, ...Array.from({ length: 20 }, () => null), 2];
    const kept = keptIndexes(values, 6);

    assert.ok(kept.some((index) => values[index] === null));
  });
});

describe('the curves of a run', () => {
  it('smooth the training loss from its first value on', () => {
    const smoothed = smoothValues([2, 2, 2, null, 4], 0.9);

    assert.equal(smoothed[0], 2);
    assert.ok(Math.abs(smoothed[2]! - 2) < 1e-12);
    assert.equal(smoothed[3], null);
    assert.ok(smoothed[4]! > 2 && smoothed[4]! < 4);
  });

  it('average a long run over about 1% of its steps and leave a short one raw', () => {
    assert.equal(smoothingWeight(16_000), 1 - 1 / 160);
    assert.equal(smoothingWeight(60), 0);
    assert.deepEqual(smoothValues([3, 1, 2], smoothingWeight(60)), [3, 1, 2]);
  });

  it('give every point a step, a fractional epoch and seconds', () => {
    const { trainLoss } = curvesFromEvents(batches(20, 10));

    assert.deepEqual(trainLoss.steps.slice(0, 2), [1, 2]);
    assert.deepEqual(trainLoss.epochs.slice(9, 11), [1, 1.1]);
    assert.deepEqual(trainLoss.elapsed.slice(0, 2), [0.01, 0.02]);
  });

  it('stay under the point cap for a long run', () => {
    const { trainLoss, valLoss } = curvesFromEvents(batches(16_000, 800));

    assert.ok(trainLoss.steps.length <= 2000);
    assert.equal(trainLoss.steps.at(-1), 16_000);
    assert.equal(trainLoss.values.length, trainLoss.steps.length);
    assert.equal(valLoss.steps.length, 0);
  });
});
