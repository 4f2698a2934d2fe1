import type { PanelSeries, PanelValue } from '../../src/contract/panelMessages';

export const CHART_IDS = ['batchLoss', 'reportLoss', 'valLoss', 'valAccuracy'] as const;

export type ChartId = (typeof CHART_IDS)[number];

/** One line a chart draws for each run, read from the run's columns. */
export interface LineSpec {
  label: string;
  x: (series: PanelSeries) => number[];
  y: (series: PanelSeries) => PanelValue[];
  smoothed?: boolean;
  dashed?: boolean;
  faint?: boolean;
  points?: boolean;
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  xLabel: string;
  yLabel: string;
  lines: LineSpec[];
}

const batchLosses = (series: PanelSeries) => series.batchLosses;

export const CHART_SPECS: readonly ChartSpec[] = [
  {
    id: 'batchLoss',
    title: 'Training loss per step',
    xLabel: 'step',
    yLabel: 'loss',
    lines: [
      { label: 'loss', x: (series) => series.batchSteps, y: batchLosses, faint: true },
      {
        label: 'smoothed',
        x: (series) => series.batchSteps,
        y: batchLosses,
        smoothed: true,
      },
    ],
  },
  {
    id: 'reportLoss',
    title: 'Mean loss per report interval',
    xLabel: 'step',
    yLabel: 'mean loss',
    lines: [
      { label: 'mean loss', x: (series) => series.reportSteps, y: (s) => s.reportLosses },
    ],
  },
  {
    id: 'valLoss',
    title: 'Validation loss (solid) and training loss (dashed) per epoch',
    xLabel: 'epoch',
    yLabel: 'loss',
    lines: [
      {
        label: 'validation loss',
        x: (s) => s.epochs,
        y: (s) => s.valLosses,
        points: true,
      },
      {
        label: 'training loss',
        x: (s) => s.epochs,
        y: (s) => s.epochLosses,
        dashed: true,
        points: true,
      },
    ],
  },
  {
    id: 'valAccuracy',
    title: 'Validation accuracy per epoch',
    xLabel: 'epoch',
    yLabel: 'accuracy',
    lines: [
      {
        label: 'validation accuracy',
        x: (s) => s.epochs,
        y: (s) => s.valAccuracies,
        points: true,
      },
    ],
  },
];
