import type {
  CompareMetricKey,
  CompareRun,
  CompareSummary,
} from '../../src/contract/compareMessages';
import {
  formatAccuracy,
  formatDuration,
  formatLoss,
  NO_VALUE,
} from '../../src/contract/displayFormat';
import { formatSigned } from './format';

export interface SummaryColumn {
  label: string;
  title: string;
  text: (run: CompareRun) => string;
  /** The metric whose best value is highlighted, if the column has one. */
  metric?: CompareMetricKey;
}

function metric(
  key: CompareMetricKey,
  label: string,
  title: string,
  format: (value: number | null) => string,
): SummaryColumn {
  return { label, title, metric: key, text: (run) => format(run.summary[key]) };
}

function fact(
  label: string,
  title: string,
  text: (summary: CompareSummary, run: CompareRun) => string,
): SummaryColumn {
  return { label, title, text: (run) => text(run.summary, run) };
}

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  metric('finalLoss', 'Final loss', 'Mean training loss of the last epoch', formatLoss),
  metric('bestLoss', 'Best loss', 'Lowest mean training loss of an epoch', formatLoss),
  metric('bestValLoss', 'Best val loss', 'Lowest validation loss', formatLoss),
  metric(
    'bestValAccuracy',
    'Best val acc',
    'Highest validation accuracy',
    formatAccuracy,
  ),
  metric(
    'gap',
    'Gap',
    "Generalisation gap: the last epoch's validation loss minus its training loss. " +
      'The lower, the less the run overfits.',
    formatSigned,
  ),
  fact('Epochs', 'Epochs completed', (summary) => String(summary.epochs)),
  fact('Duration', 'Training time', (summary) => formatDuration(summary.durationSeconds)),
  fact('Backend', 'TF.js backend', (_summary, run) => run.backend ?? NO_VALUE),
];
