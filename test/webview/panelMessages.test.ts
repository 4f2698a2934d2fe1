import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  emptyPanelSeries,
  isHostToPanelMessage,
  isPanelToHostMessage,
} from '../../src/contract/panelMessages';
import { batches, panelRun, runInfo } from './fixtures';

describe('messages from the panel to the host', () => {
  it('accepts every message the panel sends', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'rerun', runId: 'a' },
      { type: 'stop', runId: 'a' },
      { type: 'export', runId: 'a', format: 'csv' },
      { type: 'export', runId: 'a', format: 'json' },
    ]) {
      assert.ok(isPanelToHostMessage(message), JSON.stringify(message));
    }
  });

  it('rejects unknown types and malformed fields', () => {
    for (const message of [
      null,
      'ready',
      [],
      {},
      { type: 'delete', runId: 'a' },
      { type: 'rerun' },
      { type: 'rerun', runId: '' },
      { type: 'stop', runId: 3 },
      { type: 'export', runId: 'a', format: 'xml' },
      { type: 'export', runId: 'a' },
    ]) {
      assert.equal(isPanelToHostMessage(message), false, JSON.stringify(message));
    }
  });
});

describe('messages from the host to the panel', () => {
  it('accepts every message the host sends', () => {
    for (const message of [
      { type: 'reset', runs: [] },
      { type: 'reset', runs: [panelRun('a'), panelRun('b')] },
      {
        type: 'runInfo',
        info: runInfo('a', { status: 'failed', error: 'Out of memory.' }),
      },
      { type: 'append', runId: 'a', series: batches(3, [0.4]) },
      { type: 'removeRun', runId: 'a' },
      { type: 'select', runIds: ['a', 'b'] },
    ]) {
      assert.ok(isHostToPanelMessage(message), JSON.stringify(message));
    }
  });

  it('accepts null for a loss that was not finite', () => {
    const series = batches(1, [0.5]);
    series.batchLosses.push(null);
    series.batchSteps.push(2);
    assert.ok(isHostToPanelMessage({ type: 'append', runId: 'a', series }));
  });

  it('rejects unknown types and malformed runs or series', () => {
    const unevenSeries = { ...emptyPanelSeries(), batchSteps: [1, 2], batchLosses: [1] };
    const stringSteps = { ...emptyPanelSeries(), batchSteps: ['1'], batchLosses: [1] };
    const missingColumn: Record<string, unknown> = { ...emptyPanelSeries() };
    delete missingColumn['valAccuracies'];

    for (const message of [
      undefined,
      { type: 'draw' },
      { type: 'reset' },
      { type: 'reset', runs: [{ info: runInfo('a') }] },
      { type: 'runInfo', info: { ...runInfo('a'), status: 'paused' } },
      { type: 'runInfo', info: { ...runInfo('a'), colorIndex: 1.5 } },
      { type: 'runInfo', info: { ...runInfo('a'), id: undefined } },
      { type: 'append', runId: 'a', series: unevenSeries },
      { type: 'append', runId: 'a', series: stringSteps },
      { type: 'append', runId: 'a', series: missingColumn },
      { type: 'append', series: emptyPanelSeries() },
      { type: 'removeRun' },
      { type: 'select', runIds: 'a' },
    ]) {
      assert.equal(isHostToPanelMessage(message), false, JSON.stringify(message));
    }
  });
});

describe('batches of updates from the host', () => {
  it('accepts a batch of valid updates in order', () => {
    const message = {
      type: 'batch',
      updates: [
        { type: 'reset', runs: [panelRun('a')] },
        { type: 'select', runIds: ['a'] },
      ],
    };
    assert.ok(isHostToPanelMessage(message));
  });

  it('rejects a batch holding a malformed update or another batch', () => {
    for (const updates of [
      [{ type: 'select', runIds: [3] }],
      [{ type: 'batch', updates: [] }],
      'not a list',
    ]) {
      assert.equal(isHostToPanelMessage({ type: 'batch', updates }), false);
    }
  });
});
