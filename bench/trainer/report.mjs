import { mean } from '../lib/stats.mjs';

const ACCURACY_TOLERANCE = 0.015;
const STARTUP_LIMIT_SECONDS = 1.5;

const COLUMNS = [
  ['variant', (v) => v.label],
  ['s/epoch', (v) => fixed(mean(v.epochSeconds ?? []), 1)],
  ['per epoch', (v) => (v.epochSeconds ?? []).map((s) => s.toFixed(1)).join(' ')],
  ['total s', (v) => fixed(v.totalSeconds, 1)],
  ['steps/s', (v) => fixed(v.steps / v.trainingSeconds, 0)],
  ['CPU s', (v) => fixed(v.cpuSeconds, 1)],
  ['max RSS MiB', (v) => fixed(v.maxRssMiB, 0)],
  ['tree PSS MiB', (v) => fixed(v.peakTreePssMiB, 0)],
  ['test acc', (v) => fixed(v.finalValAccuracy, 4)],
];

function fixed(value, digits) {
  return typeof value === 'number' && Number.isFinite(value)
    ? value.toFixed(digits)
    : '-';
}

export function formatTable(variants) {
  const header = COLUMNS.map(([title]) => title);
  const cells = variants.map((variant) =>
    variant.status === 'ok' ? COLUMNS.map(([, cell]) => cell(variant)) : null,
  );
  const widths = header.map((title, index) =>
    Math.max(title.length, ...cells.filter(Boolean).map((row) => row[index].length)),
  );
  widths[0] = Math.max(widths[0], ...variants.map((variant) => variant.label.length));

  const line = (row) =>
    row
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[index]),
      )
      .join('  ');
  const rows = variants.map((variant, index) =>
    cells[index]
      ? line(cells[index])
      : `${variant.label.padEnd(widths[0])}  ${variant.status}: ${variant.reason}`,
  );
  return [line(header), ...rows].join('\n');
}

function target(level, title, inputs, holds, detail) {
  const failed = inputs.find((input) => input?.status === 'failed');
  if (failed) {
    return { level, title, verdict: 'FAIL', detail: `did not finish: ${failed.reason}` };
  }

  if (inputs.some((input) => input?.status !== 'ok')) {
    return { level, title, verdict: 'SKIP', detail: 'not measured' };
  }
  return {
    level,
    title,
    verdict: holds(...inputs) ? 'PASS' : 'FAIL',
    detail: detail(...inputs),
  };
}

const ratio = (left, right) => `${(left / right).toFixed(2)}x`;

function timeTarget(level, trainboard, other, label) {
  return target(
    level,
    `Trainboard total <= ${label} total`,
    [trainboard, other],
    (left, right) => left.totalSeconds <= right.totalSeconds,
    (left, right) =>
      `${left.totalSeconds.toFixed(1)} s vs ${right.totalSeconds.toFixed(1)} s ` +
      `(${ratio(left.totalSeconds, right.totalSeconds)})`,
  );
}

/** The benchmark's targets, each PASS, FAIL or SKIP when a variant did not run. */
export function evaluateTargets(byName, startup) {
  const trainboard = byName.trainboard;
  const dataloader = byName['pytorch-dataloader'];

  return [
    timeTarget('required', trainboard, dataloader, 'PyTorch DataLoader'),
    target(
      'required',
      'Trainboard max RSS <= half of PyTorch DataLoader max RSS',
      [trainboard, dataloader],
      (left, right) => left.maxRssMiB <= right.maxRssMiB / 2,
      (left, right) =>
        `${left.maxRssMiB.toFixed(0)} MiB vs ${right.maxRssMiB.toFixed(0)} MiB ` +
        `(${ratio(left.maxRssMiB, right.maxRssMiB)})`,
    ),
    target(
      'required',
      `|Trainboard - PyTorch DataLoader test accuracy| <= ${ACCURACY_TOLERANCE}`,
      [trainboard, dataloader],
      (left, right) =>
        Math.abs(left.finalValAccuracy - right.finalValAccuracy) <= ACCURACY_TOLERANCE,
      (left, right) =>
        `${left.finalValAccuracy.toFixed(4)} vs ${right.finalValAccuracy.toFixed(4)}`,
    ),
    target(
      'required',
      `Trainboard start -> first batch < ${STARTUP_LIMIT_SECONDS} s (median)`,
      [startup],
      (measured) => measured.medianSeconds < STARTUP_LIMIT_SECONDS,
      (measured) =>
        `${measured.medianSeconds.toFixed(2)} s ` +
        `(${measured.seconds.map((seconds) => seconds.toFixed(2)).join(', ')})`,
    ),
    timeTarget('aim', trainboard, byName['pytorch-preloaded'], 'PyTorch preloaded'),
    timeTarget('aim', trainboard, byName.numpy, 'numpy one-thread'),
  ];
}

export function formatTargets(targets) {
  return targets
    .map(({ level, title, verdict, detail }) =>
      [verdict, level.padEnd(8), `${title}: ${detail}`].join('  '),
    )
    .join('\n');
}

function describeBlas(blas) {
  return blas
    .map((library) => {
      const threads = library.num_threads ? `, ${library.num_threads} thread(s)` : '';
      const version = library.version ? ` ${library.version}` : '';
      return `BLAS ${library.internal_api}${version} ${library.filepath}${threads}`;
    })
    .join('; ');
}

/** One line per variant naming what it ran on: versions, threads, BLAS, backend. */
export function formatDetails(variant) {
  const { blas = [], ...rest } = variant.details;
  const facts = Object.entries(rest).map(([key, value]) =>
    typeof value === 'object' ? `${key} ${JSON.stringify(value)}` : `${key} ${value}`,
  );
  return `${variant.label}: ${[...facts, describeBlas(blas)].filter(Boolean).join(', ')}`;
}
