import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPanelMessage } from '../../../src/extension/panel/panelMessageGuard';

const isKnownRun = (runId: string): boolean => runId === 'run-1';

describe('checking messages from the panel', () => {
  it('accepts the contract messages for a known run', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'rerun', runId: 'run-1' },
      { type: 'stop', runId: 'run-1' },
      { type: 'export', runId: 'run-1', format: 'csv' },
    ]) {
      assert.deepEqual(checkPanelMessage(message, isKnownRun), { ok: true, message });
    }
  });

  it('ignores an unknown run id', () => {
    const result = checkPanelMessage({ type: 'stop', runId: 'run-2' }, isKnownRun);

    assert.equal(result.ok, false);
  });

  it('ignores an unknown type, a wrong format and anything not an object', () => {
    for (const message of [
      { type: 'executeCommand', command: 'workbench.action.quit' },
      { type: 'export', runId: 'run-1', format: 'exe' },
      'ready',
      null,
      [{ type: 'ready' }],
    ]) {
      assert.equal(checkPanelMessage(message, isKnownRun).ok, false);
    }
  });

  it('refuses extra fields, so a message can never carry a path', () => {
    const message = {
      type: 'export',
      runId: 'run-1',
      format: 'csv',
      path: '/etc/passwd',
    };

    const result = checkPanelMessage(message, isKnownRun);

    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.reason.startsWith('unexpected fields'));
  });
});
