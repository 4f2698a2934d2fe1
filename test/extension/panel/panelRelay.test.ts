import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  HostToPanelMessage,
  PanelRunInfo,
  PanelUpdate,
} from '../../../src/contract';
import { PanelRelay, type RelayClock } from '../../../src/extension/panel/panelRelay';
import { seriesFromEvents } from '../../../src/extension/runner/series';

class ManualClock implements RelayClock {
  time = 0;
  private timers: { at: number; callback: () => void }[] = [];

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    return timer;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer !== handle);
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers
        .filter((timer) => timer.at <= end)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) {
        break;
      }
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = end;
  }
}

function points(from: number, count: number) {
  const events = Array.from({ length: count }, (_, i) => ({
    type: 'batch' as const,
    step: from + i,
    epoch: 1,
    loss: 1,
    elapsed: 0,
  }));
  return seriesFromEvents(events);
}

function info(id: string, epoch: number): PanelRunInfo {
  return {
    id,
    name: id,
    status: 'running',
    colorIndex: 0,
    epoch,
    epochs: 5,
    lastLoss: null,
    bestValAccuracy: null,
    durationSeconds: null,
    error: null,
  };
}

/** What the panel applies, in order: the updates inside each batch, one by one. */
function updatesOf(sent: HostToPanelMessage[]): PanelUpdate[] {
  return sent.flatMap((message) =>
    message.type === 'batch' ? message.updates : [message],
  );
}

function setup(selection: string[] = []) {
  const clock = new ManualClock();
  const sent: HostToPanelMessage[] = [];
  const relay = new PanelRelay({
    post: (message) => sent.push(message),
    buildReset: () => ({ type: 'reset', runs: [] }),
    selection: () => selection,
    clock,
  });
  return { clock, sent, relay };
}

describe('relaying run state to the panel', () => {
  it('sends nothing before the webview is ready', () => {
    const { clock, sent, relay } = setup();

    relay.appendSeries('a', points(1, 3));
    clock.advance(1000);

    assert.deepEqual(sent, []);
  });

  it('starts with a reset when the webview is ready', () => {
    const { clock, sent, relay } = setup();

    relay.connect();
    relay.appendSeries('a', points(1, 3));
    clock.advance(0);

    assert.deepEqual(sent, [{ type: 'reset', runs: [] }]);
  });

  it('highlights the selected runs again after every reset', () => {
    const { clock, sent, relay } = setup(['a', 'b']);

    relay.connect();
    clock.advance(1000);
    relay.disconnect();
    relay.connect();
    clock.advance(1000);

    const selectAfterReset = { type: 'select', runIds: ['a', 'b'] };
    const reset = { type: 'reset', runs: [] };
    assert.deepEqual(updatesOf(sent), [reset, selectAfterReset, reset, selectAfterReset]);
  });

  it('merges the points of a run into one append whatever the event rate', () => {
    const { clock, sent, relay } = setup();
    relay.connect();
    clock.advance(0);

    for (let step = 1; step <= 1000; step += 1) {
      relay.appendSeries('a', points(step, 1));
      clock.advance(1);
    }
    clock.advance(1000);

    const appends = sent.filter((message) => message.type === 'append');
    const steps = appends.flatMap((message) =>
      message.type === 'append' ? message.series.batchSteps : [],
    );
    assert.ok(appends.length <= 11, `${appends.length} appends in about a second`);
    assert.deepEqual(
      steps,
      Array.from({ length: 1000 }, (_, i) => i + 1),
    );
  });

  it('sends no more than ten messages a second across many runs', () => {
    const { clock, sent, relay } = setup();
    relay.connect();
    clock.advance(0);
    sent.length = 0;

    for (let tick = 0; tick < 1000; tick += 1) {
      for (const runId of ['a', 'b', 'c', 'd', 'e']) {
        relay.appendSeries(runId, points(tick, 1));
        relay.runInfo(info(runId, tick));
      }
      clock.advance(1);
    }

    assert.ok(sent.length <= 10, `${sent.length} messages in one second`);
  });

  it('brings every live run up to date in each message, however many run', () => {
    const { clock, sent, relay } = setup();
    relay.connect();
    clock.advance(0);
    sent.length = 0;

    const runIds = Array.from({ length: 20 }, (_, index) => `run-${index}`);
    for (const runId of runIds) {
      relay.appendSeries(runId, points(1, 5));
      relay.runInfo(info(runId, 1));
    }
    clock.advance(100);

    assert.equal(sent.length, 1);
    const updated = new Set(
      updatesOf(sent).map((u) => (u.type === 'append' ? u.runId : '')),
    );
    assert.ok(runIds.every((runId) => updated.has(runId)));
  });

  it('keeps only the latest info of a run', () => {
    const { clock, sent, relay } = setup();
    relay.connect();
    clock.advance(0);
    sent.length = 0;

    relay.runInfo(info('a', 1));
    relay.runInfo(info('a', 2));
    clock.advance(1000);

    assert.deepEqual(sent, [{ type: 'runInfo', info: info('a', 2) }]);
  });

  it("sends a run's latest info after the points that came before it", () => {
    const { clock, sent, relay } = setup();
    relay.connect();
    clock.advance(0);
    sent.length = 0;

    relay.runInfo(info('a', 1));
    relay.appendSeries('a', points(1, 3));
    relay.runInfo(info('a', 2));
    clock.advance(1000);

    assert.deepEqual(
      updatesOf(sent).map((update) => update.type),
      ['append', 'runInfo'],
    );
  });

  it('drops pending points of a removed run', () => {
    const { clock, sent, relay } = setup();
    relay.connect();
    clock.advance(0);
    sent.length = 0;

    relay.appendSeries('a', points(1, 2));
    relay.removeRun('a');
    clock.advance(1000);

    assert.deepEqual(sent, [{ type: 'removeRun', runId: 'a' }]);
  });

  it('sends nothing while hidden and a fresh reset when visible again', () => {
    const { clock, sent, relay } = setup();
    relay.connect();
    clock.advance(0);

    relay.disconnect();
    relay.appendSeries('a', points(1, 2));
    clock.advance(1000);
    relay.connect();
    clock.advance(1000);

    assert.deepEqual(
      sent.map((message) => message.type),
      ['reset', 'reset'],
    );
  });
});
