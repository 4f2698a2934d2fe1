import { isFinalStatus, type RunStatus } from '../../../contract/runRecord';
import {
  formatAccuracy,
  formatDuration,
  formatEpoch,
  formatLoss,
} from '../../../contract/displayFormat';
import type { SidebarRun } from './sidebarRun';

export interface StatusIcon {
  /** A codicon id, `~spin` animating it. */
  id: string;
  /** A theme colour id, or null for the default foreground. */
  color: string | null;
}

const STATUS_ICONS: Record<RunStatus, StatusIcon> = {
  queued: { id: 'clock', color: 'testing.iconQueued' },
  running: { id: 'sync~spin', color: 'testing.runAction' },
  completed: { id: 'pass', color: 'testing.iconPassed' },
  failed: { id: 'error', color: 'testing.iconFailed' },
  stopped: { id: 'debug-stop', color: 'disabledForeground' },
  interrupted: { id: 'warning', color: 'list.warningForeground' },
};

export function statusIcon(status: RunStatus): StatusIcon {
  return STATUS_ICONS[status];
}

/** `run.<status>`, which the view's menus match on to offer what fits the status. */
export function runContextValue(status: RunStatus): string {
  return `run.${status}`;
}

export const CONFIG_CONTEXT_VALUE = 'config';

function secondsBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) {
    return null;
  }
  const seconds = (Date.parse(end) - Date.parse(start)) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, seconds) : null;
}

export function runDurationSeconds(run: SidebarRun): number | null {
  const { record } = run;
  if (isFinalStatus(record.status)) {
    return secondsBetween(record.startedAt, record.finishedAt) ?? run.elapsedSeconds;
  }
  return run.elapsedSeconds;
}

/** The item's key numbers: progress while active, then loss, accuracy and duration. */
export function runDescription(run: SidebarRun): string {
  const { record } = run;
  const parts: string[] = [];

  if (record.status === 'running') {
    const epoch = Math.max(run.currentEpoch, record.summary.epochs);
    parts.push(`epoch ${formatEpoch(epoch, record.epochs)}`);
  } else if (record.status === 'queued') {
    parts.push('queued');
  }
  if (record.summary.lastLoss !== null) {
    parts.push(`loss ${formatLoss(record.summary.lastLoss)}`);
  }
  if (record.summary.bestValAccuracy !== null) {
    parts.push(`acc ${formatAccuracy(record.summary.bestValAccuracy)}`);
  }

  const seconds = runDurationSeconds(run);
  if (seconds !== null) {
    parts.push(formatDuration(seconds));
  }
  return parts.join(' · ');
}

export function configDescription(runCount: number, folder: string): string {
  const runs = runCount === 1 ? '1 run' : `${runCount} runs`;
  return folder === '' ? runs : `${runs} · ${folder}`;
}
