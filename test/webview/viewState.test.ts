import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultViewState, parseViewState } from '../../webview/viewState';

describe('saved view state', () => {
  it('starts with every chart visible and nothing selected', () => {
    const state = parseViewState(undefined);
    assert.deepEqual(state, defaultViewState());
    assert.equal(state.visibleCharts.length, 4);
  });

  it('reads back what the panel saved', () => {
    const saved = {
      smoothing: 0.9,
      visibleCharts: ['valLoss', 'batchLoss'],
      selection: ['a'],
      selectedOnly: true,
    };
    assert.deepEqual(parseViewState(saved), {
      smoothing: 0.9,
      visibleCharts: ['batchLoss', 'valLoss'],
      selection: ['a'],
      selectedOnly: true,
    });
  });

  it('drops what it does not recognise', () => {
    const state = parseViewState({
      smoothing: 7,
      visibleCharts: ['pie', 'valAccuracy'],
      selection: ['a', 2],
    });
    assert.equal(state.smoothing, 0.999);
    assert.deepEqual(state.visibleCharts, ['valAccuracy']);
    assert.deepEqual(state.selection, ['a']);
  });
});
