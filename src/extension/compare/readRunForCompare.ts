import { readFile } from 'node:fs/promises';
import type { RunRecord } from '../../contract/runRecord';
import { flattenConfig, validateConfigText } from '../../training/config';
import { readMetrics, runPaths } from '../../training/run';
import type { FlatConfig } from './model/configDiff';

/**
 * A run's config snapshot as flat keys, read against the original config's path so
 * relative paths resolve as they did for training; null if it is gone or invalid.
 */
export async function readFlatConfig(
  runsDir: string,
  record: RunRecord,
): Promise<FlatConfig | null> {
  try {
    const text = await readFile(runPaths(runsDir, record.id).config, 'utf8');
    const { config } = validateConfigText(text, record.configPath);
    return config ? flattenConfig(config) : null;
  } catch {
    return null;
  }
}

export async function readEvents(runsDir: string, runId: string) {
  const { events } = await readMetrics(runPaths(runsDir, runId).metrics);
  return events;
}
