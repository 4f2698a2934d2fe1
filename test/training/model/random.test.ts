import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeededRandom } from '../../../src/training/model/random';

describe('SeededRandom', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const draw = (seed: number) =>
      Array.from({ length: 5 }, () => new SeededRandom(seed).next());
    const stream = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 100 }, () => random.next());
    };
    assert.deepEqual(stream(42), stream(42));
    assert.notDeepEqual(stream(42), stream(43));
    assert.deepEqual(draw(1), draw(1));
  });

  it('draws uniformly in [0, 1)', () => {
    const random = new SeededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    for (let index = 0; index < 100_000; index++) {
      const value = random.next();
      assert.ok(value >= 0 && value < 1);
      buckets[Math.floor(value * 10)]! += 1;
    }
    buckets.forEach((count) =>
      assert.ok(Math.abs(count - 10_000) < 500, `bucket ${count}`),
    );
  });

  it('shuffles into a permutation', () => {
    const values = Uint32Array.from({ length: 1000 }, (_, index) => index);
    new SeededRandom(3).shuffleInPlace(values);
    assert.notDeepEqual(
      Array.from(values),
      Array.from({ length: 1000 }, (_, index) => index),
    );
    assert.deepEqual(
      Array.from(values).sort((a, b) => a - b),
      Array.from({ length: 1000 }, (_, index) => index),
    );
  });
});
