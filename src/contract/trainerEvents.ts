import type { BackendName } from './runRecord';

/** Every event the trainer emits, one per line of `metrics.jsonl`. */
export type TrainerEvent =
  | RunStartedEvent
  | EpochStartedEvent
  | BatchEvent
  | ReportEvent
  | EpochEvent
  | FinishedEvent
  | FailedEvent
  | StoppedEvent;

export interface RunStartedEvent {
  type: 'started';
  runId: string;
  name: string;
  backend: BackendName;
  seed: number;
  epochs: number;
  stepsPerEpoch: number;
  trainSize: number;
  testSize: number;
  time: string;
}

export interface EpochStartedEvent {
  type: 'epochStarted';
  epoch: number;
  line: string;
}

/** One mini-batch; `step` is 1-based over the whole run, `elapsed` in seconds. */
export interface BatchEvent {
  type: 'batch';
  step: number;
  epoch: number;
  loss: number;
  elapsed: number;
}

/** The mean loss of the last `log_every` mini-batches, with the reference line. */
export interface ReportEvent {
  type: 'report';
  step: number;
  epoch: number;
  batch: number;
  loss: number;
  line: string;
}

export interface EpochEvent {
  type: 'epoch';
  epoch: number;
  step: number;
  loss: number;
  valLoss: number;
  valAccuracy: number;
  seconds: number;
  elapsed: number;
}

export interface FinishedEvent {
  type: 'finished';
  line: string;
  seconds: number;
  time: string;
}

export interface FailedEvent {
  type: 'failed';
  message: string;
  time: string;
}

export interface StoppedEvent {
  type: 'stopped';
  step: number;
  time: string;
}

export type TrainerEventType = TrainerEvent['type'];

type FieldKind = 'string' | 'number';

const EVENT_FIELDS: { [K in TrainerEventType]: Record<string, FieldKind> } = {
  started: {
    runId: 'string',
    name: 'string',
    backend: 'string',
    seed: 'number',
    epochs: 'number',
    stepsPerEpoch: 'number',
    trainSize: 'number',
    testSize: 'number',
    time: 'string',
  },
  epochStarted: { epoch: 'number', line: 'string' },
  batch: { step: 'number', epoch: 'number', loss: 'number', elapsed: 'number' },
  report: {
    step: 'number',
    epoch: 'number',
    batch: 'number',
    loss: 'number',
    line: 'string',
  },
  epoch: {
    epoch: 'number',
    step: 'number',
    loss: 'number',
    valLoss: 'number',
    valAccuracy: 'number',
    seconds: 'number',
    elapsed: 'number',
  },
  finished: { line: 'string', seconds: 'number', time: 'string' },
  failed: { message: 'string', time: 'string' },
  stopped: { step: 'number', time: 'string' },
};

export function isTrainerEvent(value: unknown): value is TrainerEvent {
  if (typeof value !== 'object' || value === null) {
    return false;
  }

  const record = value as Record<string, unknown>;
  const type = record['type'];
  if (typeof type !== 'string' || !Object.hasOwn(EVENT_FIELDS, type)) {
    return false;
  }

  const fields = EVENT_FIELDS[type as TrainerEventType];
  return Object.entries(fields).every(([field, kind]) => typeof record[field] === kind);
}
