import type { RunRecord } from '../../contract';
import { listRuns, runPaths, writeRunRecord } from '../../training/run';
import { isProcessAlive } from './processAlive';

export function isInterrupted(
  record: RunRecord,
  isAlive: (pid: number) => boolean = isProcessAlive,
): boolean {
  if (record.status !== 'running' && record.status !== 'queued') {
    return false;
  }
  return record.pid === null || !isAlive(record.pid);
}

/**
 * Marks runs left `running` or `queued` by a process that no longer exists, such as a
 * window closed mid-run; their metrics stay as they are. Returns the runs it marked.
 */
export async function markInterruptedRuns(
  runsDir: string,
  isAlive: (pid: number) => boolean = isProcessAlive,
): Promise<RunRecord[]> {
  const marked: RunRecord[] = [];

  for (const record of await listRuns(runsDir)) {
    if (!isInterrupted(record, isAlive)) {
      continue;
    }
    const interrupted: RunRecord = { ...record, status: 'interrupted', pid: null };
    await writeRunRecord(runPaths(runsDir, record.id).dir, interrupted);
    marked.push(interrupted);
  }
  return marked;
}
