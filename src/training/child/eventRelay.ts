import type { TrainerEvent, TrainerToHostMessage } from '../../contract';

/** Gathers events and sends them to the host in one IPC message per flush. */
export class EventRelay {
  private pending: TrainerEvent[] = [];

  constructor(
    private readonly runId: () => string,
    private readonly send: (message: TrainerToHostMessage) => void,
  ) {}

  push(event: TrainerEvent): void {
    this.pending.push(event);
  }

  flush(): void {
    if (this.pending.length === 0) {
      return;
    }
    this.send({ type: 'events', runId: this.runId(), events: this.pending });
    this.pending = [];
  }
}
