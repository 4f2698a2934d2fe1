import uPlot from 'uplot';
import { runColor } from '../../src/contract/runColors';
import { paddedRange, themedAxis } from '../shared/chartAxes';
import type { ChartTheme } from '../shared/chartTheme';
import type { CurveLine } from './curveData';
import type { YScale } from './viewOptions';

const CHART_HEIGHT = 240;

export interface ChartLabels {
  title: string;
  hint?: string;
  xLabel: string;
  yLabel: string;
}

/** One quantity of every compared run on shared axes, redrawn from scratch. */
export class CurveChart {
  readonly element: HTMLElement;
  private readonly plotHost: HTMLElement;
  private readonly empty: HTMLElement;
  private plot: uPlot | null = null;

  constructor(
    private readonly labels: ChartLabels,
    private readonly theme: ChartTheme,
  ) {
    this.element = document.createElement('section');
    this.element.className = 'chart';
    this.element.setAttribute('aria-label', labels.title);

    const heading = document.createElement('h2');
    heading.textContent = labels.title;
    heading.title = labels.hint ?? '';
    this.empty = document.createElement('p');
    this.empty.className = 'muted';
    this.empty.textContent = 'No run has points here yet.';
    this.plotHost = document.createElement('div');
    this.plotHost.className = 'chart-plot';
    this.plotHost.setAttribute('role', 'img');
    this.plotHost.setAttribute('aria-label', `${labels.title} chart`);
    this.element.append(heading, this.empty, this.plotHost);
  }

  draw(lines: readonly CurveLine[], xLabel: string, yScale: YScale): void {
    this.plot?.destroy();
    this.plot = null;
    this.empty.hidden = lines.length > 0;
    if (lines.length === 0) {
      return;
    }

    const data = [
      null as unknown as number[],
      ...lines.map((line) => [line.xs, line.ys] as unknown as number[]),
    ] as uPlot.AlignedData;
    this.plot = new uPlot(this.options(lines, xLabel, yScale), data, this.plotHost);
  }

  resize(): void {
    this.plot?.setSize({ width: this.width(), height: CHART_HEIGHT });
  }

  destroy(): void {
    this.plot?.destroy();
    this.plot = null;
  }

  private width(): number {
    return Math.max(240, Math.floor(this.plotHost.clientWidth || 480));
  }

  private options(lines: readonly CurveLine[], xLabel: string, yScale: YScale) {
    const log = yScale === 'log';
    const options: uPlot.Options = {
      mode: 2,
      width: this.width(),
      height: CHART_HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: true, y: false }, points: { show: false } },
      scales: {
        x: { time: false },
        y: log ? { distr: 3 } : { range: (_plot, min, max) => paddedRange(min, max) },
      },
      axes: [
        themedAxis(this.theme, xLabel),
        { ...themedAxis(this.theme, this.labels.yLabel), size: 60 },
      ],
      series: [
        {},
        ...lines.map((line) => ({
          label: line.runId,
          stroke: runColor(line.colorIndex),
          width: 1.5,
          points: { show: line.xs.length < 40, size: 4, fill: runColor(line.colorIndex) },
        })),
      ],
    };
    return options;
  }
}
