const DASH = '\u2013';

export function formatLoss(value: number | null): string {
  if (value === null || !Number.isFinite(value)) {
    return DASH;
  }
  return Math.abs(value) >= 1000 ? value.toExponential(2) : value.toPrecision(4);
}

export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) {
    return DASH;
  }
  return `${(value * 100).toFixed(1)}%`;
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) {
    return DASH;
  }

  const whole = Math.round(seconds);
  if (whole < 60) {
    return `${whole}s`;
  }
  const minutes = Math.floor(whole / 60);
  const pad = (value: number) => String(value).padStart(2, '0');
  if (minutes < 60) {
    return `${minutes}m ${pad(whole % 60)}s`;
  }
  return `${Math.floor(minutes / 60)}h ${pad(minutes % 60)}m`;
}
