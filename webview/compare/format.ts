import type { CompareConfigValue } from '../../src/contract/compareMessages';

const DASH = '\u2013';

export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) {
    return DASH;
  }
  return Math.abs(value) >= 1000 ? value.toExponential(2) : value.toPrecision(4);
}

export function formatSigned(value: number | null): string {
  const text = formatNumber(value);
  return value !== null && value > 0 ? `+${text}` : text;
}

export function formatPercent(value: number | null): string {
  return value === null || !Number.isFinite(value)
    ? DASH
    : `${(value * 100).toFixed(1)}%`;
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) {
    return DASH;
  }
  const whole = Math.round(seconds);
  const pad = (value: number) => String(value).padStart(2, '0');
  if (whole < 60) {
    return `${whole}s`;
  }
  const minutes = Math.floor(whole / 60);
  return minutes < 60
    ? `${minutes}m ${pad(whole % 60)}s`
    : `${Math.floor(minutes / 60)}h ${pad(minutes % 60)}m`;
}

export function formatConfigValue(value: CompareConfigValue): string {
  return value === null ? DASH : String(value);
}
