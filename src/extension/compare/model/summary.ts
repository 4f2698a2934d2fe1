import type { CompareSummary } from '../../../contract/compareMessages';
import type { RunRecord } from '../../../contract/runRecord';
import type { EpochEvent, TrainerEvent } from '../../../contract/trainerEvents';

function finite(value: number | undefined | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function extreme(values: readonly number[], pick: (a: number, b: number) => number) {
  const known = values.filter(Number.isFinite);
  return known.length === 0 ? null : known.reduce((a, b) => pick(a, b));
}

function secondsBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) {
    return null;
  }
  const seconds = (Date.parse(end) - Date.parse(start)) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, seconds) : null;
}

function lastElapsed(events: readonly TrainerEvent[]): number | null {
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index]!;
    if (event.type === 'batch' || event.type === 'epoch') {
      return event.elapsed;
    }
  }
  return null;
}

/** The table's numbers of one run, read from every event it recorded. */
export function summaryFromEvents(
  record: RunRecord,
  events: readonly TrainerEvent[],
): CompareSummary {
  const epochs = events.filter((event): event is EpochEvent => event.type === 'epoch');
  const last = epochs[epochs.length - 1];
  const lastValLoss = finite(last?.valLoss);
  const lastLoss = finite(last?.loss);

  return {
    finalLoss: last ? lastLoss : finite(record.summary.lastLoss),
    bestLoss: extreme(
      epochs.map((epoch) => epoch.loss),
      Math.min,
    ),
    bestValLoss: extreme(
      epochs.map((epoch) => epoch.valLoss),
      Math.min,
    ),
    bestValAccuracy: extreme(
      epochs.map((epoch) => epoch.valAccuracy),
      Math.max,
    ),
    gap: lastValLoss !== null && lastLoss !== null ? lastValLoss - lastLoss : null,
    epochs: epochs.length,
    durationSeconds:
      secondsBetween(record.startedAt, record.finishedAt) ?? lastElapsed(events),
  };
}
