import { isRunStatus, type RunStatus } from './runRecord';

/** What the panel shows of one run besides its curves. */
export interface PanelRunInfo {
  id: string;
  name: string;
  status: RunStatus;
  colorIndex: number;
  epoch: number;
  epochs: number;
  lastLoss: number | null;
  bestValAccuracy: number | null;
  durationSeconds: number | null;
  error: string | null;
}

/** A measured value; null stands for a non-finite one, since JSON has no NaN. */
export type PanelValue = number | null;

/**
 * Columnar series: index i of each array belongs to the same point. Steps and
 * epochs ascend; `batch*` share one length, `report*` another, and the four
 * epoch columns a third.
 */
export interface PanelSeries {
  batchSteps: number[];
  batchLosses: PanelValue[];
  reportSteps: number[];
  reportLosses: PanelValue[];
  epochs: number[];
  epochLosses: PanelValue[];
  valLosses: PanelValue[];
  valAccuracies: PanelValue[];
}

export interface PanelRun {
  info: PanelRunInfo;
  series: PanelSeries;
}

export type ExportFormat = 'csv' | 'json';

/** One change to what the panel shows. */
export type PanelUpdate =
  | { type: 'reset'; runs: PanelRun[] }
  | { type: 'runInfo'; info: PanelRunInfo }
  | { type: 'append'; runId: string; series: PanelSeries }
  | { type: 'removeRun'; runId: string }
  | { type: 'select'; runIds: string[] };

/** Updates travel together, in order, so many live runs share each message. */
export type HostToPanelMessage = PanelUpdate | { type: 'batch'; updates: PanelUpdate[] };

export type PanelToHostMessage =
  | { type: 'ready' }
  | { type: 'rerun'; runId: string }
  | { type: 'stop'; runId: string }
  | { type: 'export'; runId: string; format: ExportFormat };

export function emptyPanelSeries(): PanelSeries {
  return {
    batchSteps: [],
    batchLosses: [],
    reportSteps: [],
    reportLosses: [],
    epochs: [],
    epochLosses: [],
    valLosses: [],
    valAccuracies: [],
  };
}

function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) {
    target.push(item);
  }
}

/** Adds new points to a run's columns in place; the arrays can hold many thousands. */
export function appendPanelSeries(target: PanelSeries, added: PanelSeries): void {
  pushAll(target.batchSteps, added.batchSteps);
  pushAll(target.batchLosses, added.batchLosses);
  pushAll(target.reportSteps, added.reportSteps);
  pushAll(target.reportLosses, added.reportLosses);
  pushAll(target.epochs, added.epochs);
  pushAll(target.epochLosses, added.epochLosses);
  pushAll(target.valLosses, added.valLosses);
  pushAll(target.valAccuracies, added.valAccuracies);
}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumberOrNull(value: unknown): boolean {
  return value === null || typeof value === 'number';
}

function isRunId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isNumberColumn(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

function isValueColumn(value: unknown): value is PanelValue[] {
  return Array.isArray(value) && value.every(isNumberOrNull);
}

function sameLength(first: unknown[], ...rest: unknown[][]): boolean {
  return rest.every((column) => column.length === first.length);
}

export function isPanelSeries(value: unknown): value is PanelSeries {
  if (!isRecord(value)) {
    return false;
  }

  const { batchSteps, batchLosses, reportSteps, reportLosses } = value;
  const { epochs, epochLosses, valLosses, valAccuracies } = value;
  if (
    !isNumberColumn(batchSteps) ||
    !isNumberColumn(reportSteps) ||
    !isNumberColumn(epochs) ||
    !isValueColumn(batchLosses) ||
    !isValueColumn(reportLosses) ||
    !isValueColumn(epochLosses) ||
    !isValueColumn(valLosses) ||
    !isValueColumn(valAccuracies)
  ) {
    return false;
  }

  return (
    sameLength(batchSteps, batchLosses) &&
    sameLength(reportSteps, reportLosses) &&
    sameLength(epochs, epochLosses, valLosses, valAccuracies)
  );
}

export function isPanelRunInfo(value: unknown): value is PanelRunInfo {
  if (!isRecord(value)) {
    return false;
  }

  return (
    isRunId(value['id']) &&
    typeof value['name'] === 'string' &&
    isRunStatus(value['status']) &&
    Number.isInteger(value['colorIndex']) &&
    typeof value['epoch'] === 'number' &&
    typeof value['epochs'] === 'number' &&
    isNumberOrNull(value['lastLoss']) &&
    isNumberOrNull(value['bestValAccuracy']) &&
    isNumberOrNull(value['durationSeconds']) &&
    (value['error'] === null || typeof value['error'] === 'string')
  );
}

function isPanelRun(value: unknown): value is PanelRun {
  return (
    isRecord(value) && isPanelRunInfo(value['info']) && isPanelSeries(value['series'])
  );
}

/** The host sends these; the panel checks them before drawing anything. */
export function isHostToPanelMessage(value: unknown): value is HostToPanelMessage {
  if (isRecord(value) && value['type'] === 'batch') {
    return Array.isArray(value['updates']) && value['updates'].every(isPanelUpdate);
  }
  return isPanelUpdate(value);
}

export function isPanelUpdate(value: unknown): value is PanelUpdate {
  if (!isRecord(value)) {
    return false;
  }

  switch (value['type']) {
    case 'reset':
      return Array.isArray(value['runs']) && value['runs'].every(isPanelRun);
    case 'runInfo':
      return isPanelRunInfo(value['info']);
    case 'append':
      return isRunId(value['runId']) && isPanelSeries(value['series']);
    case 'removeRun':
      return isRunId(value['runId']);
    case 'select':
      return Array.isArray(value['runIds']) && value['runIds'].every(isRunId);
    default:
      return false;
  }
}

/** The panel sends these; the host checks every one, since a webview is untrusted. */
export function isPanelToHostMessage(value: unknown): value is PanelToHostMessage {
  if (!isRecord(value)) {
    return false;
  }

  switch (value['type']) {
    case 'ready':
      return true;
    case 'rerun':
    case 'stop':
      return isRunId(value['runId']);
    case 'export':
      return (
        isRunId(value['runId']) &&
        (value['format'] === 'csv' || value['format'] === 'json')
      );
    default:
      return false;
  }
}
