import type { RunStatus } from './runRecord';

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

/** Columnar series: index i of each array belongs to the same point. */
export interface PanelSeries {
  batchSteps: number[];
  batchLosses: number[];
  reportSteps: number[];
  reportLosses: number[];
  epochs: number[];
  epochLosses: number[];
  valLosses: number[];
  valAccuracies: number[];
}

export type HostToPanelMessage =
  | { type: 'reset'; runs: { info: PanelRunInfo; series: PanelSeries }[] }
  | { type: 'runInfo'; info: PanelRunInfo }
  | { type: 'append'; runId: string; series: PanelSeries }
  | { type: 'removeRun'; runId: string }
  | { type: 'select'; runIds: string[] };

export type PanelToHostMessage =
  | { type: 'ready' }
  | { type: 'rerun'; runId: string }
  | { type: 'stop'; runId: string }
  | { type: 'export'; runId: string; format: 'csv' | 'json' };
