import { tf, type Tensor, type Tensor2D } from '../../backend/tfjs';
import type { ActivationName } from '../../config/types';
import type { TrainingOps } from './trainingOps';

function applyActivation(value: Tensor2D, activation: ActivationName): Tensor2D {
  if (activation === 'relu') {
    return tf.relu(value);
  }
  return activation === 'tanh' ? tf.tanh(value) : tf.sigmoid(value);
}

function slopeFromOutput(output: Tensor2D, activation: ActivationName): Tensor2D {
  if (activation === 'relu') {
    return tf.step(output) as Tensor2D;
  }
  if (activation === 'tanh') {
    return tf.sub(1, tf.square(output)) as Tensor2D;
  }
  return tf.mul(output, tf.sub(1, output)) as Tensor2D;
}

export function createStockOps(): TrainingOps {
  return {
    hiddenForward(linear, bias, mask, activation) {
      const biased = tf.add(linear, bias) as Tensor2D;
      return applyActivation(
        mask ? (tf.mul(biased, mask) as Tensor2D) : biased,
        activation,
      );
    },

    hiddenBackward(outputGrad, output, mask, activation) {
      const slope = slopeFromOutput(output, activation);
      const masked = mask ? tf.mul(slope, mask) : slope;
      const linearGrad = tf.mul(outputGrad, masked) as Tensor2D;
      return [linearGrad, tf.sum(linearGrad, 0)];
    },

    adam(state, gradients, hyper, step) {
      const stepSize = hyper.learningRate / (1 - hyper.beta1 ** step);
      const secondMomentScale = 1 / Math.sqrt(1 - hyper.beta2 ** step);
      const next = {
        parameters: [] as Tensor[],
        firstMoments: [] as Tensor[],
        secondMoments: [] as Tensor[],
      };

      state.parameters.forEach((parameter, index) => {
        const gradient = gradients[index]!;
        const first = tf.add(
          tf.mul(hyper.beta1, state.firstMoments[index]!),
          tf.mul(1 - hyper.beta1, gradient),
        );
        const second = tf.add(
          tf.mul(hyper.beta2, state.secondMoments[index]!),
          tf.mul(1 - hyper.beta2, tf.square(gradient)),
        );
        const denominator = tf.add(
          tf.mul(tf.sqrt(second), secondMomentScale),
          hyper.epsilon,
        );
        next.parameters.push(
          tf.sub(parameter, tf.div(tf.mul(first, stepSize), denominator)),
        );
        next.firstMoments.push(first);
        next.secondMoments.push(second);
      });
      return next;
    },

    sgd(parameters, gradients, learningRate) {
      return parameters.map((parameter, index) =>
        tf.sub(parameter, tf.mul(learningRate, gradients[index]!)),
      );
    },
  };
}
