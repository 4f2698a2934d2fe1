import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heapRunCount, registerJsKernel } from '../../../src/training/backend/jsKernel';
import { selectBackend } from '../../../src/training/backend/selectBackend';
import { ACTIVATION_CODES } from '../../../src/training/model/activation';
import { activationGrad } from '../../../src/training/model/kernels/activationGrad';
import { biasDropoutActivation } from '../../../src/training/model/kernels/biasDropoutActivation';
import { SeededRandom } from '../../../src/training/model/random';
import type { ActivationName } from '../../../src/training/config/types';
import {
  assertClose,
  assertIdentical,
  randomTensor,
  runKernel,
  withJsLoops,
  type HostTensor,
} from './kernelHarness';

/** The trainer's two hidden layers, then widths that leave 1 and 3 floats past a vector. */
const LAYERS = [
  { rows: 10, units: 64 },
  { rows: 10, units: 32 },
  { rows: 3, units: 7 },
  { rows: 4, units: 5 },
];

const ACTIVATIONS: ActivationName[] = ['relu', 'tanh', 'sigmoid'];

/** Dropout at 0.5: each unit kept at twice its value, or zeroed. */
function dropoutMask(random: SeededRandom, rows: number, units: number): HostTensor {
  const values = Float32Array.from({ length: rows * units }, () =>
    random.next() < 0.5 ? 0 : 2,
  );
  return { shape: [rows, units], values };
}

function forward(activation: ActivationName, withMask: boolean, seed: number) {
  const random = new SeededRandom(seed);
  return LAYERS.map(({ rows, units }) => {
    const inputs = [randomTensor(random, [rows, units]), randomTensor(random, [units])];
    const mask = withMask ? [dropoutMask(random, rows, units)] : [];
    return runKernel(biasDropoutActivation.name, [...inputs, ...mask], {
      activation: ACTIVATION_CODES[activation],
    });
  });
}

function backward(activation: ActivationName, withMask: boolean, seed: number) {
  const random = new SeededRandom(seed);
  return LAYERS.map(({ rows, units }) => {
    const outputGrad = randomTensor(random, [rows, units]);
    const low = activation === 'tanh' ? -1 : 0;
    const output = randomTensor(
      random,
      [rows, units],
      activation === 'relu' ? -1 : low,
      1,
    );
    const mask = withMask ? [dropoutMask(random, rows, units)] : [];
    return runKernel(activationGrad.name, [outputGrad, output, ...mask], {
      activation: ACTIVATION_CODES[activation],
    });
  });
}

describe('the layer kernels on the WebAssembly backend', () => {
  before(async () => {
    await selectBackend('wasm');
    registerJsKernel(biasDropoutActivation);
    registerJsKernel(activationGrad);
  });

  for (const withMask of [true, false]) {
    const dropout = withMask ? 'with dropout' : 'without dropout';

    it(`adds the bias and applies ReLU on the heap, ${dropout}, as the JS loop does`, () => {
      const runs = heapRunCount(biasDropoutActivation.name);
      const fromHeap = forward('relu', withMask, 1).flat();

      assert.equal(heapRunCount(biasDropoutActivation.name) - runs, LAYERS.length);
      assertClose(
        fromHeap,
        withJsLoops(() => forward('relu', withMask, 1).flat()),
      );
      assertIdentical(fromHeap, forward('relu', withMask, 1).flat());
    });

    for (const activation of ACTIVATIONS) {
      it(`backprops ${activation} on the heap, ${dropout}, as the JS loop does`, () => {
        const runs = heapRunCount(activationGrad.name);
        const fromHeap = backward(activation, withMask, 2).flat();

        assert.equal(heapRunCount(activationGrad.name) - runs, LAYERS.length);
        assertClose(
          fromHeap,
          withJsLoops(() => backward(activation, withMask, 2).flat()),
        );
        assertIdentical(fromHeap, backward(activation, withMask, 2).flat());
      });
    }
  }

  it('leaves tanh and the sigmoid forward to the JS loop, which has their exp', () => {
    const runs = heapRunCount(biasDropoutActivation.name);
    const outputs = forward('tanh', true, 3).flat();

    assert.equal(heapRunCount(biasDropoutActivation.name), runs);
    forward('sigmoid', false, 3);
    assert.equal(heapRunCount(biasDropoutActivation.name), runs);
    assert.ok(
      outputs.every(({ values }) => values.every((value) => Math.abs(value) < 1)),
    );
  });
});
