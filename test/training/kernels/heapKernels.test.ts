import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  compileHeapKernels,
  heapKernelsFor,
} from '../../../src/training/model/kernels/wasm/heapKernels';

const root = join(__dirname, '..', '..', '..');

/** A module header followed by a section id no engine knows. */
const UNKNOWN_SECTION = Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x7f, 1, 0);

describe('the WebAssembly kernel module', () => {
  it('is assembled from kernels.wat as it stands', () => {
    const check = spawnSync(process.execPath, ['scripts/build-kernels.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(check.status, 0, check.stderr);
  });

  it('reports a module the engine cannot compile as missing rather than throwing', () => {
    assert.equal(compileHeapKernels(UNKNOWN_SECTION), null);
  });

  it('binds to a memory it can import and refuses a shared one', () => {
    const kernels = heapKernelsFor(new WebAssembly.Memory({ initial: 1 }));
    assert.equal(typeof kernels?.adam, 'function');

    const shared = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    assert.equal(heapKernelsFor(shared), null);
  });

  it('computes Adam in place on the memory it was given', () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const floats = new Float32Array(memory.buffer);
    const length = 6;
    const [parameter, gradient, first, second, newParameter, newFirst, newSecond] = [
      0, 1, 2, 3, 4, 5, 6,
    ].map((slot) => slot * length);
    floats.fill(1, parameter!, parameter! + length);
    floats.fill(-3, gradient!, gradient! + length);

    const bytes = (index: number) => index * Float32Array.BYTES_PER_ELEMENT;
    heapKernelsFor(memory)!.adam(
      bytes(parameter!),
      bytes(gradient!),
      bytes(first!),
      bytes(second!),
      bytes(newParameter!),
      bytes(newFirst!),
      bytes(newSecond!),
      length,
      0.9,
      0.1,
      0.999,
      0.001,
      0.01 / 0.1,
      Math.sqrt(0.001),
      1e-8,
    );

    const slice = (start: number) => Array.from(floats.subarray(start, start + length));
    assert.deepEqual(slice(newFirst!), new Array(length).fill(Math.fround(-0.3)));
    assert.deepEqual(slice(newSecond!), new Array(length).fill(Math.fround(0.009)));
    slice(newParameter!).forEach((value) => assert.ok(Math.abs(value - 1.01) < 1e-6));
  });
});
