import { updateSummary, type RunRecord, type TrainerEvent } from '../../contract';
import { selectBackend } from '../backend/selectBackend';
import { findBundledSampleDir, loadDataset } from '../data';
import { train } from '../engine/trainer';
import { saveModel } from '../model/saveModel';
import { MetricsWriter, writeRunRecord, writeRunRecordSync } from '../run';
import { trainerVersions } from '../versions';
import { failHostRun } from './failHostRun';
import { prepareRun, type PreparedRun, type RunRequest } from './prepareRun';

export interface SessionHooks {
  /** Every event, after it is queued for metrics.jsonl. */
  onEvent(event: TrainerEvent): void;
  /** Called at each pause of training, after metrics.jsonl is flushed. */
  onPause(): void;
  stopRequested(): boolean;
  log(line: string): void;
}

/** Validates, prepares the run folder, then trains; a ConfigError means nothing started. */
export async function runSession(
  request: RunRequest,
  hooks: SessionHooks,
): Promise<RunRecord> {
  let prepared: PreparedRun;
  try {
    prepared = await prepareRun(request);
  } catch (error) {
    const failed = await failHostRun(request, error as Error).catch(() => null);
    if (failed) {
      hooks.onEvent(failed);
    }
    throw error;
  }
  return trainPrepared(prepared, hooks);
}

async function trainPrepared(
  prepared: PreparedRun,
  hooks: SessionHooks,
): Promise<RunRecord> {
  const { paths, config } = prepared;
  const metrics = new MetricsWriter(paths.metrics);
  let record: RunRecord = {
    ...prepared.record,
    status: 'running',
    pid: process.pid,
    startedAt: new Date().toISOString(),
    versions: trainerVersions(),
  };
  await writeRunRecord(paths.dir, record);

  const emit = (event: TrainerEvent) => {
    metrics.append(event);
    record = { ...record, summary: updateSummary(record.summary, event) };
    hooks.onEvent(event);
  };

  const markFailed = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    emit({ type: 'failed', message, time: new Date().toISOString() });
    metrics.close();
    record = {
      ...record,
      status: 'failed',
      pid: null,
      error: message,
      finishedAt: new Date().toISOString(),
    };
    writeRunRecordSync(paths.dir, record);
  };

  try {
    const backend = await selectBackend(config.backend, hooks.log);
    hooks.log(`backend ${backend}`);
    record = { ...record, backend };
    const splits = await loadDataset(config.data, {
      sampleDir: findBundledSampleDir(),
      log: hooks.log,
    });
    await writeRunRecord(paths.dir, record);

    const outcome = await train(
      { runId: record.id, config, splits, backend },
      {
        emit,
        pause: async () => {
          metrics.flush();
          hooks.onPause();
          await new Promise((resolve) => setImmediate(resolve));
        },
        stopRequested: hooks.stopRequested,
      },
    );

    metrics.flush();
    if (outcome.status === 'completed') {
      await saveModel(paths.model, config.model, outcome.network, [
        splits.train.rows,
        splits.train.cols,
      ]);
    }
    outcome.network.dispose();
    metrics.close();
    record = {
      ...record,
      status: outcome.status,
      pid: null,
      finishedAt: new Date().toISOString(),
    };
    await writeRunRecord(paths.dir, record);
    return record;
  } catch (error) {
    markFailed(error);
    throw error;
  }
}
