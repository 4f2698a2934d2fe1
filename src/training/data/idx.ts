import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { DatasetError } from './datasetError';

const gunzipAsync = promisify(gunzip);

export interface IdxImages {
  /** `count * rows * cols` grey levels, one byte each, image after image. */
  images: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

export const REDOWNLOAD_HINT =
  'Re-download it, or delete it so that a run with `download: true` fetches it again.';

const UNSIGNED_BYTE = 0x08;
const LARGEST_LABEL = 9;
const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 128 * 1024 * 1024;

const DTYPE_NAMES: Readonly<Record<number, string>> = {
  0x08: 'unsigned bytes',
  0x09: 'signed bytes',
  0x0b: '16-bit integers',
  0x0c: '32-bit integers',
  0x0d: '32-bit floats',
  0x0e: '64-bit floats',
};

interface IdxKind {
  what: 'images' | 'labels';
  dimensions: number;
  otherKind: string;
}

const IMAGES: IdxKind = { what: 'images', dimensions: 3, otherKind: 'labels' };
const LABELS: IdxKind = { what: 'labels', dimensions: 1, otherKind: 'images' };

function hex(value: number, digits: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, '0')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function magicOf(kind: IdxKind): number {
  return (UNSIGNED_BYTE << 8) | kind.dimensions;
}

// zlib's default 16 KB output chunks make a 47 MB inflate three times slower; the gzip
// trailer announces the inflated size, so one chunk of that size usually suffices.
function inflateChunkSize(gzipped: Uint8Array): number {
  if (gzipped.length < 4) {
    return MIN_CHUNK;
  }
  const announced = new DataView(gzipped.buffer, gzipped.byteOffset).getUint32(
    gzipped.length - 4,
    true,
  );
  return Math.min(Math.max(announced, MIN_CHUNK), MAX_CHUNK);
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

class IdxProblem {
  constructor(
    private readonly file: string,
    private readonly hint: string,
  ) {}

  error(problem: string): DatasetError {
    return new DatasetError(`${this.file} ${problem}. ${this.hint}`);
  }
}

function checkMagic(bytes: Uint8Array, kind: IdxKind, problem: IdxProblem): void {
  if (bytes.length < 4) {
    throw problem.error(
      `is only ${bytes.length} bytes long, too short to be an IDX file`,
    );
  }
  const magic = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  const expected = magicOf(kind);
  if (magic === expected) {
    return;
  }

  if (bytes[0] !== 0 || bytes[1] !== 0) {
    throw problem.error(
      `is not an IDX ${kind.what} file: it starts with ${hex(magic, 8)} where ` +
        `the magic number ${hex(expected, 8)} belongs`,
    );
  }
  const dtype = bytes[2] ?? 0;
  if (dtype !== UNSIGNED_BYTE) {
    const name = DTYPE_NAMES[dtype] ?? 'an unknown type';
    throw problem.error(
      `stores ${name} (type ${hex(dtype, 2)}) where unsigned bytes (type 0x08) ` +
        'were expected',
    );
  }
  throw problem.error(
    `has ${plural(bytes[3] ?? 0, 'dimension')} where IDX ${kind.what} have ${kind.dimensions}; ` +
      `is it a file of ${kind.otherKind}?`,
  );
}

function readDimensions(bytes: Uint8Array, kind: IdxKind, problem: IdxProblem): number[] {
  checkMagic(bytes, kind, problem);

  const headerLength = 4 + 4 * kind.dimensions;
  if (bytes.length < headerLength) {
    throw problem.error(`is truncated inside its ${headerLength}-byte header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, headerLength);
  const dimensions = Array.from({ length: kind.dimensions }, (_, i) =>
    view.getUint32(4 + 4 * i),
  );
  if (dimensions.some((size) => size === 0)) {
    throw problem.error(`announces an empty shape (${dimensions.join(' x ')})`);
  }
  return dimensions;
}

function checkPayloadLength(
  payload: number,
  expected: number,
  announced: string,
  problem: IdxProblem,
): void {
  if (payload < expected) {
    throw problem.error(
      `is truncated: its header announces ${announced} (${expected} bytes) but only ` +
        `${payload} bytes follow`,
    );
  }
  if (payload > expected) {
    throw problem.error(
      `has ${plural(payload - expected, 'unexpected byte')} after the ${announced} its header ` +
        'announces',
    );
  }
}

function payloadOf(bytes: Uint8Array, headerLength: number): Uint8Array {
  return new Uint8Array(
    bytes.buffer,
    bytes.byteOffset + headerLength,
    bytes.length - headerLength,
  );
}

/** Parses decompressed IDX image bytes; `file` only names the source in errors. */
export function parseIdxImages(
  bytes: Uint8Array,
  file: string,
  hint = REDOWNLOAD_HINT,
): IdxImages {
  const problem = new IdxProblem(file, hint);
  const [count = 0, rows = 0, cols = 0] = readDimensions(bytes, IMAGES, problem);
  const images = payloadOf(bytes, 16);

  const announced = `${plural(count, 'image')} of ${rows}x${cols}`;
  checkPayloadLength(images.length, count * rows * cols, announced, problem);
  return { images, count, rows, cols };
}

/** Parses decompressed IDX label bytes and checks every label is a class 0 to 9. */
export function parseIdxLabels(
  bytes: Uint8Array,
  file: string,
  hint = REDOWNLOAD_HINT,
): Uint8Array {
  const problem = new IdxProblem(file, hint);
  const [count = 0] = readDimensions(bytes, LABELS, problem);
  const labels = payloadOf(bytes, 8);
  checkPayloadLength(labels.length, count, plural(count, 'label'), problem);

  const bad = labels.findIndex((label) => label > LARGEST_LABEL);
  if (bad >= 0) {
    throw problem.error(
      `has label ${labels[bad]} at item ${bad}, outside the classes 0 to ${LARGEST_LABEL}`,
    );
  }
  return labels;
}

/** Reads a whole file and gunzips it when it starts with the gzip magic bytes. */
export async function readMaybeGzipped(
  path: string,
  hint = REDOWNLOAD_HINT,
): Promise<Buffer> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (error) {
    throw new DatasetError(`Could not read ${path}: ${(error as Error).message}`);
  }
  if (!isGzip(raw)) {
    return raw;
  }

  try {
    return await gunzipAsync(raw, { chunkSize: inflateChunkSize(raw) });
  } catch (error) {
    throw new IdxProblem(path, hint).error(
      `is not a complete gzip file (${(error as Error).message})`,
    );
  }
}

export async function readIdxImages(
  path: string,
  hint = REDOWNLOAD_HINT,
): Promise<IdxImages> {
  return parseIdxImages(await readMaybeGzipped(path, hint), path, hint);
}

export async function readIdxLabels(
  path: string,
  hint = REDOWNLOAD_HINT,
): Promise<Uint8Array> {
  return parseIdxLabels(await readMaybeGzipped(path, hint), path, hint);
}
