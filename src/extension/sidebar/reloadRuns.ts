import { listRuns } from '../../training/run';
import { loadRun } from '../runner/loadRuns';
import type { RunStore } from '../runner/runStore';

export interface ReloadResult {
  loaded: number;
  removed: number;
}

/**
 * Rereads the run folders: runs whose folder is gone leave the store and the others
 * are loaded again. Runs the runner is training are left alone, since their state
 * arrives by IPC ahead of the disk.
 */
export async function reloadRuns(
  store: RunStore,
  runsDirs: readonly string[],
  isActive: (runId: string) => boolean,
): Promise<ReloadResult> {
  const result: ReloadResult = { loaded: 0, removed: 0 };

  for (const runsDir of new Set(runsDirs)) {
    const onDisk = new Set((await listRuns(runsDir)).map((record) => record.id));
    const gone = store
      .list()
      .filter((run) => run.runsDir === runsDir && !onDisk.has(run.record.id));

    for (const run of gone.filter((run) => !isActive(run.record.id))) {
      store.remove(run.record.id);
      result.removed += 1;
    }
    for (const runId of [...onDisk].filter((runId) => !isActive(runId))) {
      await loadRun(store, runsDir, runId);
      result.loaded += 1;
    }
  }
  return result;
}
