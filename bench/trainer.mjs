import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

import {
  PYTHON_VARIANTS,
  pythonUnavailableReason,
  runPythonVariant,
} from './trainer/python.mjs';
import {
  evaluateTargets,
  formatDetails,
  formatTable,
  formatTargets,
} from './trainer/report.mjs';
import { measureStartup } from './trainer/startup.mjs';
import { prepareScratch, runTrainboard } from './trainer/trainboard.mjs';

export const description =
  'the reference MLP recipe: Trainboard side by side with PyTorch and numpy';

const DEFAULT_EPOCHS = 5;
const STARTUP_RUNS = 3;
const DATA_DIR = '/usr/share/datasets/fashion-mnist';

const TRAINBOARD = { name: 'trainboard', label: 'Trainboard' };
const VARIANT_NAMES = [
  TRAINBOARD.name,
  ...PYTHON_VARIANTS.map((variant) => variant.name),
];

function readOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      epochs: { type: 'string', default: String(DEFAULT_EPOCHS) },
      'skip-python': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });

  const epochs = Number(values.epochs);
  if (!Number.isInteger(epochs) || epochs < 1) {
    throw new Error(
      `--epochs takes a whole number of at least 1, not "${values.epochs}"`,
    );
  }

  const only = values.only?.split(',') ?? VARIANT_NAMES;
  const unknown = only.filter((name) => !VARIANT_NAMES.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown variant ${unknown.join(', ')}; known: ${VARIANT_NAMES.join(', ')}`,
    );
  }

  const selected = VARIANT_NAMES.filter(
    (name) => only.includes(name) && !(values['skip-python'] && name !== TRAINBOARD.name),
  );
  if (selected.length === 0) {
    throw new Error('--only and --skip-python leave no variant to run');
  }
  return { epochs, selected };
}

async function runPythonVariants(selected, epochs) {
  const wanted = PYTHON_VARIANTS.filter((variant) => selected.includes(variant.name));
  const unavailable = wanted.length > 0 ? pythonUnavailableReason() : null;
  if (unavailable) {
    console.log(`${unavailable}: running the Trainboard variant only.`);
  }

  const results = [];
  for (const variant of wanted) {
    const result = unavailable
      ? { status: 'skipped', reason: unavailable }
      : await runPythonVariant(variant, { epochs, dataDir: DATA_DIR });
    results.push({ name: variant.name, label: variant.label, ...result });
  }
  return results;
}

async function runTrainboardVariant(selected, epochs) {
  if (!selected.includes(TRAINBOARD.name)) {
    return { variant: null, startup: null };
  }

  const scratch = await prepareScratch({ epochs, defaultEpochs: DEFAULT_EPOCHS });
  try {
    console.log(`Trainboard start-up: ${STARTUP_RUNS} forks of the trainer child`);
    const startup = await measureStartup({ scratch, runs: STARTUP_RUNS });
    if (startup.status !== 'ok') {
      console.log(`Trainboard start-up ${startup.status}: ${startup.reason}`);
    }
    const variant = { ...TRAINBOARD, ...(await runTrainboard({ epochs, scratch })) };
    return { variant, startup };
  } finally {
    await scratch.remove();
  }
}

function printDetails(variants) {
  for (const variant of variants.filter((candidate) => candidate.details)) {
    console.log(formatDetails(variant));
  }

  for (const variant of variants.filter(
    (candidate) => candidate.reportLineProblems?.length,
  )) {
    console.log(
      `${variant.label} report lines differ: ${variant.reportLineProblems.join('; ')}`,
    );
  }
}

export async function run(args) {
  const { epochs, selected } = readOptions(args);
  const machine = { cpus: cpus().length, loadAverage: loadavg(), node: process.version };
  console.log(`${epochs} epoch(s); variants: ${selected.join(', ')}`);
  console.log(
    `load average before: ${machine.loadAverage.map((load) => load.toFixed(2))}`,
  );

  const { variant, startup } = await runTrainboardVariant(selected, epochs);
  const variants = [
    ...(variant ? [variant] : []),
    ...(await runPythonVariants(selected, epochs)),
  ];
  const byName = Object.fromEntries(variants.map((entry) => [entry.name, entry]));
  const targets = evaluateTargets(byName, startup);

  console.log(`\n${formatTable(variants)}\n`);
  printDetails(variants);
  console.log(`\n${formatTargets(targets)}`);
  return { epochs, machine, variants, startup, targets };
}
