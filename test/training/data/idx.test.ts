import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DatasetError,
  isGzip,
  readIdxImages,
  readIdxLabels,
} from '../../../src/training/data';
import { imagesIdx, labelsIdx, makeTempDir } from './idxFixtures';

describe('the IDX reader', () => {
  let dir = '';
  let remove: () => Promise<void> = async () => undefined;

  before(async () => {
    ({ dir, remove } = await makeTempDir());
  });
  after(() => remove());

  async function fileWith(name: string, bytes: Uint8Array): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  }

  function rejectsWith(path: string, pattern: RegExp) {
    return (error: unknown) => {
      assert.ok(error instanceof DatasetError, `expected a DatasetError, got ${error}`);
      assert.match(error.message, pattern);
      assert.ok(error.message.includes(path), 'the message names the file');
      assert.match(error.message, /Re-download it|delete it/);
      return true;
    };
  }

  it('reads images as bytes with their count and shape', async () => {
    const path = await fileWith('images', imagesIdx(3, 4, 5));

    const result = await readIdxImages(path);

    assert.equal(result.count, 3);
    assert.equal(result.rows, 4);
    assert.equal(result.cols, 5);
    assert.ok(result.images instanceof Uint8Array);
    assert.deepEqual([...result.images.subarray(20, 23)], [7, 8, 9]);
    assert.equal(result.images.length, 60);
  });

  it('gives identical results for gzipped and plain files, whatever their names', async () => {
    const plain = await fileWith('plain.gz', imagesIdx(9));
    const gzipped = await fileWith('gzipped', gzipSync(imagesIdx(9)));
    const plainLabels = await fileWith('labels', labelsIdx([3, 1, 4, 1, 5]));
    const gzippedLabels = await fileWith(
      'labels.gz',
      gzipSync(labelsIdx([3, 1, 4, 1, 5])),
    );

    assert.deepEqual(await readIdxImages(gzipped), await readIdxImages(plain));
    assert.deepEqual(
      await readIdxLabels(gzippedLabels),
      await readIdxLabels(plainLabels),
    );
    assert.deepEqual([...(await readIdxLabels(gzippedLabels))], [3, 1, 4, 1, 5]);
  });

  it('recognises gzip by its magic bytes', () => {
    assert.equal(isGzip(gzipSync(Buffer.from('x'))), true);
    assert.equal(isGzip(imagesIdx(1)), false);
    assert.equal(isGzip(new Uint8Array([0x1f])), false);
  });

  it('rejects a file that is not IDX at all', async () => {
    const path = await fileWith('page.html', Buffer.from('<html>Not found</html>'));

    await assert.rejects(
      readIdxImages(path),
      rejectsWith(path, /is not an IDX images file: it starts with 0x3C68746D/),
    );
  });

  it('rejects values that are not unsigned bytes', async () => {
    const floats = imagesIdx(1);
    floats[2] = 0x0d;
    const path = await fileWith('floats', floats);

    await assert.rejects(readIdxImages(path), rejectsWith(path, /stores 32-bit floats/));
  });

  it('rejects a labels file read as images, and images read as labels', async () => {
    const labels = await fileWith('swapped-labels', labelsIdx([1, 2]));
    const images = await fileWith('swapped-images', imagesIdx(2));

    await assert.rejects(
      readIdxImages(labels),
      rejectsWith(
        labels,
        /has 1 dimension where IDX images have 3; is it a file of labels/,
      ),
    );
    await assert.rejects(
      readIdxLabels(images),
      rejectsWith(images, /has 3 dimensions where IDX labels have 1/),
    );
  });

  it('rejects an empty file and a truncated header', async () => {
    const empty = await fileWith('empty', new Uint8Array(0));
    const header = await fileWith('header', imagesIdx(2).subarray(0, 10));

    await assert.rejects(readIdxImages(empty), rejectsWith(empty, /only 0 bytes long/));
    await assert.rejects(
      readIdxImages(header),
      rejectsWith(header, /truncated inside its 16-byte header/),
    );
  });

  it('rejects images cut short', async () => {
    const path = await fileWith('short', imagesIdx(10).subarray(0, 16 + 784 * 9 + 100));

    await assert.rejects(
      readIdxImages(path),
      rejectsWith(
        path,
        /is truncated: its header announces 10 images of 28x28 \(7840 bytes\)/,
      ),
    );
  });

  it('rejects bytes after the announced images or labels', async () => {
    const images = await fileWith('long', Buffer.concat([imagesIdx(2), Buffer.alloc(5)]));
    const labels = await fileWith(
      'long-labels',
      Buffer.concat([labelsIdx([1]), Buffer.alloc(1)]),
    );

    await assert.rejects(
      readIdxImages(images),
      rejectsWith(images, /has 5 unexpected bytes after the 2 images of 28x28/),
    );
    await assert.rejects(
      readIdxLabels(labels),
      rejectsWith(labels, /has 1 unexpected byte after the 1 label\b/),
    );
  });

  it('rejects an interrupted gzip stream', async () => {
    const whole = gzipSync(imagesIdx(20));
    const path = await fileWith('cut.gz', whole.subarray(0, whole.length - 300));

    await assert.rejects(
      readIdxImages(path),
      rejectsWith(path, /is not a complete gzip file \(unexpected end of file\)/),
    );
  });

  it('rejects a label that is not a class from 0 to 9', async () => {
    const path = await fileWith('bad-label', labelsIdx([0, 9, 4, 12, 3]));

    await assert.rejects(
      readIdxLabels(path),
      rejectsWith(path, /has label 12 at item 3, outside the classes 0 to 9/),
    );
  });

  it('rejects an empty shape', async () => {
    const path = await fileWith('no-images', imagesIdx(0));

    await assert.rejects(
      readIdxImages(path),
      rejectsWith(path, /empty shape \(0 x 28 x 28\)/),
    );
  });

  it('reports a file it cannot read', async () => {
    const path = join(dir, 'absent');

    await assert.rejects(readIdxImages(path), /Could not read .*absent: ENOENT/);
  });
});
