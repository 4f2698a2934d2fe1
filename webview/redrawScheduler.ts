export interface SchedulerClock {
  now(): number;
  /** Runs `callback` after `delay` ms, then on the next animation frame. */
  later(callback: () => void, delay: number): void;
}

export const MIN_REDRAW_INTERVAL_MS = 100;

const browserClock: SchedulerClock = {
  now: () => performance.now(),
  later: (callback, delay) => {
    setTimeout(() => requestAnimationFrame(callback), delay);
  },
};

/**
 * Coalesces redraw requests: however many messages arrive, the panel draws at
 * most once per interval, on an animation frame, with everything received.
 */
export class RedrawScheduler {
  private pending = false;
  private generation = 0;
  private lastDraw = -Infinity;

  constructor(
    private readonly draw: () => void,
    private readonly clock: SchedulerClock = browserClock,
    private readonly interval = MIN_REDRAW_INTERVAL_MS,
  ) {}

  get isPending(): boolean {
    return this.pending;
  }

  request(): void {
    if (this.pending) {
      return;
    }

    this.pending = true;
    const generation = this.generation;
    const wait = Math.max(0, this.lastDraw + this.interval - this.clock.now());
    this.clock.later(() => {
      if (generation === this.generation) {
        this.run();
      }
    }, wait);
  }

  /** Draws now what is pending, for tests and benchmarks that time a redraw. */
  flush(): void {
    this.generation += 1;
    this.run();
  }

  private run(): void {
    this.pending = false;
    this.lastDraw = this.clock.now();
    this.draw();
  }
}
