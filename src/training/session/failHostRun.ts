import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FailedEvent } from '../../contract';
import { MetricsWriter, readRunRecord, runPaths, writeRunRecord } from '../run';
import type { RunRequest } from './prepareRun';

/**
 * A run the host queued can still turn out unusable (its snapshot no longer validates):
 * it is marked failed on disk like any other failure, so the host need not guess.
 */
export async function failHostRun(
  request: RunRequest,
  error: Error,
): Promise<FailedEvent | null> {
  if (!request.runId) {
    return null;
  }

  const paths = runPaths(resolve(request.runsDir), request.runId);
  if (!existsSync(paths.record)) {
    return null;
  }

  const time = new Date().toISOString();
  const event: FailedEvent = { type: 'failed', message: error.message, time };
  const metrics = new MetricsWriter(paths.metrics);
  metrics.append(event);
  metrics.close();

  const record = await readRunRecord(paths.dir);
  await writeRunRecord(paths.dir, {
    ...record,
    status: 'failed',
    pid: null,
    error: error.message,
    finishedAt: time,
  });
  return event;
}
