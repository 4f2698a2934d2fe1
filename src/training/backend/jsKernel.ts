import type { NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import { tf } from './tfjs';

/**
 * A kernel written as a plain loop over float32 arrays. It is registered with TF.js's
 * own kernel registry for the backends whose tensors live in memory that JavaScript can
 * address (the CPU backend's arrays, the WebAssembly heap), so it runs as one kernel.
 */
export interface JsKernel {
  name: string;
  /** Output shapes from the input shapes and the attributes. */
  outputShapes(inputShapes: number[][], attrs: NamedAttrMap): number[][];
  compute(inputs: Float32Array[], outputs: Float32Array[], attrs: NamedAttrMap): void;
  /**
   * The same numbers computed in place on the wasm backend's heap, by code that imports
   * its memory. Returns false when it cannot run (no such code for these attributes, or
   * none for this engine), and `compute` runs instead.
   */
  computeOnHeap?(
    memory: WebAssembly.Memory,
    inputs: HeapTensor[],
    outputs: HeapTensor[],
    attrs: NamedAttrMap,
  ): boolean;
}

/** A float32 tensor on the WebAssembly heap: its byte offset and its element count. */
export interface HeapTensor {
  offset: number;
  length: number;
}

export const JS_KERNEL_BACKENDS = ['cpu', 'wasm'] as const;

interface WasmBackend {
  wasm: { asm?: { memory?: unknown } };
  dataIdMap: { get(dataId: object): { memoryOffset: number } };
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
}

interface CpuBackend {
  data: { get(dataId: object): { values: Float32Array } };
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo;
}

function size(shape: number[]): number {
  return shape.reduce((product, dim) => product * dim, 1);
}

const heapRuns = new Map<string, number>();

/** How many times a kernel has run as heap code rather than as its JS loop. */
export function heapRunCount(kernelName: string): number {
  return heapRuns.get(kernelName) ?? 0;
}

/** The emscripten module exports the memory it was built with as `asm.memory`. */
function heapMemory(backend: WasmBackend): WebAssembly.Memory | null {
  const memory = backend.wasm.asm?.memory;
  return memory instanceof WebAssembly.Memory ? memory : null;
}

function computedOnHeap(
  kernel: JsKernel,
  backend: WasmBackend,
  tensors: TensorInfo[][],
  attrs: NamedAttrMap,
): boolean {
  const memory = kernel.computeOnHeap && heapMemory(backend);
  if (!memory) {
    return false;
  }

  const [inputs, outputs] = tensors.map((infos) =>
    infos.map(({ dataId, shape }) => ({
      offset: backend.dataIdMap.get(dataId).memoryOffset,
      length: size(shape),
    })),
  );
  if (!kernel.computeOnHeap!(memory, inputs!, outputs!, attrs)) {
    return false;
  }
  heapRuns.set(kernel.name, heapRunCount(kernel.name) + 1);
  return true;
}

function runOnWasm(
  kernel: JsKernel,
  backend: WasmBackend,
  inputs: TensorInfo[],
  attrs: NamedAttrMap,
) {
  const shapes = kernel.outputShapes(
    inputs.map((input) => input.shape),
    attrs,
  );
  const outputs = shapes.map((shape) => backend.makeOutput(shape, 'float32'));
  if (computedOnHeap(kernel, backend, [inputs, outputs], attrs)) {
    return outputs;
  }

  // Allocation may grow the heap and detach earlier views, so views are taken after it.
  const inputArrays = inputs.map((input) => backend.typedArrayFromHeap(input));
  const outputArrays = outputs.map((output) => backend.typedArrayFromHeap(output));
  kernel.compute(inputArrays, outputArrays, attrs);
  return outputs;
}

function runOnCpu(
  kernel: JsKernel,
  backend: CpuBackend,
  inputs: TensorInfo[],
  attrs: NamedAttrMap,
) {
  const shapes = kernel.outputShapes(
    inputs.map((input) => input.shape),
    attrs,
  );
  const inputArrays = inputs.map((input) => backend.data.get(input.dataId).values);
  const outputArrays = shapes.map((shape) => new Float32Array(size(shape)));
  kernel.compute(inputArrays, outputArrays, attrs);
  return shapes.map((shape, index) =>
    backend.makeTensorInfo(shape, 'float32', outputArrays[index]!),
  );
}

function orderedInputs(inputs: Record<string, TensorInfo | undefined>): TensorInfo[] {
  return Object.keys(inputs)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => inputs[key]!);
}

export function registerJsKernel(kernel: JsKernel): void {
  for (const backendName of JS_KERNEL_BACKENDS) {
    if (tf.getKernel(kernel.name, backendName)) {
      continue;
    }
    tf.registerKernel({
      kernelName: kernel.name,
      backendName,
      kernelFunc: ({ inputs, backend, attrs }) => {
        const tensors = orderedInputs(inputs);
        const safeAttrs = attrs ?? {};
        return backendName === 'wasm'
          ? runOnWasm(kernel, backend as WasmBackend, tensors, safeAttrs)
          : runOnCpu(kernel, backend as CpuBackend, tensors, safeAttrs);
      },
    });
  }
}

export function hasJsKernels(): boolean {
  return (JS_KERNEL_BACKENDS as readonly string[]).includes(tf.getBackend());
}

/** Runs a registered JS kernel; inputs are passed by position. */
export function runJsKernel(name: string, inputs: tf.Tensor[], attrs: NamedAttrMap = {}) {
  const named = Object.fromEntries(
    inputs.map((tensor, index) => [String(index), tensor]),
  );
  return tf.engine().runKernel(name, named, attrs) as tf.Tensor | tf.Tensor[];
}
