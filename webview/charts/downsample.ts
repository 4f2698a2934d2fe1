import type { PanelValue } from '../../src/contract/panelMessages';

export interface Points {
  xs: number[];
  ys: PanelValue[];
}

export interface DownsampleOptions {
  /** Width of one bucket in x units: at most one pixel column, see `bucketWidthFor`. */
  bucketWidth: number;
  /** Visible x range; the nearest point outside each end is kept so lines reach the edge. */
  from?: number;
  to?: number;
}

// Bucket widths step by a quarter octave, about 19%, so a bucket is 0.84 to 1 pixel wide.
const STEPS_PER_OCTAVE = 4;

/**
 * The widest bucket from a fixed ladder that fits in one pixel column. Snapping
 * to the ladder keeps the buckets still while a live run stretches the x range,
 * so a run that got no new points keeps the curve it was drawn with.
 */
export function bucketWidthFor(span: number, columns: number): number {
  if (!(span > 0) || !(columns >= 1)) {
    return 0;
  }

  const octaves =
    Math.floor(Math.log2(span / columns) * STEPS_PER_OCTAVE) / STEPS_PER_OCTAVE;
  return Math.pow(2, octaves);
}

type Xs = ArrayLike<number>;
type Ys = ArrayLike<PanelValue>;

function firstIndexAtOrAbove(xs: Xs, x: number): number {
  let low = 0;
  let high = xs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (xs[middle]! < x) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

function visibleSlice(xs: Xs, options: DownsampleOptions): [number, number] {
  const start =
    options.from === undefined ? 0 : firstIndexAtOrAbove(xs, options.from) - 1;
  const end =
    options.to === undefined ? xs.length : firstIndexAtOrAbove(xs, options.to) + 1;
  return [Math.max(0, start), Math.min(xs.length, end)];
}

function valueAt(ys: Ys, index: number): PanelValue {
  const value = ys[index];
  return typeof value === 'number' && !Number.isNaN(value) ? value : null;
}

function pick(xs: Xs, ys: Ys, indexes: ArrayLike<number>): Points {
  const picked: Points = { xs: new Array(indexes.length), ys: new Array(indexes.length) };
  for (let at = 0; at < indexes.length; at++) {
    picked.xs[at] = xs[indexes[at]!]!;
    picked.ys[at] = valueAt(ys, indexes[at]!);
  }
  return picked;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

/**
 * Keeps, per bucket, the points with the lowest and the highest value in their
 * order, one null where the bucket has a gap (a NaN counts as one), and always
 * the first and the last point, so a curve of any length draws as about two points per pixel
 * column and looks the same as the full one. The input must ascend in x.
 */
export function downsample(xs: Xs, ys: Ys, options: DownsampleOptions): Points {
  const [start, end] = visibleSlice(xs, options);
  const { bucketWidth } = options;
  if (end - start < 3 || !(bucketWidth > 0)) {
    return pick(xs, ys, range(start, end));
  }

  const buckets =
    Math.floor(xs[end - 1]! / bucketWidth) - Math.floor(xs[start]! / bucketWidth);
  if (end - start <= 2 * (buckets + 1)) {
    return pick(xs, ys, range(start, end));
  }

  const kept: number[] = [start];
  const keep = (index: number) => {
    if (index >= 0 && index !== kept[kept.length - 1]) {
      kept.push(index);
    }
  };
  const flush = (minIndex: number, maxIndex: number, gapIndex: number) => {
    const first = Math.min(minIndex, maxIndex);
    const picks = first < 0 ? [gapIndex] : [first, Math.max(minIndex, maxIndex)];
    if (gapIndex >= 0 && first >= 0) {
      picks.push(gapIndex);
      picks.sort((a, b) => a - b);
    }
    picks.forEach(keep);
  };

  let boundary = (Math.floor(xs[start + 1]! / bucketWidth) + 1) * bucketWidth;
  let minIndex = -1;
  let maxIndex = -1;
  let gapIndex = -1;
  let min = Infinity;
  let max = -Infinity;

  for (let index = start + 1; index < end - 1; index++) {
    const x = xs[index]!;
    if (x >= boundary) {
      flush(minIndex, maxIndex, gapIndex);
      boundary = (Math.floor(x / bucketWidth) + 1) * bucketWidth;
      minIndex = maxIndex = gapIndex = -1;
      min = Infinity;
      max = -Infinity;
    }

    const value = ys[index];
    if (typeof value !== 'number' || Number.isNaN(value)) {
      gapIndex = gapIndex < 0 ? index : gapIndex;
      continue;
    }
    if (value < min) {
      min = value;
      minIndex = index;
    }
    if (value > max) {
      max = value;
      maxIndex = index;
    }
  }
  flush(minIndex, maxIndex, gapIndex);
  keep(end - 1);

  return pick(xs, ys, kept);
}
