import { readFile } from 'node:fs/promises';
import type { RunRecord, TrainerEvent } from '../../contract';
import { readRunRecord, runPaths, writeRunRecord } from '../../training/run';
import { Emitter } from './emitter';
import { settleRun } from './outcome';
import { createQueuedRun, type RunPlan } from './runFolder';
import type { RunnerLog } from './runnerLog';
import type { RunStore } from './runStore';
import { TrainerProcess, type TrainerExit } from './trainerProcess';

export interface RunnerOptions {
  /** The bundled trainer, `dist/training/child.js`. */
  trainerPath: string;
  maxParallelRuns: number;
  log: RunnerLog;
  /** How long a trainer has to stop on request before it is killed. */
  stopTimeoutMs?: number;
}

export interface RunEnded {
  record: RunRecord;
  crashed: boolean;
}

interface ActiveRun {
  process: TrainerProcess;
  stopTimer: NodeJS.Timeout | null;
  killedAfterStop: boolean;
}

/** Queues runs, forks a trainer for each up to the parallel limit, and settles how they end. */
export class Runner {
  private readonly queue: string[] = [];
  private readonly active = new Map<string, ActiveRun>();
  private readonly settled = new Map<string, Promise<void>>();
  private readonly resolvers = new Map<string, () => void>();
  private readonly ended = new Emitter<RunEnded>();
  private readonly started = new Set<string>();
  private maxParallelRuns: number;
  private disposed = false;

  readonly onDidEndRun = this.ended.event;

  constructor(
    private readonly store: RunStore,
    private readonly options: RunnerOptions,
  ) {
    this.maxParallelRuns = Math.max(1, options.maxParallelRuns);
  }

  setMaxParallelRuns(limit: number): void {
    this.maxParallelRuns = Math.max(1, limit);
    this.startQueuedRuns();
  }

  isActive(runId: string): boolean {
    return this.active.has(runId) || this.queue.includes(runId);
  }

  /** Whether this runner created the run, so its state arrives by IPC, not from disk. */
  owns(runId: string): boolean {
    return this.started.has(runId);
  }

  /** Resolves once the run has a final status; at once for a run this runner does not own. */
  whenSettled(runId: string): Promise<void> {
    return this.settled.get(runId) ?? Promise.resolve();
  }

  async start(plan: RunPlan): Promise<RunRecord> {
    if (this.disposed) {
      throw new Error('The runner is shut down.');
    }
    const record = await createQueuedRun(plan, process.pid);

    this.started.add(record.id);
    this.store.add(record, plan.runsDir);
    this.settled.set(
      record.id,
      new Promise((resolve) => this.resolvers.set(record.id, resolve)),
    );
    this.queue.push(record.id);
    this.startQueuedRuns();
    return record;
  }

  /** Starts a new run from the old run's config snapshot, not from the config file. */
  async rerun(runId: string): Promise<RunRecord> {
    const old = this.store.get(runId);
    if (!old) {
      throw new Error(`Unknown run ${runId}.`);
    }

    const configText = await readFile(runPaths(old.runsDir, runId).config, 'utf8');
    return this.start({
      configPath: old.record.configPath,
      configText,
      runsDir: old.runsDir,
      name: old.record.name,
      seed: old.record.seed,
      epochs: old.record.epochs,
    });
  }

  async stop(runId: string): Promise<void> {
    const queuedAt = this.queue.indexOf(runId);
    if (queuedAt >= 0) {
      this.queue.splice(queuedAt, 1);
      await this.endQueuedRun(runId);
      return;
    }

    const run = this.active.get(runId);
    if (run && !run.stopTimer) {
      this.options.log.info(`[run ${runId}] stop requested`);
      run.process.stop();
      run.stopTimer = setTimeout(() => {
        this.options.log.warn(`[run ${runId}] did not stop in time; killing it`);
        run.killedAfterStop = true;
        run.process.kill();
      }, this.options.stopTimeoutMs ?? 5000);
    }
    await this.whenSettled(runId);
  }

  /** Stops every run, as when the window closes. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const runIds = [...this.queue, ...this.active.keys()];
    await Promise.all(runIds.map((runId) => this.stop(runId)));
    this.ended.dispose();
  }

  private startQueuedRuns(): void {
    while (!this.disposed && this.active.size < this.maxParallelRuns) {
      const runId = this.queue.shift();
      if (runId === undefined) {
        return;
      }
      this.launch(runId);
    }
  }

  private launch(runId: string): void {
    const run = this.store.get(runId)!;
    const request = { configPath: run.record.configPath, runsDir: run.runsDir, runId };
    const log = this.options.log;

    const trainer = new TrainerProcess(this.options.trainerPath, request, {
      onEvents: (events) => this.onEvents(runId, events),
      onLogLine: (line) => log.info(`[run ${runId}] ${line}`),
      onExit: (exit) => void this.onExit(runId, exit),
    });
    this.active.set(runId, { process: trainer, stopTimer: null, killedAfterStop: false });

    log.info(
      `[runner] start pid ${String(trainer.pid)} run ${runId} config ${run.record.configPath}`,
    );
  }

  private onEvents(runId: string, events: TrainerEvent[]): void {
    this.store.applyEvents(runId, events);

    for (const event of events) {
      if (event.type === 'started') {
        this.options.log.info(`[runner] run ${runId} backend ${event.backend}`);
      }
    }
  }

  private async onExit(runId: string, exit: TrainerExit): Promise<void> {
    const run = this.active.get(runId)!;
    if (run.stopTimer) {
      clearTimeout(run.stopTimer);
    }
    this.options.log.info(
      `[runner] exit run ${runId} code ${String(exit.code)}` +
        `${exit.signal ? ` signal ${exit.signal}` : ''} after ${exit.seconds.toFixed(1)} s`,
    );

    const stored = this.store.get(runId)!;
    const disk = await readRunRecord(runPaths(stored.runsDir, runId).dir).catch(
      () => null,
    );
    const outcome = settleRun({
      live: stored.record,
      disk,
      exit,
      killedAfterStop: run.killedAfterStop,
    });
    if (outcome.mustWrite) {
      await this.write(stored.runsDir, outcome.record);
    }

    this.active.delete(runId);
    this.store.replaceRecord(outcome.record);
    this.settle(outcome.record, outcome.crashed);
    this.startQueuedRuns();
  }

  private async endQueuedRun(runId: string): Promise<void> {
    const stored = this.store.get(runId)!;
    const record: RunRecord = {
      ...stored.record,
      status: 'stopped',
      pid: null,
      finishedAt: new Date().toISOString(),
    };
    await this.write(stored.runsDir, record);
    this.store.replaceRecord(record);
    this.settle(record, false);
  }

  private async write(runsDir: string, record: RunRecord): Promise<void> {
    try {
      await writeRunRecord(runPaths(runsDir, record.id).dir, record);
    } catch (error) {
      this.options.log.error(
        `[run ${record.id}] could not write run.json: ${(error as Error).message}`,
      );
    }
  }

  private settle(record: RunRecord, crashed: boolean): void {
    this.ended.fire({ record, crashed });
    this.resolvers.get(record.id)?.();
    this.resolvers.delete(record.id);
    this.settled.delete(record.id);
  }
}
