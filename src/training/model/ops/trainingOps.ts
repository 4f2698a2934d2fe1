import type { Tensor, Tensor1D, Tensor2D } from '../../backend/tfjs';
import type { ActivationName } from '../../config/types';

export interface AdamHyperparameters {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

export interface AdamState {
  parameters: Tensor[];
  firstMoments: Tensor[];
  secondMoments: Tensor[];
}

/**
 * The element-wise parts of a training step. Two implementations compute the same
 * numbers: fused JS kernels (one kernel each) where the backend allows them, and stock
 * TF.js ops for any other backend.
 */
export interface TrainingOps {
  hiddenForward(
    linear: Tensor2D,
    bias: Tensor1D,
    mask: Tensor2D | null,
    activation: ActivationName,
  ): Tensor2D;

  hiddenBackward(
    outputGrad: Tensor2D,
    output: Tensor2D,
    mask: Tensor2D | null,
    activation: ActivationName,
  ): [Tensor2D, Tensor1D];

  adam(
    state: AdamState,
    gradients: Tensor[],
    hyper: AdamHyperparameters,
    step: number,
  ): AdamState;

  sgd(parameters: Tensor[], gradients: Tensor[], learningRate: number): Tensor[];
}
