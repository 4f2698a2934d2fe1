import type { PanelValue } from '../../src/contract/panelMessages';
import { downsample, type DownsampleOptions, type Points } from './downsample';
import { extendSmoothed, startSmoothing, type SmoothingState } from './smoothing';

interface SmoothedEntry {
  source: readonly PanelValue[];
  state: SmoothingState;
  buffer: Float64Array;
  view: Float64Array;
}

interface PointsEntry {
  xs: ArrayLike<number>;
  ys: ArrayLike<PanelValue>;
  key: string;
  points: Points;
}

function optionsKey(length: number, options: DownsampleOptions): string {
  return `${length}|${options.bucketWidth}|${options.from ?? ''}|${options.to ?? ''}`;
}

function grown(buffer: Float64Array, length: number): Float64Array {
  if (buffer.length >= length) {
    return buffer;
  }
  const larger = new Float64Array(Math.max(length, buffer.length * 2, 1024));
  larger.set(buffer);
  return larger;
}

/**
 * Keeps each run's smoothed values and drawn points between redraws, so a
 * live batch for one run costs the work for that run only. Entries are
 * checked against the arrays they came from, which a reset replaces.
 */
export class CurveCache {
  private readonly smoothedByRun = new Map<string, SmoothedEntry>();
  private readonly pointsByLine = new Map<string, PointsEntry>();

  smoothed(runId: string, source: readonly PanelValue[], weight: number): Float64Array {
    const state = startSmoothing(weight);
    let entry = this.smoothedByRun.get(runId);
    if (
      !entry ||
      entry.source !== source ||
      entry.state.weight !== state.weight ||
      entry.view.length > source.length
    ) {
      const buffer = new Float64Array(source.length);
      entry = { source, state, buffer, view: buffer.subarray(0, 0) };
      this.smoothedByRun.set(runId, entry);
    }

    const done = entry.view.length;
    if (done < source.length) {
      entry.buffer = grown(entry.buffer, source.length);
      extendSmoothed(entry.state, source, entry.buffer, done);
      entry.view = entry.buffer.subarray(0, source.length);
    }
    return entry.view;
  }

  points(
    lineKey: string,
    xs: ArrayLike<number>,
    ys: ArrayLike<PanelValue>,
    options: DownsampleOptions,
  ): Points {
    const key = optionsKey(ys.length, options);
    const entry = this.pointsByLine.get(lineKey);
    if (entry && entry.xs === xs && entry.ys === ys && entry.key === key) {
      return entry.points;
    }

    const points = downsample(xs, ys, options);
    this.pointsByLine.set(lineKey, { xs, ys, key, points });
    return points;
  }

  forget(runId: string): void {
    this.smoothedByRun.delete(runId);
    for (const key of this.pointsByLine.keys()) {
      if (key.startsWith(`${runId}\u0000`)) {
        this.pointsByLine.delete(key);
      }
    }
  }

  clear(): void {
    this.smoothedByRun.clear();
    this.pointsByLine.clear();
  }
}

export function lineKey(runId: string, chartLine: string): string {
  return `${runId}\u0000${chartLine}`;
}
