import type { PanelValue } from '../../src/contract/panelMessages';

/** Where an exponential moving average stands after the values it has seen. */
export interface SmoothingState {
  weight: number;
  accumulated: number;
  /** weight to the power of the number of values averaged so far. */
  decay: number;
}

export const MAX_SMOOTHING_WEIGHT = 0.999;

// Below this the debiasing term is 1 to double precision; stopping there keeps
// the multiplication out of the slow subnormal range.
const NEGLIGIBLE_DECAY = 1e-300;

export function startSmoothing(weight: number): SmoothingState {
  const clamped = Math.min(Math.max(weight, 0), MAX_SMOOTHING_WEIGHT);
  return { weight: clamped, accumulated: 0, decay: 1 };
}

/**
 * Writes the smoothed values of `values[from..]` into `out` with TensorBoard's
 * debiased exponential moving average: dividing by 1 - weight^n removes the
 * pull towards zero of the average's starting value, so the first smoothed
 * value equals the first raw one. Missing or non-finite values become NaN and
 * leave the average as it was.
 */
export function extendSmoothed(
  state: SmoothingState,
  values: ArrayLike<PanelValue>,
  out: Float64Array,
  from: number,
): void {
  const { weight } = state;
  let { accumulated, decay } = state;

  for (let index = from; index < values.length; index++) {
    const value = values[index];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      out[index] = NaN;
      continue;
    }

    accumulated = accumulated * weight + (1 - weight) * value;
    decay = decay < NEGLIGIBLE_DECAY ? 0 : decay * weight;
    out[index] = accumulated / (1 - decay);
  }

  state.accumulated = accumulated;
  state.decay = decay;
}

export function smooth(values: ArrayLike<PanelValue>, weight: number): Float64Array {
  const out = new Float64Array(values.length);
  extendSmoothed(startSmoothing(weight), values, out, 0);
  return out;
}
