import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { PYTHON, runMeasured } from '../lib/measure.mjs';
import { sum } from '../lib/stats.mjs';
import { reportLineProblems } from './recipe.mjs';

const RESULT_PREFIX = 'BENCH_RESULT ';
const OLD_OPENBLAS_SAFETY = ['OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE'];

export const PYTHON_VARIANTS = [
  {
    name: 'pytorch-dataloader',
    label: 'PyTorch DataLoader',
    script: 'reference_dataloader.py',
  },
  {
    name: 'pytorch-preloaded',
    label: 'PyTorch preloaded',
    script: 'reference_preloaded.py',
  },
  {
    name: 'numpy',
    label: 'numpy, one thread',
    script: 'reference_numpy.py',
    env: oneThreadBlasEnv,
  },
];

function oneThreadBlasEnv() {
  const kept = Object.entries(process.env).filter(
    ([name]) => !OLD_OPENBLAS_SAFETY.includes(name),
  );
  return { ...Object.fromEntries(kept), OPENBLAS_NUM_THREADS: '1' };
}

/** Why the PyTorch variants cannot run here, or null when they can. */
export function pythonUnavailableReason() {
  const probe = spawnSync(PYTHON, ['-c', 'import numpy, torch, torchvision'], {
    encoding: 'utf8',
  });
  if (probe.error) {
    return `${PYTHON} cannot be run (${probe.error.message})`;
  }

  if (probe.status !== 0) {
    const lastLine = probe.stderr.trim().split('\n').at(-1);
    return `${PYTHON} lacks PyTorch (${lastLine})`;
  }
  return null;
}

function parseResult(lines) {
  const line = lines.findLast((candidate) => candidate.startsWith(RESULT_PREFIX));
  return line ? JSON.parse(line.slice(RESULT_PREFIX.length)) : null;
}

export async function runPythonVariant(variant, { epochs, dataDir }) {
  const script = fileURLToPath(new URL(`../python/${variant.script}`, import.meta.url));
  const env = {
    ...(variant.env?.() ?? process.env),
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
  };
  const run = await runMeasured({
    label: variant.name,
    command: PYTHON,
    args: [script, '--epochs', String(epochs), '--data-dir', dataDir],
    env,
    onLine: (line) => !line.startsWith(RESULT_PREFIX),
  });

  const result = parseResult(run.lines);
  if (run.exitCode !== 0 || result === null) {
    const reason = `exit ${run.exitCode}, ${result ? 'with' : 'no'} result line`;
    return {
      status: 'failed',
      reason,
      totalSeconds: run.wallSeconds,
      maxRssMiB: run.maxRssMiB,
    };
  }

  const epochSeconds = result.epochs.map((epoch) => epoch.seconds);
  return {
    status: 'ok',
    epochSeconds,
    totalSeconds: run.wallSeconds,
    trainingSeconds: sum(epochSeconds),
    steps: result.steps,
    cpuSeconds: run.cpuSeconds,
    maxRssMiB: run.maxRssMiB,
    peakTreePssMiB: run.peakTreePssMiB,
    finalValAccuracy: result.finalValAccuracy,
    epochs: result.epochs,
    reportLineProblems: reportLineProblems(run.lines, epochs),
    details: result.details,
  };
}
