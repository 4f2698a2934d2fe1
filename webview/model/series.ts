import type { PanelSeries } from '../../src/contract/panelMessages';

export { appendPanelSeries as appendSeries } from '../../src/contract/panelMessages';

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
