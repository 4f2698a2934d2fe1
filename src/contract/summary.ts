import { emptySummary, type RunSummary } from './runRecord';
import type { TrainerEvent } from './trainerEvents';

function lower(best: number | null, value: number): number {
  return best === null ? value : Math.min(best, value);
}

function higher(best: number | null, value: number): number {
  return best === null ? value : Math.max(best, value);
}

/** Folds one event into a run's summary; pure, so every process agrees on the numbers. */
export function updateSummary(summary: RunSummary, event: TrainerEvent): RunSummary {
  if (event.type === 'batch') {
    return {
      ...summary,
      steps: event.step,
      lastLoss: event.loss,
      bestLoss: lower(summary.bestLoss, event.loss),
    };
  }

  if (event.type === 'epoch') {
    return {
      ...summary,
      epochs: event.epoch,
      lastValLoss: event.valLoss,
      bestValLoss: lower(summary.bestValLoss, event.valLoss),
      lastValAccuracy: event.valAccuracy,
      bestValAccuracy: higher(summary.bestValAccuracy, event.valAccuracy),
    };
  }

  return summary;
}

export function summarizeEvents(events: readonly TrainerEvent[]): RunSummary {
  return events.reduce(updateSummary, emptySummary());
}
