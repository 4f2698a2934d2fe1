import { isFinalStatus, type RunRecord, type RunStatus } from '../../contract';
import type { TrainerExit } from './trainerProcess';

export interface RunOutcome {
  record: RunRecord;
  /** The trainer ended in a way it did not report: a crash, a signal, a lost event. */
  crashed: boolean;
  /** The host must write `record` because the trainer could not. */
  mustWrite: boolean;
}

export interface SettleInput {
  /** What the host learnt from the trainer's events. */
  live: RunRecord;
  /** What the trainer last wrote to run.json, if it is readable. */
  disk: RunRecord | null;
  exit: TrainerExit;
  /** The host killed the trainer because it did not stop in time. */
  killedAfterStop: boolean;
  now?: Date;
}

function reportedStatus(live: RunRecord, disk: RunRecord | null): RunStatus | null {
  if (isFinalStatus(live.status)) {
    return live.status;
  }
  return disk && isFinalStatus(disk.status) ? disk.status : null;
}

function isCleanExit(exit: TrainerExit, status: RunStatus | null): boolean {
  if (exit.code === 0) {
    return status === 'completed' || status === 'stopped';
  }
  return exit.code === 1 && status === 'failed';
}

export function describeExit(exit: TrainerExit): string {
  if (exit.signal) {
    return `The trainer was ended by ${exit.signal}.`;
  }
  return `The trainer exited with code ${String(exit.code)}.`;
}

/** Decides the final record of a run once its trainer has exited. */
export function settleRun(input: SettleInput): RunOutcome {
  const { live, disk, exit } = input;
  const finishedAt = (input.now ?? new Date()).toISOString();
  const base: RunRecord = { ...(disk ?? live), summary: live.summary, pid: null };

  if (input.killedAfterStop) {
    return {
      record: { ...base, status: 'stopped', finishedAt },
      crashed: false,
      mustWrite: true,
    };
  }

  const status = reportedStatus(live, disk);
  if (isCleanExit(exit, status)) {
    const diskIsFinal = disk !== null && isFinalStatus(disk.status);
    const record = diskIsFinal
      ? disk
      : { ...base, status: status!, error: live.error, finishedAt: live.finishedAt };
    return { record, crashed: false, mustWrite: !diskIsFinal };
  }

  const error = exit.lastErrorLine ?? describeExit(exit);
  return {
    record: { ...base, status: 'failed', error, finishedAt },
    crashed: true,
    mustWrite: true,
  };
}
