import { listRuns, readMetrics, readRunRecord, runPaths } from '../../training/run';
import type { RunStore } from './runStore';

/** Puts one run folder's record and every metrics point into the store. */
export async function loadRun(
  store: RunStore,
  runsDir: string,
  runId: string,
): Promise<void> {
  const paths = runPaths(runsDir, runId);
  const record = await readRunRecord(paths.dir);
  const { events } = await readMetrics(paths.metrics);
  store.add(record, runsDir, events);
}

/** Loads every readable run of a runs folder, oldest first; returns how many it loaded. */
export async function loadRunsFolder(store: RunStore, runsDir: string): Promise<number> {
  const records = await listRuns(runsDir);
  const metrics = await Promise.all(
    records.map((record) => readMetrics(runPaths(runsDir, record.id).metrics)),
  );

  records.forEach((record, index) => store.add(record, runsDir, metrics[index]?.events));
  return records.length;
}
