import type {
  CompareMetricKey,
  CompareRun,
  CompareSummary,
} from '../../src/contract/compareMessages';
import { formatDuration, formatNumber, formatPercent, formatSigned } from './format';

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
  metric('finalLoss', 'Final loss', 'Mean training loss of the last epoch', formatNumber),
  metric('bestLoss', 'Best loss', 'Lowest mean training loss of an epoch', formatNumber),
  metric('bestValLoss', 'Best val loss', 'Lowest validation loss', formatNumber),
  metric('bestValAccuracy', 'Best val acc', 'Highest validation accuracy', formatPercent),
  metric(
    'gap',
    'Gap',
    "Generalisation gap: the last epoch's validation loss minus its training loss. " +
      'The lower, the less the run overfits.',
    formatSigned,
  ),
  fact('Epochs', 'Epochs completed', (summary) => String(summary.epochs)),
  fact('Duration', 'Training time', (summary) => formatDuration(summary.durationSeconds)),
  fact('Backend', 'TF.js backend', (_summary, run) => run.backend ?? '\u2013'),
];
