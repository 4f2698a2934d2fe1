import { KERNELS_WASM_BASE64 } from './kernelsBinary';

/** The functions of kernels.wat; every pointer is a byte offset on the backend's heap. */
export interface HeapKernels {
  adam(
    parameter: number,
    gradient: number,
    first: number,
    second: number,
    newParameter: number,
    newFirst: number,
    newSecond: number,
    length: number,
    beta1: number,
    oneMinusBeta1: number,
    beta2: number,
    oneMinusBeta2: number,
    stepSize: number,
    correction2: number,
    epsilon: number,
  ): void;

  biasDropoutRelu(
    linear: number,
    bias: number,
    mask: number,
    hasMask: number,
    output: number,
    rows: number,
    units: number,
  ): void;

  activationGrad(
    outputGrad: number,
    output: number,
    mask: number,
    hasMask: number,
    linearGrad: number,
    biasGrad: number,
    rows: number,
    units: number,
    activation: number,
  ): void;
}

/** Null where the engine cannot compile the module, for instance without SIMD. */
export function compileHeapKernels(binary: BufferSource): WebAssembly.Module | null {
  try {
    return new WebAssembly.Module(binary);
  } catch {
    return null;
  }
}

let compiled: WebAssembly.Module | null | undefined;
let enabled = true;
const instances = new WeakMap<WebAssembly.Memory, HeapKernels | null>();

/** Turns the WebAssembly kernels off and on, to compare them with the JS loops. */
export function setHeapKernelsEnabled(value: boolean): void {
  enabled = value;
}

function instantiate(memory: WebAssembly.Memory): HeapKernels | null {
  compiled ??= compileHeapKernels(Buffer.from(KERNELS_WASM_BASE64, 'base64'));
  if (!compiled) {
    return null;
  }
  try {
    const instance = new WebAssembly.Instance(compiled, { env: { memory } });
    return instance.exports as unknown as HeapKernels;
  } catch {
    // A memory the module cannot import, such as the threaded build's shared one.
    return null;
  }
}

/** The kernels bound to one backend's memory, or null when the JS loops must run. */
export function heapKernelsFor(memory: WebAssembly.Memory): HeapKernels | null {
  if (!enabled) {
    return null;
  }
  let kernels = instances.get(memory);
  if (kernels === undefined) {
    kernels = instantiate(memory);
    instances.set(memory, kernels);
  }
  return kernels;
}
