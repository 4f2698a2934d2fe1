import type { PanelValue } from './panelMessages';
import { isRunStatus, type BackendName, type RunStatus } from './runRecord';

/**
 * One curve of one run. The three x columns and `values` share one length, so the
 * view can plot it against steps, epochs or seconds without asking the host again.
 */
export interface CompareCurve {
  steps: number[];
  /** Epochs done at that point; fractional for mini-batches within an epoch. */
  epochs: number[];
  /** Seconds since the trainer started. */
  elapsed: number[];
  values: PanelValue[];
}

export const COMPARE_CURVE_KEYS = ['trainLoss', 'valLoss', 'valAccuracy'] as const;

export type CompareCurveKey = (typeof COMPARE_CURVE_KEYS)[number];

/** A run's numbers for the table; null where the run has not got that far. */
export interface CompareSummary {
  /** The mean training loss of the last epoch, else the last mini-batch loss. */
  finalLoss: number | null;
  /** The lowest mean training loss of an epoch. */
  bestLoss: number | null;
  bestValLoss: number | null;
  bestValAccuracy: number | null;
  /** The last epoch's validation loss minus its training loss: how far it overfits. */
  gap: number | null;
  epochs: number;
  durationSeconds: number | null;
}

export const COMPARE_METRIC_KEYS = [
  'finalLoss',
  'bestLoss',
  'bestValLoss',
  'bestValAccuracy',
  'gap',
] as const;

/** The summary columns that have a best value to highlight. */
export type CompareMetricKey = (typeof COMPARE_METRIC_KEYS)[number];

export interface CompareRun {
  id: string;
  name: string;
  status: RunStatus;
  colorIndex: number;
  backend: BackendName | null;
  /** The config file's name, without its folder. */
  configFile: string;
  summary: CompareSummary;
  curves: Record<CompareCurveKey, CompareCurve>;
}

export type CompareConfigValue = string | number | boolean | null;

/** One config key across the runs; `values[i]` belongs to `runs[i]`, null if unknown. */
export interface CompareConfigRow {
  key: string;
  values: CompareConfigValue[];
  differs: boolean;
}

export interface Comparison {
  runs: CompareRun[];
  config: CompareConfigRow[];
  /** Per metric, the runs holding its best value (several on a tie). */
  best: Record<CompareMetricKey, string[]>;
}

export type HostToCompareMessage = { type: 'comparison'; comparison: Comparison };

export type CompareToHostMessage =
  { type: 'ready' } | { type: 'showInLossPanel'; runId: string };

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumberOrNull(value: unknown): value is number | null {
  return value === null || typeof value === 'number';
}

function isRunId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isNumbers(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

function isCompareCurve(value: unknown): value is CompareCurve {
  if (!isRecord(value)) {
    return false;
  }

  const { steps, epochs, elapsed, values } = value;
  return (
    isNumbers(steps) &&
    isNumbers(epochs) &&
    isNumbers(elapsed) &&
    Array.isArray(values) &&
    values.every(isNumberOrNull) &&
    epochs.length === steps.length &&
    elapsed.length === steps.length &&
    values.length === steps.length
  );
}

function isCompareSummary(value: unknown): value is CompareSummary {
  return (
    isRecord(value) &&
    COMPARE_METRIC_KEYS.every((key) => isNumberOrNull(value[key])) &&
    typeof value['epochs'] === 'number' &&
    isNumberOrNull(value['durationSeconds'])
  );
}

function isCompareRun(value: unknown): value is CompareRun {
  if (!isRecord(value) || !isRecord(value['curves'])) {
    return false;
  }

  const curves = value['curves'];
  return (
    isRunId(value['id']) &&
    typeof value['name'] === 'string' &&
    isRunStatus(value['status']) &&
    Number.isInteger(value['colorIndex']) &&
    (value['backend'] === null || typeof value['backend'] === 'string') &&
    typeof value['configFile'] === 'string' &&
    isCompareSummary(value['summary']) &&
    COMPARE_CURVE_KEYS.every((key) => isCompareCurve(curves[key]))
  );
}

function isConfigValue(value: unknown): value is CompareConfigValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isConfigRow(value: unknown, runCount: number): value is CompareConfigRow {
  return (
    isRecord(value) &&
    typeof value['key'] === 'string' &&
    typeof value['differs'] === 'boolean' &&
    Array.isArray(value['values']) &&
    value['values'].length === runCount &&
    value['values'].every(isConfigValue)
  );
}

function isBest(value: unknown): value is Comparison['best'] {
  return (
    isRecord(value) &&
    COMPARE_METRIC_KEYS.every((key) => {
      const ids = value[key];
      return Array.isArray(ids) && ids.every(isRunId);
    })
  );
}

export function isComparison(value: unknown): value is Comparison {
  if (!isRecord(value) || !Array.isArray(value['runs'])) {
    return false;
  }

  const runs = value['runs'];
  return (
    runs.every(isCompareRun) &&
    Array.isArray(value['config']) &&
    value['config'].every((row) => isConfigRow(row, runs.length)) &&
    isBest(value['best'])
  );
}

/** The compare view checks what the host sends before drawing it. */
export function isHostToCompareMessage(value: unknown): value is HostToCompareMessage {
  return (
    isRecord(value) && value['type'] === 'comparison' && isComparison(value['comparison'])
  );
}

/** The host checks every message of the compare view, since a webview is untrusted. */
export function isCompareToHostMessage(value: unknown): value is CompareToHostMessage {
  if (!isRecord(value)) {
    return false;
  }

  switch (value['type']) {
    case 'ready':
      return Object.keys(value).length === 1;
    case 'showInLossPanel':
      return Object.keys(value).length === 2 && isRunId(value['runId']);
    default:
      return false;
  }
}
