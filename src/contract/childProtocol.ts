import { isTrainerEvent, type TrainerEvent } from './trainerEvents';

/**
 * What the forked trainer is told at start, as JSON in its only argument. With a `runId`
 * whose folder already holds a `config.yaml` (a queued run or a rerun prepared by the
 * host), the trainer trains from that snapshot; otherwise it snapshots `configPath`.
 */
export interface TrainRequest {
  configPath: string;
  runsDir: string;
  runId?: string;
}

/** Host -> trainer child, over the IPC channel. */
export type HostToTrainerMessage = { type: 'stop' };

/** Trainer child -> host: events travel batched to keep the message count low. */
export type TrainerToHostMessage = {
  type: 'events';
  runId: string;
  events: TrainerEvent[];
};

export function isHostToTrainerMessage(value: unknown): value is HostToTrainerMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)['type'] === 'stop'
  );
}

export function isTrainerToHostMessage(value: unknown): value is TrainerToHostMessage {
  if (typeof value !== 'object' || value === null) {
    return false;
  }

  const record = value as Record<string, unknown>;
  return (
    record['type'] === 'events' &&
    typeof record['runId'] === 'string' &&
    Array.isArray(record['events']) &&
    record['events'].every(isTrainerEvent)
  );
}
