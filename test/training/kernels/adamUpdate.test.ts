import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heapRunCount, registerJsKernel } from '../../../src/training/backend/jsKernel';
import { selectBackend } from '../../../src/training/backend/selectBackend';
import { tf } from '../../../src/training/backend/tfjs';
import { adamUpdate } from '../../../src/training/model/kernels/adamUpdate';
import { SeededRandom } from '../../../src/training/model/random';
import {
  assertClose,
  assertIdentical,
  randomTensor,
  runKernel,
  withJsLoops,
  type HostTensor,
} from './kernelHarness';

/** The trainer's six tensors, then lengths that leave 1, 2 and 3 floats past a vector. */
const SHAPES = [
  [784, 64],
  [64],
  [64, 32],
  [32],
  [32, 10],
  [10],
  [13],
  [3, 7],
  [1],
  [5, 3],
];

const HYPER = { learningRate: 1e-2, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

interface AdamState {
  parameters: HostTensor[];
  firstMoments: HostTensor[];
  secondMoments: HostTensor[];
}

function initialState(random: SeededRandom): AdamState {
  return {
    parameters: SHAPES.map((shape) => randomTensor(random, shape)),
    firstMoments: SHAPES.map((shape) => randomTensor(random, shape, -0.1, 0.1)),
    secondMoments: SHAPES.map((shape) => randomTensor(random, shape, 0, 0.01)),
  };
}

function adamStep(state: AdamState, gradients: HostTensor[], step: number): AdamState {
  const count = SHAPES.length;
  const outputs = runKernel(
    adamUpdate.name,
    [...state.parameters, ...gradients, ...state.firstMoments, ...state.secondMoments],
    { count, step, ...HYPER },
  );
  return {
    parameters: outputs.slice(0, count),
    firstMoments: outputs.slice(count, 2 * count),
    secondMoments: outputs.slice(2 * count),
  };
}

interface Step {
  before: AdamState;
  gradients: HostTensor[];
  after: AdamState;
}

/** Five steps from a seeded start with seeded gradients, each with what it started from. */
function trainSteps(seed: number): Step[] {
  const random = new SeededRandom(seed);
  let state = initialState(random);
  const steps: Step[] = [];

  for (let step = 1; step <= 5; step++) {
    const gradients = SHAPES.map((shape) => randomTensor(random, shape));
    const after = adamStep(state, gradients, step);
    steps.push({ before: state, gradients, after });
    state = after;
  }
  return steps;
}

function train(seed: number): AdamState[] {
  return trainSteps(seed).map(({ after }) => after);
}

function flatten(states: AdamState[]): HostTensor[] {
  return states.flatMap(({ parameters, firstMoments, secondMoments }) => [
    ...parameters,
    ...firstMoments,
    ...secondMoments,
  ]);
}

describe('the Adam kernel on the WebAssembly backend', () => {
  before(async () => {
    await selectBackend('wasm');
    registerJsKernel(adamUpdate);
  });

  it('runs as WebAssembly code on the heap', () => {
    const before = heapRunCount(adamUpdate.name);
    train(1);
    assert.equal(heapRunCount(adamUpdate.name) - before, 5);
  });

  it('agrees with the JS loop on every tensor at every step', () => {
    trainSteps(2).forEach(({ before, gradients, after }, index) => {
      const fromJs = withJsLoops(() => adamStep(before, gradients, index + 1));
      assertClose(flatten([after]), flatten([fromJs]));
    });
  });

  it('gives bit-identical results run after run', () => {
    assertIdentical(flatten(train(3)), flatten(train(3)));
  });

  it('moves a parameter against its gradient by about the learning rate', () => {
    const state: AdamState = {
      parameters: [{ shape: [5], values: new Float32Array(5).fill(1) }],
      firstMoments: [{ shape: [5], values: new Float32Array(5) }],
      secondMoments: [{ shape: [5], values: new Float32Array(5) }],
    };
    const gradient = { shape: [5], values: Float32Array.of(2, -2, 0.5, -0.5, 1) };
    const outputs = runKernel(
      adamUpdate.name,
      [state.parameters[0]!, gradient, state.firstMoments[0]!, state.secondMoments[0]!],
      { count: 1, step: 1, ...HYPER },
    );

    const moved = Array.from(outputs[0]!.values, (value) => 1 - value);
    moved.forEach((delta, index) => {
      const direction = Math.sign(gradient.values[index]!);
      assert.ok(Math.abs(delta - direction * HYPER.learningRate) < 1e-6, `${delta}`);
    });
  });

  it('falls back to the JS loop when the WebAssembly kernels are off', () => {
    const before = heapRunCount(adamUpdate.name);
    const states = withJsLoops(() => train(4));

    assert.equal(heapRunCount(adamUpdate.name), before);
    assertClose(flatten(states.slice(0, 1)), flatten(train(4).slice(0, 1)));
  });
});

describe('the Adam kernel on the CPU backend', () => {
  it('runs the JS loop, as the wasm backend does when it falls back', async () => {
    await selectBackend('wasm');
    const onWasm = withJsLoops(() => train(5));
    await selectBackend('cpu');
    registerJsKernel(adamUpdate);
    const before = heapRunCount(adamUpdate.name);

    assertIdentical(flatten(train(5)), flatten(onWasm));
    assert.equal(heapRunCount(adamUpdate.name), before);
    assert.equal(tf.getBackend(), 'cpu');
  });
});
