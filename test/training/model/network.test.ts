import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as tfl from '@tensorflow/tfjs-layers';
import { selectBackend } from '../../../src/training/backend/selectBackend';
import { tf } from '../../../src/training/backend/tfjs';
import type { ActivationName, OptimizerConfig } from '../../../src/training/config';
import type { Split } from '../../../src/training/data';
import { BatchBuffers } from '../../../src/training/model/batch';
import { Network } from '../../../src/training/model/network';
import {
  createFusedOps,
  createStockOps,
  type TrainingOps,
} from '../../../src/training/model/ops';
import { SeededRandom, seededStreams } from '../../../src/training/model/random';
import { saveModel } from '../../../src/training/model/saveModel';

const ADAM: OptimizerConfig = {
  name: 'adam',
  learningRate: 1e-3,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
};

function randomSplit(count: number, seed: number): Split {
  const random = new SeededRandom(seed);
  const images = Uint8Array.from({ length: count * 784 }, () => random.nextInt(256));
  const labels = Uint8Array.from({ length: count }, () => random.nextInt(10));
  return { images, labels, count, rows: 28, cols: 28 };
}

function trainFewSteps(
  ops: TrainingOps,
  activation: ActivationName,
  dropout: number,
  batches = 4,
) {
  const split = randomSplit(40, 7);
  const streams = seededStreams(42);
  const network = new Network(
    { hidden: [16, 8], dropout, activation },
    ADAM,
    ops,
    784,
    streams.init,
  );
  const order = Uint32Array.from({ length: 40 }, (_, index) => index);
  const batch = new BatchBuffers(10, 784);
  const losses: number[] = [];

  for (let step = 0; step < 8; step++) {
    batch.fill(split, order, (step % batches) * 10);
    losses.push(network.trainStep(batch, streams.dropout));
  }
  const parameters = network.parameters.map((tensor) => Array.from(tensor.dataSync()));
  network.dispose();
  return { losses, parameters };
}

function assertClose(
  actual: number[],
  expected: number[],
  tolerance: number,
  what: string,
) {
  assert.equal(actual.length, expected.length);
  actual.forEach((value, index) => {
    const scale = Math.max(1, Math.abs(expected[index]!));
    assert.ok(
      Math.abs(value - expected[index]!) <= tolerance * scale,
      `${what}[${index}]: ${value} vs ${expected[index]}`,
    );
  });
}

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`the network's training step on the ${backend} backend`, () => {
    before(async () => {
      await selectBackend(backend);
    });

    for (const activation of ['relu', 'tanh', 'sigmoid'] as const) {
      it(`computes the same step with fused kernels as with stock ops (${activation})`, () => {
        const fused = trainFewSteps(createFusedOps(), activation, 0.5);
        const stock = trainFewSteps(createStockOps(), activation, 0.5);
        assertClose(fused.losses, stock.losses, 1e-5, 'loss');
        fused.parameters.forEach((values, index) =>
          assertClose(values, stock.parameters[index]!, 1e-5, `parameter ${index}`),
        );
      });
    }

    it('repeats bit for bit with the same seed, and learns', () => {
      const first = trainFewSteps(createFusedOps(), 'relu', 0, 1);
      const second = trainFewSteps(createFusedOps(), 'relu', 0, 1);
      assert.deepEqual(first.losses, second.losses);
      assert.deepEqual(first.parameters, second.parameters);
      assert.ok(
        first.losses.at(-1)! < first.losses[0]!,
        'loss should fall on a repeated batch',
      );
    });

    it('leaks no tensors across steps', () => {
      const before = tf.memory().numTensors;
      trainFewSteps(createFusedOps(), 'relu', 0.5);
      assert.equal(tf.memory().numTensors, before);
    });
  });
}

describe('the saved model', () => {
  it('loads with tf.loadLayersModel and predicts what the network computes', async () => {
    await selectBackend('cpu');
    const split = randomSplit(20, 3);
    const streams = seededStreams(1);
    const model = { hidden: [12], dropout: 0.5, activation: 'relu' as const };
    const network = new Network(model, ADAM, createFusedOps(), 784, streams.init);
    const batch = new BatchBuffers(20, 784, false);
    batch.fill(
      split,
      Uint32Array.from({ length: 20 }, (_, index) => index),
      0,
    );
    const { loss: expectedLoss } = network.evaluate(batch);

    const directory = join(await mkdtemp(join(tmpdir(), 'trainboard-model-')), 'model');
    await saveModel(directory, model, network, [28, 28]);

    const modelJson = JSON.parse(await readFile(join(directory, 'model.json'), 'utf8'));
    const weightData = new Uint8Array(await readFile(join(directory, 'weights.bin')))
      .buffer;
    const loaded = await tfl.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest[0].weights,
        weightData,
      }),
    );

    const images = tf.tensor3d(batch.pixels, [20, 28, 28]);
    const logits = loaded.predict(images) as tf.Tensor2D;
    const labels = tf.oneHot(tf.tensor1d(Array.from(batch.labels), 'int32'), 10);
    const loss = tf.losses.softmaxCrossEntropy(labels, logits).dataSync()[0]!;
    assert.ok(Math.abs(loss - expectedLoss) < 1e-5, `${loss} vs ${expectedLoss}`);
    network.dispose();
  });
});
