import type { RunsTreeNode } from './runTree';

export interface CompareSources {
  /** Checked runs, in the view's order. */
  checked: readonly string[];
  /** The nodes the command was run on, or the view's selection. */
  selected: readonly RunsTreeNode[];
}

/**
 * The runs Compare works on: the checked ones if any, else the selected ones, a
 * selected config standing for all its runs; each run once, in order.
 */
export function runsToCompare(sources: CompareSources): string[] {
  if (sources.checked.length > 0) {
    return [...sources.checked];
  }

  const runIds = sources.selected.flatMap((node) =>
    node.kind === 'run' ? [node.runId] : node.runIds,
  );
  return [...new Set(runIds)];
}
