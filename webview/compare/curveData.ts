import type {
  CompareCurve,
  CompareCurveKey,
  CompareRun,
} from '../../src/contract/compareMessages';
import type { XAxis, YScale } from './viewOptions';

export interface CurveLine {
  runId: string;
  colorIndex: number;
  xs: number[];
  ys: (number | null)[];
}

function xsOf(curve: CompareCurve, xAxis: XAxis): number[] {
  switch (xAxis) {
    case 'epoch':
      return curve.epochs;
    case 'time':
      return curve.elapsed;
    default:
      return curve.steps;
  }
}

/** A log axis cannot place zero or below, so those points become gaps. */
function ysOf(curve: CompareCurve, yScale: YScale): (number | null)[] {
  if (yScale === 'linear') {
    return curve.values;
  }
  return curve.values.map((value) => (value !== null && value > 0 ? value : null));
}

/** One line per run for a chart, the runs that have no point of it left out. */
export function curveLines(
  runs: readonly CompareRun[],
  key: CompareCurveKey,
  xAxis: XAxis,
  yScale: YScale,
): CurveLine[] {
  return runs
    .filter((run) => run.curves[key].steps.length > 0)
    .map((run) => ({
      runId: run.id,
      colorIndex: run.colorIndex,
      xs: xsOf(run.curves[key], xAxis),
      ys: ysOf(run.curves[key], yScale),
    }));
}
