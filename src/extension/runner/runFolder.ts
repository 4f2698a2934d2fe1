import { mkdir, writeFile } from 'node:fs/promises';
import { newRunRecord, type RunRecord } from '../../contract';
import { newRunId, runPaths, writeRunRecord } from '../../training/run';

/** What the host knows of a config before the trainer reads it. */
export interface RunPlan {
  configPath: string;
  /** The exact bytes to train from; they become the run's `config.yaml` snapshot. */
  configText: string;
  runsDir: string;
  name: string;
  seed: number;
  epochs: number;
}

export function queuedRecord(id: string, plan: RunPlan, ownerPid: number): RunRecord {
  const { configPath, name, seed, epochs } = plan;
  return newRunRecord({ id, name, configPath, seed, epochs, pid: ownerPid });
}

/**
 * Writes the run folder at once so a queued run shows everywhere. The queued record
 * carries the host's pid until the trainer writes its own, so a later start-up can
 * tell a run left behind by a closed window from one queued by a live one.
 */
export async function createQueuedRun(
  plan: RunPlan,
  ownerPid: number,
): Promise<RunRecord> {
  const id = newRunId();
  const paths = runPaths(plan.runsDir, id);

  await mkdir(paths.dir, { recursive: true });
  await writeFile(paths.config, plan.configText);

  const record = queuedRecord(id, plan, ownerPid);
  await writeRunRecord(paths.dir, record);
  return record;
}
