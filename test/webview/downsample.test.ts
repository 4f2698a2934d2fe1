import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bucketWidthFor, downsample } from '../../webview/charts/downsample';

function noisySeries(length: number) {
  const xs = Array.from({ length }, (_, index) => index + 1);
  const ys = xs.map((x) => Math.exp(-x / 5000) + 0.1 * Math.sin(x * 1.7));
  return { xs, ys };
}

describe('downsampling for drawing', () => {
  it('leaves a series alone when it already fits two points per column', () => {
    const { xs, ys } = noisySeries(200);
    const points = downsample(xs, ys, { bucketWidth: bucketWidthFor(200, 100) });
    assert.deepEqual(points.xs, xs);
    assert.deepEqual(points.ys, ys);
  });

  it('draws 30,000 points as about two per pixel column', () => {
    const { xs, ys } = noisySeries(30_000);
    const columns = 800;
    const points = downsample(xs, ys, { bucketWidth: bucketWidthFor(30_000, columns) });
    const buckets = Math.ceil(30_000 / bucketWidthFor(30_000, columns)) + 1;
    assert.ok(points.xs.length <= 2 * buckets + 2, `${points.xs.length} points`);
    assert.ok(points.xs.length <= 2.4 * columns + 4, `${points.xs.length} points`);
    assert.ok(points.xs.length >= 2 * columns * 0.8, `${points.xs.length} points`);
  });

  it('always keeps the first and the last point', () => {
    const { xs, ys } = noisySeries(10_001);
    const points = downsample(xs, ys, { bucketWidth: bucketWidthFor(10_001, 97) });
    assert.equal(points.xs[0], 1);
    assert.equal(points.xs.at(-1), 10_001);
    assert.equal(points.ys.at(-1), ys.at(-1));
  });

  it('keeps the lowest and the highest value of every bucket', () => {
    const { xs, ys } = noisySeries(20_000);
    const bucketWidth = bucketWidthFor(20_000, 300);
    const points = downsample(xs, ys, { bucketWidth });
    const kept = new Set(points.xs);

    const buckets = new Map<number, number[]>();
    xs.forEach((x, index) => {
      const bucket = Math.floor(x / bucketWidth);
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), index]);
    });
    for (const indexes of buckets.values()) {
      const values = indexes.map((index) => ys[index]!);
      const lowest = indexes[values.indexOf(Math.min(...values))]!;
      const highest = indexes[values.indexOf(Math.max(...values))]!;
      assert.ok(kept.has(xs[lowest]!), `min at step ${xs[lowest]}`);
      assert.ok(kept.has(xs[highest]!), `max at step ${xs[highest]}`);
    }
  });

  it('keeps points in ascending x order', () => {
    const { xs, ys } = noisySeries(30_000);
    const points = downsample(xs, ys, { bucketWidth: bucketWidthFor(30_000, 500) });
    assert.ok(points.xs.every((x, index) => index === 0 || x > points.xs[index - 1]!));
  });

  it('keeps a gap where values are missing', () => {
    const { xs, ys } = noisySeries(30_000);
    const withGap = ys.map((y, index) => (index >= 15_000 && index < 15_200 ? null : y));
    const points = downsample(xs, withGap, { bucketWidth: bucketWidthFor(30_000, 400) });
    assert.ok(points.ys.includes(null));
  });

  it('limits a zoomed range to its points and one neighbour on each side', () => {
    const { xs, ys } = noisySeries(30_000);
    const points = downsample(xs, ys, { bucketWidth: 1, from: 1000.5, to: 1100.5 });
    assert.equal(points.xs[0], 1000);
    assert.equal(points.xs.at(-1), 1101);
    assert.equal(points.xs.length, 102);
  });

  it('never changes the data it was given', () => {
    const { xs, ys } = noisySeries(5_000);
    const copy = [...ys];
    downsample(xs, ys, { bucketWidth: bucketWidthFor(5_000, 100) });
    assert.deepEqual(ys, copy);
  });

  it('picks a bucket no wider than a pixel column', () => {
    for (const [span, columns] of [
      [30_000, 800],
      [1_000, 333],
      [7, 600],
    ] as const) {
      const width = bucketWidthFor(span, columns);
      assert.ok(
        width <= span / columns && width > (span / columns) * 0.8,
        `${span}/${columns}`,
      );
    }
  });
});
