import {
  appendPanelSeries,
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

export const appendSeries = appendPanelSeries;

export function copySeries(series: PanelSeries): PanelSeries {
  const copy = emptySeries();
  appendSeries(copy, series);
  return copy;
}
