import assert from 'node:assert/strict';
import type { NamedAttrMap } from '@tensorflow/tfjs-core';
import { runJsKernel } from '../../../src/training/backend/jsKernel';
import { tf } from '../../../src/training/backend/tfjs';
import { setHeapKernelsEnabled } from '../../../src/training/model/kernels/wasm/heapKernels';
import { SeededRandom } from '../../../src/training/model/random';

export interface HostTensor {
  shape: number[];
  values: Float32Array;
}

export function randomTensor(
  random: SeededRandom,
  shape: number[],
  low = -1,
  high = 1,
): HostTensor {
  const length = shape.reduce((product, dim) => product * dim, 1);
  const values = Float32Array.from({ length }, () => low + (high - low) * random.next());
  return { shape, values };
}

/** Runs a registered kernel on host arrays and reads every output back. */
export function runKernel(
  name: string,
  inputs: HostTensor[],
  attrs: NamedAttrMap,
): HostTensor[] {
  return tf.tidy(() => {
    const tensors = inputs.map(({ shape, values }) => tf.tensor(values, shape));
    const outputs = runJsKernel(name, tensors, attrs);
    return (Array.isArray(outputs) ? outputs : [outputs]).map((output) => ({
      shape: output.shape,
      values: output.dataSync() as Float32Array,
    }));
  });
}

/** Runs `work` with the WebAssembly kernels off, so the JS loops run on the wasm heap. */
export function withJsLoops<T>(work: () => T): T {
  setHeapKernelsEnabled(false);
  try {
    return work();
  } finally {
    setHeapKernelsEnabled(true);
  }
}

function peak(values: Float32Array): number {
  return values.reduce((largest, value) => Math.max(largest, Math.abs(value)), 0);
}

/**
 * Equal within `relative` of each value. A value that is a near cancellation of larger
 * terms (m = 0.9 m + 0.1 g close to 0) carries their rounding, an ulp or so of the
 * tensor's largest values, so the tolerance never falls below `relative` of a tenth of
 * its largest value.
 */
export function assertClose(
  actual: HostTensor[],
  expected: HostTensor[],
  relative = 1e-5,
): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((tensor, which) => {
    const reference = expected[which]!;
    assert.deepEqual(tensor.shape, reference.shape);
    const floor = 0.1 * peak(reference.values);
    tensor.values.forEach((value, index) => {
      const wanted = reference.values[index]!;
      const tolerance = relative * Math.max(Math.abs(value), Math.abs(wanted), floor);
      assert.ok(
        Math.abs(value - wanted) <= tolerance,
        `output ${which} [${index}]: ${value} against ${wanted}`,
      );
    });
  });
}

export function assertIdentical(actual: HostTensor[], expected: HostTensor[]): void {
  assert.deepEqual(
    actual.map(({ values }) =>
      Buffer.from(values.buffer, values.byteOffset, values.byteLength),
    ),
    expected.map(({ values }) =>
      Buffer.from(values.buffer, values.byteOffset, values.byteLength),
    ),
  );
}
