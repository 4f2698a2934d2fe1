import type { JsKernel } from '../../backend/jsKernel';
import { derivativeFromOutput } from '../activation';
import { heapKernelsFor } from './wasm/heapKernels';

/**
 * Backprop through activation, dropout and bias in one pass. Inputs: the gradient of the
 * layer's output, the output itself, and the dropout mask when dropout is on. Outputs:
 * the gradient of the pre-activation [rows, units] and of the bias [units].
 */
export const activationGrad: JsKernel = {
  name: 'TrainboardActivationGrad',

  outputShapes: ([outputGradShape]) => [outputGradShape!, [outputGradShape![1]!]],

  compute([outputGrad, output, mask], [linearGrad, biasGrad], attrs) {
    const code = attrs['activation'] as number;
    const units = biasGrad!.length;
    biasGrad!.fill(0);

    for (let index = 0; index < outputGrad!.length; index++) {
      const slope =
        derivativeFromOutput(code, output![index]!) * (mask ? mask[index]! : 1);
      const gradient = outputGrad![index]! * slope;
      linearGrad![index] = gradient;
      biasGrad![index % units]! += gradient;
    }
  },

  computeOnHeap(memory, [outputGrad, output, mask], [linearGrad, biasGrad], attrs) {
    const kernels = heapKernelsFor(memory);
    if (!kernels) {
      return false;
    }

    const units = biasGrad!.length;
    kernels.activationGrad(
      outputGrad!.offset,
      output!.offset,
      mask ? mask.offset : 0,
      mask ? 1 : 0,
      linearGrad!.offset,
      biasGrad!.offset,
      outputGrad!.length / units,
      units,
      attrs['activation'] as number,
    );
    return true;
  },
};
