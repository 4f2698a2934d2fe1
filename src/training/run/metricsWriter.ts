import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { TrainerEvent } from '../../contract';

/**
 * Appends events to `metrics.jsonl`, whole lines at a time. Lines are held in memory
 * only between flushes (about every 50 ms of training), so a killed run keeps all but
 * its last moments and at worst leaves one torn line, which readers skip.
 */
export class MetricsWriter {
  private readonly fd: number;
  private pending: string[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'a');
  }

  append(event: TrainerEvent): void {
    this.pending.push(JSON.stringify(event));
  }

  flush(): void {
    if (this.pending.length === 0) {
      return;
    }
    writeSync(this.fd, `${this.pending.join('\n')}\n`);
    this.pending = [];
  }

  close(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}
