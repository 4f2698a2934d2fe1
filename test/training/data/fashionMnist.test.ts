import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  DEBIAN_FASHION_MNIST_DIR,
  loadDataset,
  readIdxImages,
} from '../../../src/training/data';
import { dataConfig, makeTempDir } from './idxFixtures';

const installed = existsSync(
  join(DEBIAN_FASHION_MNIST_DIR, 'train-images-idx3-ubyte.gz'),
);
if (!installed) {
  console.warn(
    `\n!!! SKIPPING the real Fashion-MNIST tests: ${DEBIAN_FASHION_MNIST_DIR} is missing.` +
      '\n!!! Install it with `sudo apt-get install dataset-fashion-mnist` (CI does).\n',
  );
}

describe('the real Fashion-MNIST from the Debian package', { skip: !installed }, () => {
  it('loads 60,000 training and 10,000 test images of 28x28 with labels 0 to 9', async (t) => {
    const started = performance.now();
    const splits = await loadDataset(
      dataConfig({ dataset: 'fashion-mnist', dir: DEBIAN_FASHION_MNIST_DIR }),
      { sampleDir: '' },
    );
    const ms = performance.now() - started;
    t.diagnostic(`full Fashion-MNIST loaded in ${ms.toFixed(0)} ms`);

    assert.equal(splits.train.count, 60000);
    assert.equal(splits.test.count, 10000);
    assert.equal(splits.train.rows, 28);
    assert.equal(splits.train.cols, 28);
    assert.equal(splits.train.images.length, 60000 * 784);
    for (const split of [splits.train, splits.test]) {
      assert.deepEqual([...new Set(split.labels)].sort(), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
    assert.ok(
      ms < 1500,
      `loading took ${ms.toFixed(0)} ms; it is on the path to step one`,
    );
  });

  it('reads a gunzipped copy exactly like the gzipped original', async () => {
    const temp = await makeTempDir();
    try {
      const original = join(DEBIAN_FASHION_MNIST_DIR, 't10k-images-idx3-ubyte.gz');
      const plain = join(temp.dir, 't10k-images-idx3-ubyte');
      await writeFile(plain, gunzipSync(await readFile(original)));

      const [fromGzip, fromPlain] = await Promise.all([
        readIdxImages(original),
        readIdxImages(plain),
      ]);

      assert.equal(fromGzip.count, 10000);
      assert.deepEqual(fromPlain, fromGzip);
    } finally {
      await temp.remove();
    }
  });
});
