import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RedrawScheduler, type SchedulerClock } from '../../webview/redrawScheduler';

class FakeClock implements SchedulerClock {
  time = 0;
  private timers: { at: number; callback: () => void }[] = [];

  now(): number {
    return this.time;
  }

  later(callback: () => void, delay: number): void {
    this.timers.push({ at: this.time + delay + 16, callback });
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) {
        break;
      }
      this.timers.shift();
      this.time = next.at;
      next.callback();
    }
    this.time = end;
  }
}

describe('redraw scheduler', () => {
  it('draws at most ten times a second however many requests arrive', () => {
    const clock = new FakeClock();
    let draws = 0;
    const scheduler = new RedrawScheduler(() => (draws += 1), clock, 100);

    for (let millisecond = 0; millisecond < 1000; millisecond++) {
      scheduler.request();
      clock.advance(1);
    }
    clock.advance(200);

    assert.ok(draws <= 11, `${draws} draws`);
    assert.ok(draws >= 8, `${draws} draws`);
  });

  it('draws once for a burst of requests', () => {
    const clock = new FakeClock();
    let draws = 0;
    const scheduler = new RedrawScheduler(() => (draws += 1), clock, 100);

    for (let request = 0; request < 50; request++) {
      scheduler.request();
    }
    clock.advance(500);
    assert.equal(draws, 1);
  });

  it('draws at once on flush and drops the redraw it had planned', () => {
    const clock = new FakeClock();
    let draws = 0;
    const scheduler = new RedrawScheduler(() => (draws += 1), clock, 100);

    scheduler.request();
    scheduler.flush();
    assert.equal(draws, 1);
    clock.advance(500);
    assert.equal(draws, 1);
    assert.equal(scheduler.isPending, false);
  });
});
