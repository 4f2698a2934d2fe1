import { registerJsKernel, runJsKernel } from '../../backend/jsKernel';
import type { Tensor, Tensor1D, Tensor2D } from '../../backend/tfjs';
import { ACTIVATION_CODES } from '../activation';
import { activationGrad } from '../kernels/activationGrad';
import { adamUpdate } from '../kernels/adamUpdate';
import { biasDropoutActivation } from '../kernels/biasDropoutActivation';
import { sgdUpdate } from '../kernels/sgdUpdate';
import type { TrainingOps } from './trainingOps';

function withMask<T>(inputs: T[], mask: T | null): T[] {
  return mask ? [...inputs, mask] : inputs;
}

export function createFusedOps(): TrainingOps {
  for (const kernel of [biasDropoutActivation, activationGrad, adamUpdate, sgdUpdate]) {
    registerJsKernel(kernel);
  }

  return {
    hiddenForward(linear, bias, mask, activation) {
      const outputs = runJsKernel(
        biasDropoutActivation.name,
        withMask([linear, bias], mask),
        {
          activation: ACTIVATION_CODES[activation],
        },
      ) as Tensor[];
      return outputs[0] as Tensor2D;
    },

    hiddenBackward(outputGrad, output, mask, activation) {
      const [linearGrad, biasGrad] = runJsKernel(
        activationGrad.name,
        withMask([outputGrad, output], mask),
        { activation: ACTIVATION_CODES[activation] },
      ) as Tensor[];
      return [linearGrad as Tensor2D, biasGrad as Tensor1D];
    },

    adam(state, gradients, hyper, step) {
      const count = state.parameters.length;
      const outputs = runJsKernel(
        adamUpdate.name,
        [
          ...state.parameters,
          ...gradients,
          ...state.firstMoments,
          ...state.secondMoments,
        ],
        { count, step, ...hyper },
      ) as Tensor[];
      return {
        parameters: outputs.slice(0, count),
        firstMoments: outputs.slice(count, 2 * count),
        secondMoments: outputs.slice(2 * count),
      };
    },

    sgd(parameters, gradients, learningRate) {
      return runJsKernel(sgdUpdate.name, [...parameters, ...gradients], {
        count: parameters.length,
        learningRate,
      }) as Tensor[];
    },
  };
}
