import type { TrainerEvent, TrainerToHostMessage } from '../../contract';

/** The panel redraws at most ten times a second, so the host need not hear more often. */
const MIN_INTERVAL_MS = 100;

/** Gathers events and sends them to the host in one IPC message per flush. */
export class EventRelay {
  private pending: TrainerEvent[] = [];
  private lastSent = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly runId: () => string,
    private readonly send: (message: TrainerToHostMessage) => void,
  ) {}

  push(event: TrainerEvent): void {
    this.pending.push(event);
  }

  /** Sends what is pending if the last message went out long enough ago. */
  flushIfDue(): void {
    if (performance.now() - this.lastSent >= MIN_INTERVAL_MS) {
      this.flush();
    }
  }

  flush(): void {
    if (this.pending.length === 0) {
      return;
    }
    this.send({ type: 'events', runId: this.runId(), events: this.pending });
    this.pending = [];
    this.lastSent = performance.now();
  }
}
