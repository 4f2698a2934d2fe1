import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const PYTHON = '/usr/bin/python3';

const MEASURE_SCRIPT = fileURLToPath(new URL('../python/measure.py', import.meta.url));
const KIB_PER_MIB = 1024;

function echoLines(stream, prefix, onLine) {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (onLine(line) !== false) {
      console.log(`${prefix} ${line}`);
    }
  });
  return new Promise((resolve) => lines.on('close', resolve));
}

async function readMeasurement(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return {};
  }
}

function toMiB(kib) {
  return typeof kib === 'number' ? kib / KIB_PER_MIB : null;
}

function waitForExit(child) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? signal));
  });
}

/**
 * Runs a command under measure.py, so that every variant's time and memory come from
 * the same place, echoing its output with a `[label]` prefix. `onLine` may return
 * false to keep a line out of the echo.
 */
export async function runMeasured({ label, command, args, env, onLine = () => true }) {
  const scratch = await mkdtemp(join(tmpdir(), 'trainboard-measure-'));
  const resultPath = join(scratch, 'measure.json');
  const measured = existsSync(PYTHON);
  const [file, argv] = measured
    ? [PYTHON, [MEASURE_SCRIPT, '--out', resultPath, '--', command, ...args]]
    : [command, args];

  const started = performance.now();
  const child = spawn(file, argv, {
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const echoed = Promise.all([
    echoLines(child.stdout, `[${label}]`, (line) => {
      lines.push(line);
      return onLine(line);
    }),
    echoLines(child.stderr, `[${label}]`, () => true),
  ]);
  const exit = await waitForExit(child);
  await echoed;
  const wallSeconds = (performance.now() - started) / 1000;

  const measurement = measured ? await readMeasurement(resultPath) : {};
  await rm(scratch, { recursive: true, force: true });

  return {
    exitCode: measurement.exitCode ?? exit,
    wallSeconds: measurement.wallSeconds ?? wallSeconds,
    cpuSeconds: measurement.cpuSeconds ?? null,
    maxRssMiB: toMiB(measurement.maxRssKiB),
    peakTreePssMiB: toMiB(measurement.peakTreePssKiB),
    lines,
  };
}
