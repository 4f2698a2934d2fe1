import {
  COMPARE_METRIC_KEYS,
  type CompareMetricKey,
  type CompareSummary,
  type Comparison,
} from '../../../contract/compareMessages';

/** Lower is better for every loss and for the gap; higher for the accuracy. */
const HIGHER_IS_BETTER: Record<CompareMetricKey, boolean> = {
  finalLoss: false,
  bestLoss: false,
  bestValLoss: false,
  bestValAccuracy: true,
  gap: false,
};

const TIE = 1e-12;

export interface SummaryOfRun {
  id: string;
  summary: CompareSummary;
}

function bestOf(runs: readonly SummaryOfRun[], key: CompareMetricKey): string[] {
  const known = runs.filter((run) => run.summary[key] !== null);
  if (known.length < 2) {
    return [];
  }

  const sign = HIGHER_IS_BETTER[key] ? -1 : 1;
  const best = Math.min(...known.map((run) => sign * run.summary[key]!));
  return known
    .filter((run) => Math.abs(sign * run.summary[key]! - best) <= TIE)
    .map((run) => run.id);
}

/** Per metric column, the runs to highlight; none when fewer than two runs have it. */
export function bestValues(runs: readonly SummaryOfRun[]): Comparison['best'] {
  const entries = COMPARE_METRIC_KEYS.map((key) => [key, bestOf(runs, key)] as const);
  return Object.fromEntries(entries) as Comparison['best'];
}
