import type { PanelValue } from '../../../contract/panelMessages';

export const MAX_CURVE_POINTS = 2000;

function isValue(value: PanelValue | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The indexes to keep of a curve ordered by x: the first and the last point, and per
 * bucket of neighbours the lowest and the highest value in their order, so spikes
 * survive. A bucket holding no finite value keeps one of its points as a gap.
 */
export function keptIndexes(
  values: readonly PanelValue[],
  maxPoints = MAX_CURVE_POINTS,
): number[] {
  const count = values.length;
  if (count <= maxPoints) {
    return Array.from({ length: count }, (_, index) => index);
  }

  const inner = count - 2;
  const buckets = Math.max(1, Math.floor((maxPoints - 2) / 2));
  const size = Math.ceil(inner / buckets);
  const kept = [0];

  for (let start = 1; start <= inner; start += size) {
    const end = Math.min(start + size, count - 1);
    kept.push(...extremesOf(values, start, end));
  }
  kept.push(count - 1);
  return kept;
}

function extremesOf(values: readonly PanelValue[], start: number, end: number): number[] {
  let low = -1;
  let high = -1;
  for (let index = start; index < end; index++) {
    const value = values[index];
    if (!isValue(value)) {
      continue;
    }
    if (low < 0 || value < values[low]!) {
      low = index;
    }
    if (high < 0 || value > values[high]!) {
      high = index;
    }
  }

  if (low < 0) {
    return [start];
  }
  return low === high ? [low] : [Math.min(low, high), Math.max(low, high)];
}

export function pickIndexes<T>(column: readonly T[], indexes: readonly number[]): T[] {
  return indexes.map((index) => column[index]!);
}
