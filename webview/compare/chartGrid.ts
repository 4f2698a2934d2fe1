import type { CompareCurveKey, CompareRun } from '../../src/contract/compareMessages';
import { readChartTheme } from '../shared/chartTheme';
import { CurveChart, type ChartLabels } from './curveChart';
import { curveLines } from './curveData';
import type { ViewOptions, XAxis } from './viewOptions';

const CHARTS: readonly (ChartLabels & { key: CompareCurveKey })[] = [
  {
    key: 'trainLoss',
    title: 'Training loss (smoothed)',
    hint: "A moving average over about 1% of each run's mini-batches.",
    xLabel: '',
    yLabel: 'loss',
  },
  { key: 'valLoss', title: 'Validation loss', xLabel: '', yLabel: 'loss' },
  { key: 'valAccuracy', title: 'Validation accuracy', xLabel: '', yLabel: 'accuracy' },
];

const X_LABELS: Record<XAxis, string> = {
  step: 'step',
  epoch: 'epoch',
  time: 'seconds since start',
};

/** The three overlaid charts; they follow the width of the view. */
export class ChartGrid {
  readonly element: HTMLElement;
  private readonly charts: { key: CompareCurveKey; chart: CurveChart }[];

  constructor() {
    const theme = readChartTheme();
    this.charts = CHARTS.map((labels) => ({
      key: labels.key,
      chart: new CurveChart(labels, theme),
    }));
    this.element = document.createElement('div');
    this.element.className = 'charts';
    this.element.append(...this.charts.map(({ chart }) => chart.element));

    let frame = 0;
    new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        this.charts.forEach(({ chart }) => chart.resize()),
      );
    }).observe(this.element);
  }

  render(runs: readonly CompareRun[], options: ViewOptions): void {
    for (const { key, chart } of this.charts) {
      const yScale = key === 'valAccuracy' ? 'linear' : options.yScale;
      chart.draw(
        curveLines(runs, key, options.xAxis, yScale),
        X_LABELS[options.xAxis],
        yScale,
      );
    }
  }
}
