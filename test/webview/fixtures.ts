import {
  emptyPanelSeries,
  type PanelRun,
  type PanelRunInfo,
  type PanelSeries,
} from '../../src/contract/panelMessages';

export function runInfo(id: string, changes: Partial<PanelRunInfo> = {}): PanelRunInfo {
  return {
    id,
    name: `config ${id}`,
    status: 'running',
    colorIndex: 0,
    epoch: 1,
    epochs: 5,
    lastLoss: 0.5,
    bestValAccuracy: null,
    durationSeconds: 12,
    error: null,
    ...changes,
  };
}

export function batches(fromStep: number, losses: number[]): PanelSeries {
  const series = emptyPanelSeries();
  losses.forEach((loss, offset) => {
    series.batchSteps.push(fromStep + offset);
    series.batchLosses.push(loss);
  });
  return series;
}

export function panelRun(id: string, losses: number[] = [1, 0.8]): PanelRun {
  return { info: runInfo(id), series: batches(1, losses) };
}
