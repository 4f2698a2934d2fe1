import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IDX_FILES } from './catalog';
import { DatasetError } from './datasetError';

const SAMPLE_FROM_DIST = join('data', 'mnist-sample');

function hasSample(dir: string): boolean {
  return existsSync(join(dir, `${IDX_FILES.trainImages}.gz`));
}

function findPackageRoot(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      return dir;
    }
    if (dirname(dir) === dir) {
      return null;
    }
  }
}

/**
 * The folder of the bundled `mnist-sample` files: beside the running bundle
 * (`dist/training/../data/mnist-sample`), or under `dist/` of the package when
 * running from sources.
 */
export function findBundledSampleDir(from: string = __dirname): string {
  const candidates = [join(from, '..', SAMPLE_FROM_DIST)];
  const root = findPackageRoot(from);
  if (root) {
    candidates.push(join(root, 'dist', SAMPLE_FROM_DIST));
  }

  const found = candidates.find(hasSample);
  if (!found) {
    throw new DatasetError(
      `The bundled MNIST sample is not built (looked in ${candidates.join(' and ')}). ` +
        'Run `npm run build` to create it.',
    );
  }
  return found;
}
