import uPlot from 'uplot';
import type { ChartSpec, LineSpec } from './chartKinds';
import { paddedRange, themedAxis } from '../shared/chartAxes';
import type { ChartTheme } from '../shared/chartTheme';
import type { Points } from './downsample';

/** One run's line as a chart draws it. */
export interface ChartLine {
  runId: string;
  color: string;
  spec: LineSpec;
  dimmed: boolean;
  points: Points;
}

export type XRange = [number, number];

const CHART_HEIGHT = 220;
const MIN_SELECTION_PX = 5;

function exact(min: number | null, max: number | null): uPlot.Range.MinMax {
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) {
    return [0, 1];
  }
  return max > min ? [min, max] : [min - 1, max + 1];
}

function seriesFor(line: ChartLine): uPlot.Series {
  const { spec } = line;
  const alpha = (spec.faint ? 0.25 : 1) * (line.dimmed ? 0.2 : 1);

  return {
    label: spec.label,
    stroke: line.color,
    width: spec.smoothed ? 1.75 : 1.25,
    alpha,
    dash: spec.dashed ? [5, 4] : undefined,
    points: { show: spec.points === true, size: 5, fill: line.color, stroke: line.color },
  };
}

function signatureOf(lines: readonly ChartLine[]): string {
  return lines
    .map((line) => `${line.runId}/${line.spec.label}/${line.color}/${line.dimmed}`)
    .join('|');
}

function samePoints(next: readonly Points[], drawn: readonly Points[]): boolean {
  return (
    next.length === drawn.length && next.every((points, index) => points === drawn[index])
  );
}

/** A uPlot chart of one quantity for every run, with its own x zoom. */
export class Chart {
  readonly element: HTMLElement;
  private readonly plotHost: HTMLElement;
  private plot: uPlot | null = null;
  private signature = '';
  private zoom: XRange | null = null;
  private drawn: readonly Points[] = [];

  constructor(
    readonly spec: ChartSpec,
    private theme: ChartTheme,
    private readonly onZoom: () => void,
  ) {
    this.element = document.createElement('section');
    this.element.className = 'chart';
    this.element.setAttribute('aria-label', spec.title);
    this.element.dataset['chart'] = spec.id;

    const heading = document.createElement('h2');
    heading.textContent = spec.title;
    this.plotHost = document.createElement('div');
    this.plotHost.className = 'chart-plot';
    this.plotHost.setAttribute('role', 'img');
    this.plotHost.setAttribute('aria-label', `${spec.title} chart`);
    this.plotHost.title = 'Drag to zoom in on steps; double-click to zoom out.';
    this.plotHost.addEventListener('dblclick', () => this.resetZoom());
    const placeholder = document.createElement('p');
    placeholder.className = 'chart-empty';
    placeholder.textContent = 'No points yet.';
    this.element.append(heading, placeholder, this.plotHost);
  }

  get xZoom(): XRange | null {
    return this.zoom;
  }

  /** Pixel columns of the plotting area, which the downsampling aims at. */
  get columns(): number {
    if (this.plot) {
      return Math.max(1, Math.round(this.plot.bbox.width / uPlot.pxRatio));
    }
    return Math.max(1, this.width() - 70);
  }

  setTheme(theme: ChartTheme): void {
    this.theme = theme;
    this.destroy();
  }

  draw(lines: readonly ChartLine[]): void {
    const hasPoints = lines.some((line) => line.points.xs.length > 0);
    this.element.classList.toggle('no-points', !hasPoints);
    if (lines.length === 0) {
      // uPlot's xy mode needs at least one series to find its x scale.
      this.destroy();
      return;
    }

    const points = lines.map((line) => line.points);
    const signature = signatureOf(lines);
    if (this.plot && signature === this.signature && samePoints(points, this.drawn)) {
      return;
    }
    this.drawn = points;

    const data: uPlot.AlignedData = [
      null as unknown as number[],
      ...lines.map((line) => [line.points.xs, line.points.ys] as unknown as number[]),
    ];
    if (this.plot && signature === this.signature) {
      this.plot.setData(data);
      return;
    }

    this.plot?.destroy();
    this.signature = signature;
    this.plot = new uPlot(this.options(lines), data, this.plotHost);
  }

  resize(): void {
    this.plot?.setSize({ width: this.width(), height: CHART_HEIGHT });
    this.drawn = [];
  }

  destroy(): void {
    this.plot?.destroy();
    this.plot = null;
    this.signature = '';
    this.drawn = [];
  }

  private width(): number {
    return Math.max(200, Math.floor(this.plotHost.clientWidth || 400));
  }

  private resetZoom(): void {
    if (this.zoom) {
      this.zoom = null;
      this.onZoom();
    }
  }

  private zoomToSelection(plot: uPlot): void {
    const { left, width } = plot.select;
    if (width < MIN_SELECTION_PX) {
      return;
    }

    const from = plot.posToVal(left, 'x');
    const to = plot.posToVal(left + width, 'x');
    plot.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    this.zoom = [Math.min(from, to), Math.max(from, to)];
    this.onZoom();
  }

  private options(lines: readonly ChartLine[]): uPlot.Options {
    return {
      mode: 2,
      width: this.width(),
      height: CHART_HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      scales: {
        x: { time: false, range: (_plot, min, max) => this.zoom ?? exact(min, max) },
        y: { range: (_plot, min, max) => paddedRange(min, max) },
      },
      axes: [
        themedAxis(this.theme, this.spec.xLabel),
        { ...themedAxis(this.theme, this.spec.yLabel), size: 56 },
      ],
      series: [{}, ...lines.map(seriesFor)],
      hooks: { setSelect: [(plot) => this.zoomToSelection(plot)] },
    };
  }
}
