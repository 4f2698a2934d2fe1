import type { CompareConfigRow } from '../../src/contract/compareMessages';

export interface ConfigColumns {
  /** The keys that differ, shown before the summary since they explain it. */
  differing: CompareConfigRow[];
  /** The keys every run agrees on, shown after the summary and only on request. */
  shared: CompareConfigRow[];
}

/** The config keys the table shows: only those that differ, unless all are asked for. */
export function configColumns(
  rows: readonly CompareConfigRow[],
  showAll: boolean,
): ConfigColumns {
  return {
    differing: rows.filter((row) => row.differs),
    shared: showAll ? rows.filter((row) => !row.differs) : [],
  };
}

export function visibleConfigRows(
  rows: readonly CompareConfigRow[],
  showAll: boolean,
): CompareConfigRow[] {
  const { differing, shared } = configColumns(rows, showAll);
  return [...differing, ...shared];
}
