import { hasJsKernels } from '../../backend/jsKernel';
import { createFusedOps } from './fusedOps';
import { createStockOps } from './stockOps';
import type { TrainingOps } from './trainingOps';

export type { AdamHyperparameters, AdamState, TrainingOps } from './trainingOps';
export { createFusedOps, createStockOps };

/** Fused kernels on the backends that can run them, stock ops elsewhere. */
export function createTrainingOps(): TrainingOps {
  return hasJsKernels() ? createFusedOps() : createStockOps();
}
