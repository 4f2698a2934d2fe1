import type { PanelValue } from '../../../contract/panelMessages';

/** The training loss is averaged over about this share of the run's mini-batches. */
const WINDOW_SHARE = 0.01;
const MAX_WINDOW = 500;

/**
 * The moving-average weight for a curve of `count` points: a window of about 1% of
 * the run, so a long run's noisy mini-batch losses read as a trend and a run of a
 * few dozen steps is left nearly as it is.
 */
export function smoothingWeight(count: number): number {
  const window = Math.min(MAX_WINDOW, Math.max(1, count * WINDOW_SHARE));
  return 1 - 1 / window;
}

/**
 * An exponential moving average divided by 1 - weight^n, so it starts at the first
 * value instead of being pulled towards zero. Missing values stay missing and leave
 * the average where it was.
 */
export function smoothValues(
  values: readonly PanelValue[],
  weight: number,
): PanelValue[] {
  let average = 0;
  let decay = 1;

  return values.map((value) => {
    if (value === null || !Number.isFinite(value)) {
      return null;
    }
    average = average * weight + (1 - weight) * value;
    decay *= weight;
    return average / (1 - decay);
  });
}
