import type { JsKernel } from '../../backend/jsKernel';
import { ACTIVATION_CODES, activate } from '../activation';
import { heapKernelsFor } from './wasm/heapKernels';

/**
 * One hidden layer after its matMul: add the bias, apply the dropout mask (already scaled
 * by 1/(1-p)), then the activation. Inputs: pre-activation [rows, units], bias [units],
 * and the mask [rows, units] when dropout is on.
 */
export const biasDropoutActivation: JsKernel = {
  name: 'TrainboardBiasDropoutActivation',

  outputShapes: (inputShapes) => [inputShapes[0]!],

  compute([linear, bias, mask], [output], attrs) {
    const code = attrs['activation'] as number;
    const units = bias!.length;

    for (let index = 0; index < linear!.length; index++) {
      const dropped =
        (linear![index]! + bias![index % units]!) * (mask ? mask[index]! : 1);
      output![index] = activate(code, dropped);
    }
  },

  // Only ReLU has heap code: tanh and the sigmoid need an exp that WebAssembly lacks.
  computeOnHeap(memory, [linear, bias, mask], [output], attrs) {
    const kernels =
      attrs['activation'] === ACTIVATION_CODES.relu && heapKernelsFor(memory);
    if (!kernels) {
      return false;
    }

    const units = bias!.length;
    kernels.biasDropoutRelu(
      linear!.offset,
      bias!.offset,
      mask ? mask.offset : 0,
      mask ? 1 : 0,
      output!.offset,
      linear!.length / units,
      units,
    );
    return true;
  },
};
