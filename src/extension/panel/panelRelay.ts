import type {
  HostToPanelMessage,
  PanelRunInfo,
  PanelSeries,
  PanelUpdate,
} from '../../contract';
import { appendSeries, copySeries } from '../runner/series';

export interface RelayClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: RelayClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface RelayOptions {
  post(message: HostToPanelMessage): void;
  /** Builds the full state at the moment it is sent, so nothing pending is lost. */
  buildReset(): PanelUpdate;
  /** Runs to highlight; sent again after every reset, since a reset clears the page. */
  selection?(): string[];
  maxMessagesPerSecond?: number;
  clock?: RelayClock;
}

/**
 * Sends host state to one webview at a bounded message rate whatever the event rate:
 * pending points of a run are merged into one `append`, a run's info keeps only its
 * latest value, and a `reset` replaces everything pending.
 */
export class PanelRelay {
  private readonly pending = new Map<string, PanelUpdate>();
  private readonly intervalMs: number;
  private readonly clock: RelayClock;
  private connected = false;
  private resetPending = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private timer: unknown = null;

  constructor(private readonly options: RelayOptions) {
    this.intervalMs = 1000 / (options.maxMessagesPerSecond ?? 10);
    this.clock = options.clock ?? systemClock;
  }

  /** The webview is ready or visible again: it gets the whole state first. */
  connect(): void {
    this.connected = true;
    this.resetPending = true;
    this.pending.clear();
    this.schedule();
  }

  /** A hidden or closed webview receives nothing; it is reset when it comes back. */
  disconnect(): void {
    this.connected = false;
    this.resetPending = false;
    this.pending.clear();
    this.cancelTimer();
  }

  appendSeries(runId: string, series: PanelSeries): void {
    if (!this.accepts()) {
      return;
    }
    const key = `append:${runId}`;
    const queued = this.pending.get(key);
    if (queued?.type === 'append') {
      appendSeries(queued.series, series);
    } else {
      this.enqueue(key, { type: 'append', runId, series: copySeries(series) });
    }
  }

  runInfo(info: PanelRunInfo): void {
    if (this.accepts()) {
      this.enqueue(`info:${info.id}`, { type: 'runInfo', info }, true);
    }
  }

  removeRun(runId: string): void {
    if (!this.accepts()) {
      return;
    }
    this.pending.delete(`append:${runId}`);
    this.pending.delete(`info:${runId}`);
    this.enqueue(`remove:${runId}`, { type: 'removeRun', runId });
  }

  select(runIds: string[]): void {
    if (this.accepts()) {
      this.enqueue('select', { type: 'select', runIds }, true);
    }
  }

  get pendingCount(): number {
    return this.pending.size + (this.resetPending ? 1 : 0);
  }

  dispose(): void {
    this.disconnect();
  }

  /** While a reset waits, it will carry any change anyway. */
  private accepts(): boolean {
    return this.connected && !this.resetPending;
  }

  /** A replaced message moves to the back, so a run's final status follows its last points. */
  private enqueue(key: string, message: PanelUpdate, replace = false): void {
    if (replace) {
      this.pending.delete(key);
    }
    if (!this.pending.has(key)) {
      this.pending.set(key, message);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null || this.pendingCount === 0) {
      return;
    }
    const wait = Math.max(0, this.lastSentAt + this.intervalMs - this.clock.now());
    this.timer = this.clock.setTimeout(() => this.sendNext(), wait);
  }

  private sendNext(): void {
    this.timer = null;
    if (!this.connected) {
      return;
    }

    const message = this.takeNext();
    if (message) {
      this.lastSentAt = this.clock.now();
      this.options.post(message);
    }
    this.schedule();
  }

  /** Everything pending, in order, as one message: a reset first when one is due. */
  private takeNext(): HostToPanelMessage | undefined {
    const updates: PanelUpdate[] = [];
    if (this.resetPending) {
      this.resetPending = false;
      updates.push(this.options.buildReset());
      const runIds = this.options.selection?.() ?? [];
      if (runIds.length > 0) {
        updates.push({ type: 'select', runIds });
      }
    }
    updates.push(...this.pending.values());
    this.pending.clear();

    if (updates.length <= 1) {
      return updates[0];
    }
    return { type: 'batch', updates };
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
