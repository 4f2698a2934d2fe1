export interface LossAndGradient {
  /** Mean over the batch. */
  loss: number;
  /** d(mean loss)/d(logits), [rows, classes]. */
  logitsGrad: Float32Array;
}

/**
 * Softmax cross-entropy on a small logits block, computed in float64 in JavaScript:
 * the block is a few hundred numbers, so this costs less than the kernels it replaces.
 */
export function softmaxCrossEntropy(
  logits: Float32Array,
  labels: Uint8Array,
  classes: number,
  logitsGrad: Float32Array,
): LossAndGradient {
  const rows = labels.length;
  let total = 0;

  for (let row = 0; row < rows; row++) {
    const start = row * classes;
    let max = -Infinity;
    for (let k = 0; k < classes; k++) {
      max = Math.max(max, logits[start + k]!);
    }

    let sum = 0;
    for (let k = 0; k < classes; k++) {
      sum += Math.exp(logits[start + k]! - max);
    }

    const label = labels[row]!;
    total += Math.log(sum) + max - logits[start + label]!;
    for (let k = 0; k < classes; k++) {
      const probability = Math.exp(logits[start + k]! - max) / sum;
      logitsGrad[start + k] = (probability - (k === label ? 1 : 0)) / rows;
    }
  }
  return { loss: total / rows, logitsGrad };
}

export function countCorrect(
  logits: Float32Array,
  labels: Uint8Array,
  classes: number,
): number {
  let correct = 0;
  for (let row = 0; row < labels.length; row++) {
    let best = 0;
    for (let k = 1; k < classes; k++) {
      if (logits[row * classes + k]! > logits[row * classes + best]!) {
        best = k;
      }
    }
    correct += best === labels[row] ? 1 : 0;
  }
  return correct;
}
