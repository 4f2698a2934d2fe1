export const RUN_STATUSES = [
  'queued',
  'running',
  'completed',
  'failed',
  'stopped',
  'interrupted',
] as const;

export type RunStatus = (typeof RUN_STATUSES)[number];

export const FINAL_STATUSES: readonly RunStatus[] = [
  'completed',
  'failed',
  'stopped',
  'interrupted',
];

export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

export interface RunSummary {
  steps: number;
  epochs: number;
  lastLoss: number | null;
  bestLoss: number | null;
  lastValLoss: number | null;
  bestValLoss: number | null;
  lastValAccuracy: number | null;
  bestValAccuracy: number | null;
}

/** The shape of `run.json` in every run folder. */
export interface RunRecord {
  id: string;
  name: string;
  configPath: string;
  status: RunStatus;
  /** The trainer process while it runs, so a reader can tell a live run from a crashed one. */
  pid: number | null;
  backend: BackendName | null;
  seed: number;
  epochs: number;
  versions: Record<string, string>;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  summary: RunSummary;
  error: string | null;
}

export function isRunStatus(value: unknown): value is RunStatus {
  return typeof value === 'string' && (RUN_STATUSES as readonly string[]).includes(value);
}

export function isFinalStatus(status: RunStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export interface NewRunFields {
  id: string;
  name: string;
  configPath: string;
  seed: number;
  epochs: number;
  /** Whoever owns the run until the trainer starts: the host that queued it, or null. */
  pid: number | null;
}

/** A `queued` record: what every run folder holds before its trainer starts. */
export function newRunRecord(fields: NewRunFields): RunRecord {
  return {
    ...fields,
    status: 'queued',
    backend: null,
    versions: {},
    createdAt: new Date().toISOString(),
    startedAt: null,
    finishedAt: null,
    summary: emptySummary(),
    error: null,
  };
}

export function emptySummary(): RunSummary {
  return {
    steps: 0,
    epochs: 0,
    lastLoss: null,
    bestLoss: null,
    lastValLoss: null,
    bestValLoss: null,
    lastValAccuracy: null,
    bestValAccuracy: null,
  };
}
