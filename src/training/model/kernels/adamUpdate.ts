import type { JsKernel } from '../../backend/jsKernel';

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
    const count = attrs['count'] as number;
    const beta1 = attrs['beta1'] as number;
    const beta2 = attrs['beta2'] as number;
    const step = attrs['step'] as number;
    const stepSize = (attrs['learningRate'] as number) / (1 - beta1 ** step);
    const secondMomentScale = 1 / Math.sqrt(1 - beta2 ** step);
    const epsilon = attrs['epsilon'] as number;

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
};
