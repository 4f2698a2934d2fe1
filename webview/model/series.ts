import type { PanelSeries } from '../../src/contract/panelMessages';

function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) {
    target.push(item);
  }
}

/** Adds new points to a run's columns in place; the arrays can hold many thousands. */
export function appendSeries(target: PanelSeries, added: PanelSeries): void {
  pushAll(target.batchSteps, added.batchSteps);
  pushAll(target.batchLosses, added.batchLosses);
  pushAll(target.reportSteps, added.reportSteps);
  pushAll(target.reportLosses, added.reportLosses);
  pushAll(target.epochs, added.epochs);
  pushAll(target.epochLosses, added.epochLosses);
  pushAll(target.valLosses, added.valLosses);
  pushAll(target.valAccuracies, added.valAccuracies);
}

export interface PointCounts {
  batches: number;
  reports: number;
  epochs: number;
}

export function pointCounts(series: PanelSeries): PointCounts {
  return {
    batches: series.batchSteps.length,
    reports: series.reportSteps.length,
    epochs: series.epochs.length,
  };
}
