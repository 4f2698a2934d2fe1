import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

import { runMeasured } from '../lib/measure.mjs';
import { sum } from '../lib/stats.mjs';
import { reportLineProblems } from './recipe.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const CLI_PATH = join(root, 'dist/training/cli.js');
export const REFERENCE_CONFIG = join(root, 'bench/configs/fashion-reference.yaml');

/** A scratch folder holding the config to train (a copy when epochs differ) and runs. */
export async function prepareScratch({ epochs, defaultEpochs }) {
  const dir = await mkdtemp(join(tmpdir(), 'trainboard-bench-'));
  let configPath = REFERENCE_CONFIG;
  if (epochs !== defaultEpochs) {
    const config = parse(await readFile(REFERENCE_CONFIG, 'utf8'));
    config.training = { ...config.training, epochs };
    configPath = join(dir, 'fashion-reference.yaml');
    await writeFile(configPath, stringify(config));
  }

  return {
    configPath,
    runsDir: (name) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

async function readRun(runsDir) {
  const entries = await readdir(runsDir, { withFileTypes: true }).catch(() => []);
  const runDir = entries.find((entry) => entry.isDirectory());
  if (!runDir) {
    return null;
  }

  const dir = join(runsDir, runDir.name);
  const record = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'));
  const metrics = await readFile(join(dir, 'metrics.jsonl'), 'utf8');
  const events = metrics
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  return { record, events };
}

export async function runTrainboard({ epochs, scratch }) {
  if (!existsSync(CLI_PATH)) {
    return { status: 'skipped', reason: 'dist/training/cli.js is missing' };
  }

  const runsDir = scratch.runsDir('full');
  const run = await runMeasured({
    label: 'trainboard',
    command: process.execPath,
    args: [CLI_PATH, 'train', scratch.configPath, '--runs-dir', runsDir],
  });
  const saved = await readRun(runsDir);
  if (run.exitCode !== 0 || saved === null) {
    return {
      status: 'failed',
      reason: `exit ${run.exitCode}`,
      totalSeconds: run.wallSeconds,
    };
  }

  const epochEvents = saved.events.filter((event) => event.type === 'epoch');
  const epochSeconds = epochEvents.map((event) => event.seconds);
  const lastEpoch = epochEvents.at(-1);
  const completed = saved.record.status === 'completed';
  return {
    status: completed ? 'ok' : 'failed',
    ...(completed ? {} : { reason: `run ${saved.record.status}` }),
    epochSeconds,
    totalSeconds: run.wallSeconds,
    trainingSeconds: sum(epochSeconds),
    steps: lastEpoch?.step ?? null,
    cpuSeconds: run.cpuSeconds,
    maxRssMiB: run.maxRssMiB,
    peakTreePssMiB: run.peakTreePssMiB,
    finalValAccuracy:
      saved.record.summary.lastValAccuracy ?? lastEpoch?.valAccuracy ?? null,
    epochs: epochEvents.map(({ seconds, valLoss, valAccuracy }) => ({
      seconds,
      valLoss,
      valAccuracy,
    })),
    reportLineProblems: reportLineProblems(run.lines, epochs),
    details: { backend: saved.record.backend, versions: saved.record.versions },
  };
}
