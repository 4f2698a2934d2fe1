/** What every view shows where a number is not known yet. */
export const NO_VALUE = '\u2013';

function isKnown(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** Four significant digits; huge values in exponent form so a diverging run stays short. */
export function formatLoss(value: number | null): string {
  if (!isKnown(value)) {
    return NO_VALUE;
  }
  return Math.abs(value) >= 1000 ? value.toExponential(2) : value.toPrecision(4);
}

export function formatAccuracy(value: number | null): string {
  if (!isKnown(value)) {
    return NO_VALUE;
  }
  return `${(value * 100).toFixed(1)}%`;
}

export function formatEpoch(epoch: number, epochs: number): string {
  return `${epoch}/${epochs}`;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

export function formatDuration(seconds: number | null): string {
  if (!isKnown(seconds) || seconds < 0) {
    return NO_VALUE;
  }

  const whole = Math.round(seconds);
  if (whole < 60) {
    return `${whole}s`;
  }

  const minutes = Math.floor(whole / 60);
  if (minutes < 60) {
    return `${minutes}m ${twoDigits(whole % 60)}s`;
  }

  return `${Math.floor(minutes / 60)}h ${twoDigits(minutes % 60)}m`;
}
