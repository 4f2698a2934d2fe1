import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunRecord } from '../../contract';
import { readRunRecord } from './runRecordFile';

/** Every readable run in the folder, oldest first; folders without a valid run.json are left out. */
export async function listRuns(runsDir: string): Promise<RunRecord[]> {
  let entries: string[];
  try {
    entries = await readdir(runsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return [];
    }
    throw error;
  }

  const records = await Promise.all(
    entries.sort().map((entry) => readRunRecord(join(runsDir, entry)).catch(() => null)),
  );
  return records.filter((record): record is RunRecord => record !== null);
}
