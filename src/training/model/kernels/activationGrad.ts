import type { JsKernel } from '../../backend/jsKernel';
import { derivativeFromOutput } from '../activation';

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
};
