import { fork, type ChildProcess } from 'node:child_process';
import {
  isTrainerToHostMessage,
  type HostToTrainerMessage,
  type TrainerEvent,
  type TrainRequest,
} from '../../contract';
import { LineSplitter } from './lineSplitter';

export interface TrainerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last non-empty stderr line, or the spawn error. */
  lastErrorLine: string | null;
  seconds: number;
}

export interface TrainerHandlers {
  onEvents(events: TrainerEvent[]): void;
  onLogLine(line: string): void;
  onExit(exit: TrainerExit): void;
}

/** One forked trainer: its IPC events, its stderr lines and how it ended. */
export class TrainerProcess {
  private readonly child: ChildProcess;
  private readonly startedAt = Date.now();
  private lastErrorLine: string | null = null;
  private exited = false;

  constructor(trainerPath: string, request: TrainRequest, handlers: TrainerHandlers) {
    this.child = fork(trainerPath, [JSON.stringify(request)], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      execArgv: [],
      // Structured clone keeps a diverged NaN loss a number; JSON would turn it into null.
      serialization: 'advanced',
    });

    const stderr = new LineSplitter((line) => {
      this.lastErrorLine = line;
      handlers.onLogLine(line);
    });
    const stdout = new LineSplitter((line) => handlers.onLogLine(line));
    this.child.stderr
      ?.setEncoding('utf8')
      .on('data', (chunk: string) => stderr.push(chunk));
    this.child.stdout
      ?.setEncoding('utf8')
      .on('data', (chunk: string) => stdout.push(chunk));

    this.child.on('message', (message: unknown) => {
      if (isTrainerToHostMessage(message) && message.runId === request.runId) {
        handlers.onEvents(message.events);
      }
    });

    this.child.on('error', (error) => {
      this.lastErrorLine = error.message;
      if (this.child.pid === undefined) {
        this.finish(handlers, null, null);
      }
    });

    this.child.on('close', (code, signal) => {
      stderr.end();
      stdout.end();
      this.finish(handlers, code, signal);
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Asks the trainer to stop after its current step. */
  stop(): void {
    const message: HostToTrainerMessage = { type: 'stop' };
    if (this.child.connected) {
      this.child.send(message, () => undefined);
    }
  }

  kill(): void {
    if (!this.exited) {
      this.child.kill('SIGKILL');
    }
  }

  private finish(
    handlers: TrainerHandlers,
    code: number | null,
    signal: NodeJS.Signals | null,
  ): void {
    if (this.exited) {
      return;
    }
    this.exited = true;
    handlers.onExit({
      code,
      signal,
      lastErrorLine: this.lastErrorLine,
      seconds: (Date.now() - this.startedAt) / 1000,
    });
  }
}
