import type { NamedAttrMap } from '@tensorflow/tfjs-core';
import type { JsKernel } from '../../backend/jsKernel';
import { heapKernelsFor } from './wasm/heapKernels';

interface AdamScalars {
  count: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** The learning rate over the first moment's bias correction, 1 - beta1^t. */
  stepSize: number;
  /** sqrt(1 - beta2^t), which the root of the second moment is divided by. */
  correction2: number;
}

function adamScalars(attrs: NamedAttrMap): AdamScalars {
  const beta1 = attrs['beta1'] as number;
  const beta2 = attrs['beta2'] as number;
  const step = attrs['step'] as number;
  return {
    count: attrs['count'] as number,
    beta1,
    beta2,
    epsilon: attrs['epsilon'] as number,
    stepSize: (attrs['learningRate'] as number) / (1 - beta1 ** step),
    correction2: Math.sqrt(1 - beta2 ** step),
  };
}

/**
 * Adam (as PyTorch computes it) over every parameter tensor at once, so a step costs one
 * kernel instead of about ten element-wise kernels per tensor. Inputs: the k parameters,
 * then their k gradients, k first moments and k second moments. Outputs: the k updated
 * parameters, then the k first and k second moments.
 */
export const adamUpdate: JsKernel = {
  name: 'TrainboardAdamUpdate',

  outputShapes: (inputShapes, attrs) => {
    const count = attrs['count'] as number;
    const parameterShapes = inputShapes.slice(0, count);
    return [...parameterShapes, ...parameterShapes, ...parameterShapes];
  },

  compute(inputs, outputs, attrs) {
    const { count, beta1, beta2, epsilon, stepSize, correction2 } = adamScalars(attrs);
    // A float64 division costs as much as the rest of the loop, and in float64 the
    // product differs from the quotient far below what a float32 output keeps.
    const secondMomentScale = 1 / correction2;

    for (let tensor = 0; tensor < count; tensor++) {
      const parameter = inputs[tensor]!;
      const gradient = inputs[count + tensor]!;
      const firstMoment = inputs[2 * count + tensor]!;
      const secondMoment = inputs[3 * count + tensor]!;
      const newParameter = outputs[tensor]!;
      const newFirstMoment = outputs[count + tensor]!;
      const newSecondMoment = outputs[2 * count + tensor]!;

      for (let index = 0; index < parameter.length; index++) {
        const grad = gradient[index]!;
        const first = beta1 * firstMoment[index]! + (1 - beta1) * grad;
        const second = beta2 * secondMoment[index]! + (1 - beta2) * grad * grad;
        newFirstMoment[index] = first;
        newSecondMoment[index] = second;
        const denominator = Math.sqrt(second) * secondMomentScale + epsilon;
        newParameter[index] = parameter[index]! - (stepSize * first) / denominator;
      }
    }
  },

  computeOnHeap(memory, inputs, outputs, attrs) {
    const kernels = heapKernelsFor(memory);
    if (!kernels) {
      return false;
    }

    const { count, beta1, beta2, epsilon, stepSize, correction2 } = adamScalars(attrs);
    for (let tensor = 0; tensor < count; tensor++) {
      kernels.adam(
        inputs[tensor]!.offset,
        inputs[count + tensor]!.offset,
        inputs[2 * count + tensor]!.offset,
        inputs[3 * count + tensor]!.offset,
        outputs[tensor]!.offset,
        outputs[count + tensor]!.offset,
        outputs[2 * count + tensor]!.offset,
        inputs[tensor]!.length,
        beta1,
        1 - beta1,
        beta2,
        1 - beta2,
        stepSize,
        correction2,
        epsilon,
      );
    }
    return true;
  },
};
