import { availableParallelism } from 'node:os';
import * as vscode from 'vscode';

export const MAX_PARALLEL_RUNS_SETTING = 'trainboard.maxParallelRuns';

/** The setting, or one run per core with a core left for the editor. */
export function maxParallelRuns(): number {
  const value = vscode.workspace
    .getConfiguration('trainboard')
    .get<number | null>('maxParallelRuns', null);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) {
    return value;
  }
  return Math.max(1, availableParallelism() - 1);
}
