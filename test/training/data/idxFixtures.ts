import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DataConfig } from '../../../src/training/config/types';

/** An IDX images file whose pixel `p` of image `i` is `(i * 7 + p) % 256`. */
export function imagesIdx(count: number, rows = 28, cols = 28): Buffer {
  const bytes = Buffer.alloc(16 + count * rows * cols);
  bytes.writeUInt32BE(0x803, 0);
  bytes.writeUInt32BE(count, 4);
  bytes.writeUInt32BE(rows, 8);
  bytes.writeUInt32BE(cols, 12);
  for (let i = 0; i < count * rows * cols; i++) {
    bytes[16 + i] = (Math.floor(i / (rows * cols)) * 7 + (i % (rows * cols))) % 256;
  }
  return bytes;
}

export function labelsIdx(labels: readonly number[]): Buffer {
  const bytes = Buffer.alloc(8 + labels.length);
  bytes.writeUInt32BE(0x801, 0);
  bytes.writeUInt32BE(labels.length, 4);
  labels.forEach((label, i) => (bytes[8 + i] = label));
  return bytes;
}

export function cyclingLabels(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i % 10);
}

export async function makeTempDir(): Promise<{
  dir: string;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'trainboard-data-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface SyntheticDataset {
  trainCount?: number;
  testCount?: number;
  gzip?: boolean;
}

/** Writes the four MNIST-named files of a small made-up dataset into `dir`. */
export async function writeSyntheticDataset(
  dir: string,
  { trainCount = 30, testCount = 12, gzip = false }: SyntheticDataset = {},
): Promise<void> {
  const suffix = gzip ? '.gz' : '';
  const encode = (bytes: Buffer) => (gzip ? gzipSync(bytes) : bytes);
  await Promise.all([
    writeFile(
      join(dir, `train-images-idx3-ubyte${suffix}`),
      encode(imagesIdx(trainCount)),
    ),
    writeFile(
      join(dir, `train-labels-idx1-ubyte${suffix}`),
      encode(labelsIdx(cyclingLabels(trainCount))),
    ),
    writeFile(join(dir, `t10k-images-idx3-ubyte${suffix}`), encode(imagesIdx(testCount))),
    writeFile(
      join(dir, `t10k-labels-idx1-ubyte${suffix}`),
      encode(labelsIdx(cyclingLabels(testCount))),
    ),
  ]);
}

export function dataConfig(overrides: Partial<DataConfig>): DataConfig {
  return {
    dataset: 'mnist',
    dir: '/nonexistent',
    download: false,
    trainLimit: null,
    testLimit: null,
    ...overrides,
  };
}
