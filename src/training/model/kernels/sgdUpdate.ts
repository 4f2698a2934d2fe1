import type { JsKernel } from '../../backend/jsKernel';

/** Plain SGD over every parameter tensor at once. Inputs: k parameters, k gradients. */
export const sgdUpdate: JsKernel = {
  name: 'TrainboardSgdUpdate',

  outputShapes: (inputShapes, attrs) => inputShapes.slice(0, attrs['count'] as number),

  compute(inputs, outputs, attrs) {
    const count = attrs['count'] as number;
    const learningRate = attrs['learningRate'] as number;

    for (let tensor = 0; tensor < count; tensor++) {
      const parameter = inputs[tensor]!;
      const gradient = inputs[count + tensor]!;
      const newParameter = outputs[tensor]!;
      for (let index = 0; index < parameter.length; index++) {
        newParameter[index] = parameter[index]! - learningRate * gradient[index]!;
      }
    }
  },
};
