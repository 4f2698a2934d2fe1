import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackendName } from '../../contract';
import type { BackendChoice } from '../config/types';
import { tf } from './tfjs';

export class BackendError extends Error {}

const WASM_FILE = 'tfjs-backend-wasm-simd.wasm';

/** The .wasm files sit next to the bundle; from sources they are in node_modules. */
function findWasmDir(): string {
  const candidates = [
    __dirname,
    join(__dirname, '..', '..', '..', 'dist', 'training'),
    join(
      __dirname,
      '..',
      '..',
      '..',
      'node_modules',
      '@tensorflow',
      'tfjs-backend-wasm',
      'dist',
    ),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, WASM_FILE)));
  if (!found) {
    throw new BackendError(
      `${WASM_FILE} not found next to the trainer: run npm run build`,
    );
  }
  return found;
}

async function useTensorflow(): Promise<void> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional native module
    require('@tensorflow/tfjs-node');
  } catch {
    throw new BackendError(
      'backend "tensorflow" needs @tensorflow/tfjs-node, which is not installed; ' +
        'install it or set backend: wasm',
    );
  }
  if (!(await tf.setBackend('tensorflow'))) {
    throw new BackendError('@tensorflow/tfjs-node is installed but did not initialise');
  }
}

async function useWasm(): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(`${findWasmDir()}/`);
  if (!(await tf.setBackend('wasm'))) {
    throw new BackendError('the WebAssembly backend did not initialise');
  }
}

async function useCpu(): Promise<void> {
  await import('@tensorflow/tfjs-backend-cpu');
  if (!(await tf.setBackend('cpu'))) {
    throw new BackendError('the CPU backend did not initialise');
  }
}

const LOADERS: Record<BackendName, () => Promise<void>> = {
  tensorflow: useTensorflow,
  wasm: useWasm,
  cpu: useCpu,
};

/** `auto` takes native TensorFlow when installed, else WebAssembly, else plain JS. */
export async function selectBackend(
  choice: BackendChoice,
  log: (line: string) => void = () => undefined,
): Promise<BackendName> {
  const order: BackendName[] =
    choice === 'auto' ? ['tensorflow', 'wasm', 'cpu'] : [choice];

  for (const name of order) {
    try {
      await LOADERS[name]();
      return name;
    } catch (error) {
      if (choice !== 'auto') {
        throw error;
      }
      log(`backend ${name} unavailable: ${(error as Error).message}`);
    }
  }
  throw new BackendError('no TensorFlow.js backend could be initialised');
}
