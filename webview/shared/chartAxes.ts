import type uPlot from 'uplot';
import type { ChartTheme } from './chartTheme';

/** A little room around the lines so none runs along the frame; a flat line gets a band. */
export function paddedRange(min: number | null, max: number | null): uPlot.Range.MinMax {
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) {
    return [0, 1];
  }
  const pad = max > min ? (max - min) * 0.05 : Math.abs(min) * 0.05 || 0.5;
  return [min - pad, max + pad];
}

export function themedAxis(theme: ChartTheme, label: string): uPlot.Axis {
  return {
    label,
    stroke: theme.muted,
    font: theme.font,
    labelFont: theme.font,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
  };
}
