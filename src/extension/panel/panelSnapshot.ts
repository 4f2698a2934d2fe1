import type { PanelRunInfo, PanelUpdate } from '../../contract';
import type { RunStore, StoredRun } from '../runner/runStore';
import { copySeries } from '../runner/series';

function secondsBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) {
    return null;
  }
  const seconds = (Date.parse(end) - Date.parse(start)) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, seconds) : null;
}

export function panelRunInfo(run: StoredRun): PanelRunInfo {
  const { record } = run;
  return {
    id: record.id,
    name: record.name,
    status: record.status,
    colorIndex: run.colorIndex,
    epoch: Math.max(run.currentEpoch, record.summary.epochs),
    epochs: record.epochs,
    lastLoss: record.summary.lastLoss,
    bestValAccuracy: record.summary.bestValAccuracy,
    durationSeconds:
      secondsBetween(record.startedAt, record.finishedAt) ?? run.elapsedSeconds,
    error: record.error,
  };
}

/** Everything the panel draws, for a webview that starts from nothing. */
export function resetMessage(store: RunStore): PanelUpdate {
  return {
    type: 'reset',
    runs: store
      .list()
      .map((run) => ({ info: panelRunInfo(run), series: copySeries(run.series) })),
  };
}
