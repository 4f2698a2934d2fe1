import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isCompareToHostMessage,
  isHostToCompareMessage,
  type Comparison,
} from '../../../src/contract/compareMessages';
import { compareHtml } from '../../../src/extension/compare/compareHtml';
import {
  checkCompareMessage,
  savedRunIds,
} from '../../../src/extension/compare/compareMessageGuard';

const curve = { steps: [1], epochs: [0.1], elapsed: [0.5], values: [2.3] };
const comparison: Comparison = {
  runs: [
    {
      id: 'a',
      name: 'a',
      status: 'completed',
      colorIndex: 0,
      backend: 'wasm',
      configFile: 'a.yaml',
      summary: {
        finalLoss: 1,
        bestLoss: 1,
        bestValLoss: 1,
        bestValAccuracy: 0.5,
        gap: 0,
        epochs: 1,
        durationSeconds: 2,
      },
      curves: { trainLoss: curve, valLoss: curve, valAccuracy: curve },
    },
  ],
  config: [{ key: 'model.dropout', values: [0.5], differs: false }],
  best: { finalLoss: [], bestLoss: [], bestValLoss: [], bestValAccuracy: [], gap: [] },
};

describe('the compare view messages', () => {
  it('accept a well-formed comparison', () => {
    assert.equal(isHostToCompareMessage({ type: 'comparison', comparison }), true);
  });

  it('reject a comparison whose columns disagree in length', () => {
    const broken = structuredClone(comparison);
    broken.runs[0]!.curves.valLoss.values.push(1);
    assert.equal(
      isHostToCompareMessage({ type: 'comparison', comparison: broken }),
      false,
    );

    const wide = structuredClone(comparison);
    wide.config[0]!.values.push(1);
    assert.equal(isHostToCompareMessage({ type: 'comparison', comparison: wide }), false);
  });

  it('from the view are only ready and a run to show, with no other fields', () => {
    assert.equal(isCompareToHostMessage({ type: 'ready' }), true);
    assert.equal(isCompareToHostMessage({ type: 'showInLossPanel', runId: 'a' }), true);
    assert.equal(isCompareToHostMessage({ type: 'ready', path: '/etc' }), false);
    assert.equal(
      isCompareToHostMessage({ type: 'showInLossPanel', runId: 'a', command: 'x' }),
      false,
    );
    assert.equal(
      isCompareToHostMessage({ type: 'openFile', path: '/etc/passwd' }),
      false,
    );
  });

  it('may name only a run that is being compared', () => {
    const compared = (runId: string) => runId === 'a';

    assert.equal(
      checkCompareMessage({ type: 'showInLossPanel', runId: 'a' }, compared).ok,
      true,
    );
    assert.equal(
      checkCompareMessage({ type: 'showInLossPanel', runId: 'b' }, compared).ok,
      false,
    );
  });

  it('restore only plain run ids from the saved state', () => {
    assert.deepEqual(savedRunIds({ runIds: ['20260101-a', '../x/y', 7] }), [
      '20260101-a',
    ]);
    assert.deepEqual(savedRunIds(null), []);
  });
});

describe('the compare view page', () => {
  it('runs scripts only with its nonce and has its own bundle and title', () => {
    const html = compareHtml({
      cspSource: 'https://webview',
      nonce: 'n0nce',
      scriptUri: 'https://webview/dist/webview/compare.js',
      styleUri: 'https://webview/dist/webview/compare.css',
    });

    assert.match(html, /default-src 'none'/);
    assert.match(html, /script-src 'nonce-n0nce'/);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    assert.match(html, /<script nonce="n0nce" src="[^"]+compare\.js"><\/script>/);
    assert.match(html, /<title>Compare runs<\/title>/);
  });
});
