import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RUN_STATUSES, type TrainerEvent } from '../../../src/contract';
import { queuedRecord } from '../../../src/extension/runner/runFolder';
import { RunStore } from '../../../src/extension/runner/runStore';
import {
  runContextValue,
  runDescription,
  statusIcon,
} from '../../../src/extension/sidebar/model/runPresentation';
import { sidebarRun } from './fixtures';

const plan = {
  configPath: '/w/tiny.yaml',
  configText: 'name: tiny\n',
  runsDir: '/w/.trainboard/runs',
  name: 'tiny',
  seed: 1,
  epochs: 2,
};

const events: Record<string, TrainerEvent> = {
  started: {
    type: 'started',
    runId: 'r',
    name: 'tiny',
    backend: 'wasm',
    seed: 1,
    epochs: 2,
    stepsPerEpoch: 10,
    trainSize: 100,
    testSize: 10,
    time: '2026-01-01T00:00:00.000Z',
  },
  batch: { type: 'batch', step: 10, epoch: 1, loss: 0.51234, elapsed: 3.2 },
  epoch: {
    type: 'epoch',
    epoch: 1,
    step: 10,
    loss: 0.6,
    valLoss: 0.55,
    valAccuracy: 0.8312,
    seconds: 3,
    elapsed: 3.4,
  },
  finished: {
    type: 'finished',
    line: 'done',
    seconds: 75,
    time: '2026-01-01T00:01:15.000Z',
  },
};

describe('how a run item looks', () => {
  it('has an icon and a menu context of its own for every status', () => {
    const icons = new Set(RUN_STATUSES.map((status) => statusIcon(status).id));
    const contexts = new Set(RUN_STATUSES.map(runContextValue));

    assert.equal(icons.size, RUN_STATUSES.length);
    assert.equal(contexts.size, RUN_STATUSES.length);
    assert.equal(runContextValue('running'), 'run.running');
  });

  it('spins while running and is coloured where the status matters', () => {
    assert.match(statusIcon('running').id, /~spin$/);
    assert.equal(statusIcon('failed').color, 'testing.iconFailed');
    assert.equal(statusIcon('completed').color, 'testing.iconPassed');
  });

  it('follows a live run from queued to completed through the store', () => {
    const store = new RunStore();
    store.add(queuedRecord('r', plan, 1), plan.runsDir);
    const seen = () => {
      const run = store.get('r')!;
      return [statusIcon(run.record.status).id, runContextValue(run.record.status)];
    };

    assert.deepEqual(seen(), ['clock', 'run.queued']);
    assert.equal(runDescription(store.get('r')!), 'queued');

    store.applyEvents('r', [events['started']!, events['batch']!, events['epoch']!]);
    assert.deepEqual(seen(), ['sync~spin', 'run.running']);
    assert.equal(
      runDescription(store.get('r')!),
      'epoch 1/2 · loss 0.5123 · acc 83.1% · 3s',
    );

    store.applyEvents('r', [events['finished']!]);
    const done = store.get('r')!;
    store.replaceRecord({ ...done.record, startedAt: '2026-01-01T00:00:00.000Z' });
    assert.deepEqual(seen(), ['pass', 'run.completed']);
    assert.equal(runDescription(store.get('r')!), 'loss 0.5123 · acc 83.1% · 1m 15s');
  });

  it('shows no numbers for a run that never trained', () => {
    const run = sidebarRun({
      status: 'failed',
      createdAt: '2026-01-01T00:00:00Z',
      startedAt: null,
    });

    assert.equal(runDescription(run), '');
  });
});
