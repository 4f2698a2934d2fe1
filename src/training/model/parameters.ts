import { tf, type Tensor } from '../backend/tfjs';
import type { SeededRandom } from './random';

export interface LayerShape {
  inputs: number;
  units: number;
}

export function layerShapes(
  inputSize: number,
  hidden: number[],
  classes: number,
): LayerShape[] {
  const sizes = [inputSize, ...hidden, classes];
  return sizes.slice(1).map((units, index) => ({ inputs: sizes[index]!, units }));
}

function uniform(random: SeededRandom, count: number, bound: number): Float32Array {
  const values = new Float32Array(count);
  for (let index = 0; index < count; index++) {
    values[index] = (random.next() * 2 - 1) * bound;
  }
  return values;
}

/**
 * PyTorch's default for Linear: weights and biases uniform in +-1/sqrt(fan_in).
 * Returned flat as [weight0, bias0, weight1, bias1, ...], weights [inputs, units].
 */
export function initialParameters(shapes: LayerShape[], random: SeededRandom): Tensor[] {
  return shapes.flatMap(({ inputs, units }) => {
    const bound = 1 / Math.sqrt(inputs);
    const weight = tf.tensor2d(uniform(random, inputs * units, bound), [inputs, units]);
    const bias = tf.tensor1d(uniform(random, units, bound));
    return [weight, bias];
  });
}

export function zerosLike(parameters: Tensor[]): Tensor[] {
  return parameters.map((parameter) => tf.zeros(parameter.shape));
}
