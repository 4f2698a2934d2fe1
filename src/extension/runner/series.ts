import {
  emptyPanelSeries,
  type PanelSeries,
  type PanelValue,
  type TrainerEvent,
} from '../../contract';

export const emptySeries = emptyPanelSeries;

function value(number: number): PanelValue {
  return Number.isFinite(number) ? number : null;
}

export function isEmptySeries(series: PanelSeries): boolean {
  return (
    series.batchSteps.length === 0 &&
    series.reportSteps.length === 0 &&
    series.epochs.length === 0
  );
}

/** Adds the chart points of one event to `series` in place. */
export function addEventToSeries(series: PanelSeries, event: TrainerEvent): void {
  if (event.type === 'batch') {
    series.batchSteps.push(event.step);
    series.batchLosses.push(value(event.loss));
  } else if (event.type === 'report') {
    series.reportSteps.push(event.step);
    series.reportLosses.push(value(event.loss));
  } else if (event.type === 'epoch') {
    series.epochs.push(event.epoch);
    series.epochLosses.push(value(event.loss));
    series.valLosses.push(value(event.valLoss));
    series.valAccuracies.push(value(event.valAccuracy));
  }
}

export function seriesFromEvents(events: readonly TrainerEvent[]): PanelSeries {
  const series = emptySeries();
  for (const event of events) {
    addEventToSeries(series, event);
  }
  return series;
}

function extend<T>(target: T[], addition: readonly T[]): void {
  for (const item of addition) {
    target.push(item);
  }
}

/** Appends every column of `addition` to `target` in place. */
export function appendSeries(target: PanelSeries, addition: PanelSeries): void {
  extend(target.batchSteps, addition.batchSteps);
  extend(target.batchLosses, addition.batchLosses);
  extend(target.reportSteps, addition.reportSteps);
  extend(target.reportLosses, addition.reportLosses);
  extend(target.epochs, addition.epochs);
  extend(target.epochLosses, addition.epochLosses);
  extend(target.valLosses, addition.valLosses);
  extend(target.valAccuracies, addition.valAccuracies);
}

export function copySeries(series: PanelSeries): PanelSeries {
  const copy = emptySeries();
  appendSeries(copy, series);
  return copy;
}
