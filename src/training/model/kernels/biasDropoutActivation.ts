import type { JsKernel } from '../../backend/jsKernel';
import { activate } from '../activation';

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
};
