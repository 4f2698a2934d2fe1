import type { TrainerEvent } from '../../contract';

const WIDTH = 24;

function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

/** One status line redrawn in place on a terminal: epoch, step, loss and ETA. */
export class ProgressBar {
  private totalSteps = 0;
  private epochs = 0;
  private lastDraw = 0;
  private visible = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(event: TrainerEvent): void {
    if (event.type === 'started') {
      this.totalSteps = event.stepsPerEpoch * event.epochs;
      this.epochs = event.epochs;
      return;
    }
    if (event.type !== 'batch' || performance.now() - this.lastDraw < 100) {
      return;
    }
    this.lastDraw = performance.now();

    const fraction = this.totalSteps > 0 ? event.step / this.totalSteps : 0;
    const filled = Math.round(fraction * WIDTH);
    const eta = fraction > 0 ? (event.elapsed / fraction) * (1 - fraction) : 0;
    const bar = `${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}`;
    this.stream.write(
      `\r[${bar}] epoch ${event.epoch}/${this.epochs} step ${event.step}/${this.totalSteps} ` +
        `loss ${event.loss.toFixed(3)} ETA ${formatDuration(eta)} `,
    );
    this.visible = true;
  }

  /** Clears the bar so a normal line can be printed. */
  clear(): void {
    if (this.visible) {
      this.stream.write('\r\x1b[2K');
      this.visible = false;
    }
  }
}
