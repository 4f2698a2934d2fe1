import { isFinalStatus } from '../../contract/runRecord';
import { runPaths, writeRunRecord } from '../../training/run';
import type { RunStore } from '../runner/runStore';

export const MAX_RUN_NAME_LENGTH = 120;

/** Why a new run name cannot be used, or null if it can. */
export function runNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') {
    return 'A run needs a name.';
  }
  if (trimmed.length > MAX_RUN_NAME_LENGTH) {
    return `Keep the name under ${MAX_RUN_NAME_LENGTH} characters.`;
  }
  return /[\r\n]/.test(name) ? 'A run name is one line.' : null;
}

/**
 * Writes the new name to the run's run.json and the store. Only an ended run is
 * renamed: while it trains, the trainer owns run.json and would write its name back.
 */
export async function renameRun(store: RunStore, runId: string, name: string) {
  const run = store.get(runId);
  if (!run) {
    throw new Error(`There is no run ${runId}.`);
  }
  if (!isFinalStatus(run.record.status)) {
    throw new Error('Rename a run once it has ended.');
  }

  const record = { ...run.record, name: name.trim() };
  await writeRunRecord(runPaths(run.runsDir, runId).dir, record);
  store.replaceRecord(record);
  return record;
}
