import type { RunStatus } from '../../contract';
import type { RunStore } from './runStore';

export interface RunView {
  id: string;
  name: string;
  status: RunStatus;
  points: number;
  epochs: number;
  error: string | null;
}

/** The host's view of its runs, for end-to-end tests to read. */
export function describeRuns(store: RunStore): RunView[] {
  return store.list().map((run) => ({
    id: run.record.id,
    name: run.record.name,
    status: run.record.status,
    points: run.series.batchSteps.length,
    epochs: run.series.epochs.length,
    error: run.record.error,
  }));
}
