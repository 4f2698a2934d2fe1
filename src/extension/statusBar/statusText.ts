import type { StoredRun } from '../runner/runStore';

export interface StatusText {
  text: string;
  tooltip: string;
}

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) {
    return `${hours}h ${minutes}m`;
  }
  return minutes > 0 ? `${minutes}m ${rest}s` : `${rest}s`;
}

/** Seconds left, from the pace so far; null until a step has been timed. */
export function etaSeconds(run: StoredRun): number | null {
  const steps = run.record.summary.steps;
  const elapsed = run.elapsedSeconds;
  if (!run.stepsPerEpoch || steps <= 0 || elapsed === null) {
    return null;
  }
  const totalSteps = run.stepsPerEpoch * run.record.epochs;
  return (elapsed / steps) * Math.max(0, totalSteps - steps);
}

function describeRun(run: StoredRun): string {
  if (run.record.status === 'queued') {
    return `${run.record.name} queued`;
  }
  const epoch = Math.max(1, run.currentEpoch);
  const eta = etaSeconds(run);
  const etaText = eta === null ? '' : ` · ETA ${formatDuration(eta)}`;
  return `${run.record.name} · epoch ${epoch}/${run.record.epochs}${etaText}`;
}

/** What the status bar says while runs are active; null when none is. */
export function statusText(runs: readonly StoredRun[]): StatusText | null {
  const running = runs.filter((run) => run.record.status === 'running');
  const queued = runs.filter((run) => run.record.status === 'queued');
  const shown = running[0] ?? queued[0];
  if (!shown) {
    return null;
  }

  const others = running.length + queued.length - 1;
  const more = others > 0 ? ` (+${others} more)` : '';
  const icon = shown.record.status === 'running' ? '$(sync~spin)' : '$(clock)';
  const tooltip = [...running, ...queued].map(describeRun).join('\n');
  return {
    text: `${icon} ${describeRun(shown)}${more}`,
    tooltip: `${tooltip}\nClick to show the loss panel.`,
  };
}
