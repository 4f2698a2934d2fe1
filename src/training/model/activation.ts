import type { ActivationName } from '../config/types';

export const ACTIVATION_CODES: Record<ActivationName, number> = {
  relu: 0,
  tanh: 1,
  sigmoid: 2,
};

export function activate(code: number, value: number): number {
  if (code === 0) {
    return value > 0 ? value : 0;
  }
  return code === 1 ? Math.tanh(value) : 1 / (1 + Math.exp(-value));
}

/** The activation's derivative written in terms of its output, which is what backprop keeps. */
export function derivativeFromOutput(code: number, output: number): number {
  if (code === 0) {
    return output > 0 ? 1 : 0;
  }
  return code === 1 ? 1 - output * output : output * (1 - output);
}
