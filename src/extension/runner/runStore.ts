import type { PanelSeries, RunRecord, TrainerEvent } from '../../contract';
import { Emitter } from './emitter';
import { applyEventToRecord } from './recordEvents';
import { addEventToSeries, appendSeries, emptySeries, isEmptySeries } from './series';

/** Everything the host knows of one run: its record and every chart point so far. */
export interface StoredRun {
  record: RunRecord;
  runsDir: string;
  series: PanelSeries;
  colorIndex: number;
  stepsPerEpoch: number | null;
  /** Seconds since the trainer started, as of the latest batch or epoch. */
  elapsedSeconds: number | null;
  /** The epoch the latest batch belonged to. */
  currentEpoch: number;
}

export type RunChange =
  | { kind: 'added'; runId: string }
  | { kind: 'updated'; runId: string }
  | { kind: 'appended'; runId: string; series: PanelSeries }
  | { kind: 'removed'; runId: string };

/** The host's single source of run state, read by the panel and the status bar. */
export class RunStore {
  private readonly runs = new Map<string, StoredRun>();
  private readonly changes = new Emitter<RunChange>();
  private nextColor = 0;

  readonly onDidChange = this.changes.event;

  has(runId: string): boolean {
    return this.runs.has(runId);
  }

  get(runId: string): StoredRun | undefined {
    return this.runs.get(runId);
  }

  /** Oldest first: run ids sort by creation time. */
  list(): StoredRun[] {
    return [...this.runs.values()].sort((a, b) => a.record.id.localeCompare(b.record.id));
  }

  /** Adds a run, or replaces one with the same id (a reload from disk). */
  add(
    record: RunRecord,
    runsDir: string,
    events: readonly TrainerEvent[] = [],
  ): StoredRun {
    const existing = this.runs.get(record.id);
    const run: StoredRun = {
      record,
      runsDir,
      series: emptySeries(),
      colorIndex: existing?.colorIndex ?? this.nextColor++,
      stepsPerEpoch: null,
      elapsedSeconds: null,
      currentEpoch: 0,
    };
    for (const event of events) {
      trackProgress(run, event);
      addEventToSeries(run.series, event);
    }

    this.runs.set(record.id, run);
    if (existing) {
      this.changes.fire({ kind: 'removed', runId: record.id });
    }
    this.changes.fire({ kind: 'added', runId: record.id });
    return run;
  }

  /** Folds live trainer events into the run's record and series. */
  applyEvents(runId: string, events: readonly TrainerEvent[]): void {
    const run = this.runs.get(runId);
    if (!run || events.length === 0) {
      return;
    }

    const added = emptySeries();
    for (const event of events) {
      run.record = applyEventToRecord(run.record, event);
      trackProgress(run, event);
      addEventToSeries(added, event);
    }
    appendSeries(run.series, added);

    if (!isEmptySeries(added)) {
      this.changes.fire({ kind: 'appended', runId, series: added });
    }
    this.changes.fire({ kind: 'updated', runId });
  }

  replaceRecord(record: RunRecord): void {
    const run = this.runs.get(record.id);
    if (!run) {
      return;
    }
    run.record = record;
    this.changes.fire({ kind: 'updated', runId: record.id });
  }

  remove(runId: string): void {
    if (this.runs.delete(runId)) {
      this.changes.fire({ kind: 'removed', runId });
    }
  }

  dispose(): void {
    this.changes.dispose();
  }
}

function trackProgress(run: StoredRun, event: TrainerEvent): void {
  if (event.type === 'started') {
    run.stepsPerEpoch = event.stepsPerEpoch;
  } else if (event.type === 'batch' || event.type === 'epoch') {
    run.elapsedSeconds = event.elapsed;
    run.currentEpoch = Math.max(run.currentEpoch, event.epoch);
  } else if (event.type === 'epochStarted') {
    run.currentEpoch = Math.max(run.currentEpoch, event.epoch);
  }
}
