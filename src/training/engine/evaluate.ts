import type { Split } from '../data';
import { BatchBufferCache, featureCount } from '../model/batch';
import type { Network } from '../model/network';

/** Large enough to amortise the kernels, small enough to keep the wasm heap small. */
const EVALUATION_BATCH = 500;

export interface Evaluation {
  loss: number;
  accuracy: number;
}

/** Mean loss and accuracy over a whole split, dropout off. */
export function evaluate(network: Network, split: Split): Evaluation {
  const order = Uint32Array.from({ length: split.count }, (_, index) => index);
  let totalLoss = 0;
  let correct = 0;
  const cache = new BatchBufferCache(featureCount(split), false);

  for (let start = 0; start < split.count; start += EVALUATION_BATCH) {
    const rows = Math.min(EVALUATION_BATCH, split.count - start);
    const buffers = cache.get(rows);
    buffers.fill(split, order, start);
    const result = network.evaluate(buffers);
    totalLoss += result.loss * rows;
    correct += result.correct;
  }
  return { loss: totalLoss / split.count, accuracy: correct / split.count };
}
