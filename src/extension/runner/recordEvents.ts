import { updateSummary, type RunRecord, type TrainerEvent } from '../../contract';

/** The run record as the trainer's events describe it, so the host need not reread disk. */
export function applyEventToRecord(record: RunRecord, event: TrainerEvent): RunRecord {
  switch (event.type) {
    case 'started':
      return {
        ...record,
        status: 'running',
        name: event.name,
        backend: event.backend,
        seed: event.seed,
        epochs: event.epochs,
        startedAt: record.startedAt ?? event.time,
      };
    case 'batch':
    case 'epoch':
      return { ...record, summary: updateSummary(record.summary, event) };
    case 'finished':
      return { ...record, status: 'completed', pid: null, finishedAt: event.time };
    case 'failed':
      return {
        ...record,
        status: 'failed',
        pid: null,
        error: event.message,
        finishedAt: event.time,
      };
    case 'stopped':
      return { ...record, status: 'stopped', pid: null, finishedAt: event.time };
    default:
      return record;
  }
}
