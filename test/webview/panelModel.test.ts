import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PanelModel } from '../../webview/model/panelModel';
import { batches, panelRun, runInfo } from './fixtures';

describe('panel model', () => {
  it('replaces every run on reset', () => {
    const model = new PanelModel();
    model.apply({ type: 'reset', runs: [panelRun('a'), panelRun('b')] });
    model.apply({ type: 'reset', runs: [panelRun('c')] });

    assert.deepEqual(
      model.runs.map((run) => run.info.id),
      ['c'],
    );
  });

  it('appends new points to the run they belong to', () => {
    const model = new PanelModel();
    model.apply({ type: 'reset', runs: [panelRun('a', [1, 0.9]), panelRun('b')] });
    const change = model.apply({
      type: 'append',
      runId: 'a',
      series: batches(3, [0.7, 0.6]),
    });

    assert.deepEqual(change, { kind: 'append', runId: 'a' });
    assert.deepEqual(model.run('a')?.series.batchSteps, [1, 2, 3, 4]);
    assert.deepEqual(model.run('a')?.series.batchLosses, [1, 0.9, 0.7, 0.6]);
    assert.deepEqual(model.run('b')?.series.batchSteps, [1, 2]);
  });

  it('ignores points for a run it does not know', () => {
    const model = new PanelModel();
    const change = model.apply({ type: 'append', runId: 'x', series: batches(1, [1]) });
    assert.deepEqual(change, { kind: 'none' });
    assert.equal(model.runs.length, 0);
  });

  it('does not share arrays with the message it was reset from', () => {
    const model = new PanelModel();
    const run = panelRun('a', [1]);
    model.apply({ type: 'reset', runs: [run] });
    model.apply({ type: 'append', runId: 'a', series: batches(2, [0.5]) });
    assert.deepEqual(run.series.batchLosses, [1]);
  });

  it('updates a known run on runInfo and adds an unknown one with no points', () => {
    const model = new PanelModel();
    model.apply({ type: 'reset', runs: [panelRun('a')] });

    const updated = model.apply({
      type: 'runInfo',
      info: runInfo('a', { status: 'completed' }),
    });
    const added = model.apply({
      type: 'runInfo',
      info: runInfo('b', { status: 'queued' }),
    });

    assert.deepEqual(updated, { kind: 'runInfo', runId: 'a', added: false });
    assert.deepEqual(added, { kind: 'runInfo', runId: 'b', added: true });
    assert.equal(model.run('a')?.info.status, 'completed');
    assert.equal(model.run('a')?.series.batchSteps.length, 2);
    assert.equal(model.run('b')?.series.batchSteps.length, 0);
  });

  it('removes a run and drops it from the selection', () => {
    const model = new PanelModel();
    model.apply({ type: 'reset', runs: [panelRun('a'), panelRun('b')] });
    model.apply({ type: 'select', runIds: ['a', 'b'] });
    model.apply({ type: 'removeRun', runId: 'a' });

    assert.deepEqual(
      model.runs.map((run) => run.info.id),
      ['b'],
    );
    assert.deepEqual(model.selection, ['b']);
    assert.deepEqual(model.apply({ type: 'removeRun', runId: 'a' }), { kind: 'none' });
  });

  it('selects only runs it knows', () => {
    const model = new PanelModel();
    model.apply({ type: 'reset', runs: [panelRun('a')] });
    model.apply({ type: 'select', runIds: ['a', 'gone'] });
    assert.deepEqual(model.selection, ['a']);
    assert.ok(model.isSelected('a'));
  });

  it('keeps a restored selection until a reset shows which runs still exist', () => {
    const model = new PanelModel();
    model.restoreSelection(['a', 'gone']);
    assert.deepEqual(model.selection, ['a', 'gone']);

    model.apply({ type: 'reset', runs: [panelRun('a')] });
    assert.deepEqual(model.selection, ['a']);
  });
});
