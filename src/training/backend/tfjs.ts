import * as tf from '@tensorflow/tfjs-core';

export type Tf = typeof tf;
export type Tensor = tf.Tensor;
export type Tensor2D = tf.Tensor2D;
export type Tensor1D = tf.Tensor1D;

export { tf };
