import type { PanelRun } from '../../src/contract/panelMessages';
import { runColor } from '../../src/contract/runColors';
import { Chart, type ChartLine, type XRange } from './chart';
import { CHART_SPECS, type ChartId } from './chartKinds';
import { readChartTheme } from '../shared/chartTheme';
import { CurveCache, lineKey } from './curveCache';
import { bucketWidthFor } from './downsample';

export interface BoardView {
  runs: readonly PanelRun[];
  smoothing: number;
  visibleCharts: readonly ChartId[];
  selection: readonly string[];
}

function dataRange(chart: Chart, runs: readonly PanelRun[]): XRange | null {
  let min = Infinity;
  let max = -Infinity;
  for (const run of runs) {
    for (const line of chart.spec.lines) {
      const xs = line.x(run.series);
      if (xs.length > 0) {
        min = Math.min(min, xs[0]!);
        max = Math.max(max, xs[xs.length - 1]!);
      }
    }
  }
  return min <= max ? [min, max] : null;
}

/** The four charts, fed from the panel's runs through one cache of drawn curves. */
export class ChartBoard {
  readonly element: HTMLElement;
  private readonly charts: Chart[];
  private readonly cache = new CurveCache();

  constructor(onZoom: () => void) {
    const theme = readChartTheme();
    this.charts = CHART_SPECS.map((spec) => new Chart(spec, theme, onZoom));
    this.element = document.createElement('div');
    this.element.className = 'charts';
    this.element.append(...this.charts.map((chart) => chart.element));
  }

  render(view: BoardView): void {
    for (const chart of this.charts) {
      const visible = view.visibleCharts.includes(chart.spec.id);
      chart.element.hidden = !visible;
      if (visible) {
        chart.draw(this.linesFor(chart, view));
      }
    }
  }

  forgetRun(runId: string): void {
    this.cache.forget(runId);
  }

  forgetAll(): void {
    this.cache.clear();
  }

  resize(): void {
    for (const chart of this.charts) {
      chart.resize();
    }
  }

  applyTheme(): void {
    const theme = readChartTheme();
    for (const chart of this.charts) {
      chart.setTheme(theme);
    }
  }

  private linesFor(chart: Chart, view: BoardView): ChartLine[] {
    const range = chart.xZoom ?? dataRange(chart, view.runs);
    const span = range ? range[1] - range[0] : 0;
    const options = {
      bucketWidth: bucketWidthFor(span, chart.columns),
      from: chart.xZoom?.[0],
      to: chart.xZoom?.[1],
    };
    const lines: ChartLine[] = [];

    for (const run of view.runs) {
      const { id } = run.info;
      const color = runColor(run.info.colorIndex);
      const dimmed = view.selection.length > 0 && !view.selection.includes(id);

      chart.spec.lines.forEach((spec, index) => {
        const raw = spec.y(run.series);
        const ys = spec.smoothed ? this.cache.smoothed(id, raw, view.smoothing) : raw;
        const key = lineKey(id, `${chart.spec.id}/${index}`);
        const points = this.cache.points(key, spec.x(run.series), ys, options);
        lines.push({ runId: id, color, spec, dimmed, points });
      });
    }

    // Dimmed runs go first so the selected ones are drawn on top of them.
    return lines.sort((a, b) => Number(b.dimmed) - Number(a.dimmed));
  }
}
