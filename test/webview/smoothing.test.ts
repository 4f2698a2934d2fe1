import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extendSmoothed, smooth, startSmoothing } from '../../webview/charts/smoothing';

function close(actual: ArrayLike<number>, expected: number[]): void {
  assert.equal(actual.length, expected.length);
  expected.forEach((value, index) => {
    assert.ok(
      Math.abs(actual[index]! - value) < 1e-12,
      `index ${index}: ${actual[index]}`,
    );
  });
}

describe('debiased exponential moving average', () => {
  it('starts at the first raw value whatever the weight', () => {
    for (const weight of [0, 0.3, 0.6, 0.9, 0.999]) {
      assert.equal(smooth([2.5, 1, 4], weight)[0], 2.5);
    }
  });

  it('gives the raw series back at weight 0', () => {
    close(smooth([3, 1, 4, 1, 5], 0), [3, 1, 4, 1, 5]);
  });

  it('matches values worked out by hand at weight 0.5', () => {
    // The biased averages are 0.5, 0.75 and 1.375; dividing by 1 - 0.5^n gives these.
    close(smooth([1, 1, 2], 0.5), [1, 1, 1.375 / 0.875]);
  });

  it('keeps a constant series constant', () => {
    close(smooth([0.7, 0.7, 0.7, 0.7], 0.9), [0.7, 0.7, 0.7, 0.7]);
  });

  it('passes gaps through as NaN without moving the average', () => {
    const smoothed = smooth([1, null, Number.NaN, 1], 0.5);
    assert.ok(Number.isNaN(smoothed[1]!));
    assert.ok(Number.isNaN(smoothed[2]!));
    close([smoothed[0]!, smoothed[3]!], [1, 1]);
  });

  it('extends an earlier result the same as smoothing everything at once', () => {
    const values = [5, 3, 4, 2, 2.5, 1, 1.5];
    const state = startSmoothing(0.8);
    const out = new Float64Array(values.length);
    extendSmoothed(state, values.slice(0, 3), out, 0);
    extendSmoothed(state, values, out, 3);
    close(out, Array.from(smooth(values, 0.8)));
  });

  it('caps the weight at 0.999', () => {
    assert.equal(startSmoothing(1.5).weight, 0.999);
    assert.equal(startSmoothing(-1).weight, 0);
  });

  it('stays finite over a long run at a high weight', () => {
    const values = Array.from({ length: 50_000 }, (_, index) => 1 + (index % 3));
    const smoothed = smooth(values, 0.999);
    assert.ok(smoothed.every(Number.isFinite));
  });
});
