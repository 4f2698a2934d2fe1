import { after, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatasetError, loadDataset } from '../../../src/training/data';
import {
  dataConfig,
  imagesIdx,
  labelsIdx,
  makeTempDir,
  writeSyntheticDataset,
} from './idxFixtures';

describe('loadDataset', () => {
  const temps: (() => Promise<void>)[] = [];
  let dir = '';

  beforeEach(async () => {
    const temp = await makeTempDir();
    temps.push(temp.remove);
    dir = temp.dir;
  });
  after(() => Promise.all(temps.map((remove) => remove())));

  const noDebian = { sampleDir: '/nonexistent', debianDir: null };

  it('reads both splits from the configured folder', async () => {
    await writeSyntheticDataset(dir, { trainCount: 30, testCount: 12 });

    const splits = await loadDataset(dataConfig({ dir }), noDebian);

    assert.equal(splits.train.count, 30);
    assert.equal(splits.test.count, 12);
    assert.equal(splits.train.images.length, 30 * 784);
    assert.equal(splits.train.labels.length, 30);
    assert.equal(splits.test.rows, 28);
    assert.equal(splits.test.cols, 28);
    assert.equal(splits.source, dir);
  });

  it('gives the same splits from gzipped and plain files', async () => {
    const plainDir = join(dir, 'plain');
    const gzipDir = join(dir, 'gzip');
    await mkdir(plainDir);
    await mkdir(gzipDir);
    await writeSyntheticDataset(plainDir);
    await writeSyntheticDataset(gzipDir, { gzip: true });

    const plain = await loadDataset(dataConfig({ dir: plainDir }), noDebian);
    const gzipped = await loadDataset(dataConfig({ dir: gzipDir }), noDebian);

    assert.deepEqual(gzipped.train, plain.train);
    assert.deepEqual(gzipped.test, plain.test);
  });

  it('keeps only the first trainLimit and testLimit items', async () => {
    await writeSyntheticDataset(dir, { trainCount: 30, testCount: 12 });
    const full = await loadDataset(dataConfig({ dir }), noDebian);

    const limited = await loadDataset(
      dataConfig({ dir, trainLimit: 7, testLimit: 3 }),
      noDebian,
    );

    assert.equal(limited.train.count, 7);
    assert.equal(limited.test.count, 3);
    assert.deepEqual(limited.train.images, full.train.images.subarray(0, 7 * 784));
    assert.deepEqual(limited.train.labels, full.train.labels.subarray(0, 7));
    assert.deepEqual(limited.test.images, full.test.images.subarray(0, 3 * 784));
  });

  it('keeps every item when a limit exceeds the split', async () => {
    await writeSyntheticDataset(dir, { trainCount: 30, testCount: 12 });

    const splits = await loadDataset(
      dataConfig({ dir, trainLimit: 1000, testLimit: 12 }),
      noDebian,
    );

    assert.equal(splits.train.count, 30);
    assert.equal(splits.test.count, 12);
  });

  it('logs what it loaded and how long it took', async () => {
    await writeSyntheticDataset(dir);
    const lines: string[] = [];

    await loadDataset(dataConfig({ dir }), {
      ...noDebian,
      log: (line) => lines.push(line),
    });

    assert.equal(lines.length, 1);
    assert.match(
      lines[0]!,
      /^Loaded MNIST from .*: 30 training and 12 test images of 28x28 in \d+ ms$/,
    );
  });

  it('rejects images and labels of different lengths, naming both files', async () => {
    await writeSyntheticDataset(dir, { trainCount: 5 });
    await writeFile(join(dir, 'train-labels-idx1-ubyte'), labelsIdx([1, 2, 3, 4]));

    await assert.rejects(loadDataset(dataConfig({ dir }), noDebian), (error: unknown) => {
      assert.ok(error instanceof DatasetError);
      assert.match(error.message, /train-images-idx3-ubyte holds 5 images but /);
      assert.match(error.message, /train-labels-idx1-ubyte holds 4 labels/);
      assert.match(error.message, /do not belong together/);
      return true;
    });
  });

  it('rejects training and test images of different sizes', async () => {
    await writeSyntheticDataset(dir, { testCount: 2 });
    await writeFile(join(dir, 't10k-images-idx3-ubyte'), imagesIdx(2, 32, 32));

    await assert.rejects(
      loadDataset(dataConfig({ dir }), noDebian),
      /training images in .* are 28x28 but the test images in .* are 32x32/,
    );
  });

  it('lists the missing files, the folder and the mirrors when download is off', async () => {
    await writeSyntheticDataset(dir);
    await rename(join(dir, 'train-images-idx3-ubyte'), join(dir, 'elsewhere'));
    await rename(join(dir, 't10k-labels-idx1-ubyte'), join(dir, 'elsewhere-too'));

    await assert.rejects(loadDataset(dataConfig({ dir }), noDebian), (error: unknown) => {
      assert.ok(error instanceof DatasetError);
      const message = error.message;
      assert.ok(message.startsWith(`MNIST is missing 2 files in ${dir}:`), message);
      assert.match(message, /train-images-idx3-ubyte \(or train-images-idx3-ubyte\.gz\)/);
      assert.match(message, /t10k-labels-idx1-ubyte \(or t10k-labels-idx1-ubyte\.gz\)/);
      assert.doesNotMatch(message, /train-labels/);
      assert.match(message, /set `download: true`/);
      assert.match(
        message,
        /https:\/\/ossci-datasets\.s3\.amazonaws\.com\/mnist\/train-images-idx3-ubyte\.gz/,
      );
      assert.match(
        message,
        /http:\/\/yann\.lecun\.com\/exdb\/mnist\/t10k-labels-idx1-ubyte\.gz/,
      );
      assert.doesNotMatch(message, /apt-get/);
      return true;
    });
  });

  it('tells how to install Fashion-MNIST from Debian when it is missing', async () => {
    const config = dataConfig({ dataset: 'fashion-mnist', dir });

    await assert.rejects(loadDataset(config, noDebian), (error: unknown) => {
      assert.ok(error instanceof DatasetError);
      assert.match(error.message, /^Fashion-MNIST is missing 4 files in /);
      assert.match(
        error.message,
        /fashion-mnist\.s3-website\.eu-central-1\.amazonaws\.com/,
      );
      assert.match(error.message, /apt-get install dataset-fashion-mnist/);
      assert.match(error.message, /\/usr\/share\/datasets\/fashion-mnist/);
      return true;
    });
  });

  it("falls back to the Debian package's folder for Fashion-MNIST, and says so", async () => {
    const debianDir = join(dir, 'debian');
    const configured = join(dir, 'configured');
    await mkdir(debianDir);
    await writeSyntheticDataset(debianDir, { gzip: true, trainCount: 20 });
    const lines: string[] = [];

    const splits = await loadDataset(
      dataConfig({ dataset: 'fashion-mnist', dir: configured }),
      {
        sampleDir: '/nonexistent',
        debianDir,
        log: (line) => lines.push(line),
      },
    );

    assert.equal(splits.train.count, 20);
    assert.equal(splits.source, debianDir);
    assert.match(
      lines[0]!,
      /^Using Fashion-MNIST from .*debian \(Debian package dataset-fashion-mnist\)/,
    );
    assert.ok(lines[0]!.includes(configured));
  });

  it('does not use the Debian folder for MNIST', async () => {
    const debianDir = join(dir, 'debian');
    await mkdir(debianDir);
    await writeSyntheticDataset(debianDir);

    await assert.rejects(
      loadDataset(dataConfig({ dir: join(dir, 'empty') }), { sampleDir: '', debianDir }),
      /MNIST is missing 4 files/,
    );
  });

  it('reads mnist-sample from the sample folder, ignoring data.dir', async () => {
    await writeSyntheticDataset(dir, { gzip: true, trainCount: 8 });

    const splits = await loadDataset(
      dataConfig({ dataset: 'mnist-sample', dir: '/nonexistent' }),
      { sampleDir: dir },
    );

    assert.equal(splits.train.count, 8);
    assert.equal(splits.source, dir);
  });

  it('asks for a build when the sample folder is empty', async () => {
    await assert.rejects(
      loadDataset(dataConfig({ dataset: 'mnist-sample' }), { sampleDir: dir }),
      /The bundled MNIST sample is missing .* Run `npm run build` to create it\./,
    );
  });
});
