import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CheckedRuns } from '../../../src/extension/sidebar/model/checkedRuns';
import { runsToCompare } from '../../../src/extension/sidebar/model/compareSelection';
import { targetNodes } from '../../../src/extension/sidebar/model/nodeArgs';
import type { ConfigNode, RunNode } from '../../../src/extension/sidebar/model/runTree';

function runNode(runId: string): RunNode {
  return { kind: 'run', id: `run:${runId}`, runId, parentId: null };
}

const group: ConfigNode = {
  kind: 'config',
  id: 'config:/w/a.yaml',
  configPath: '/w/a.yaml',
  label: 'a.yaml',
  runIds: ['a2', 'a1'],
};

describe('the runs to compare', () => {
  it('are the checked runs when any are checked, whatever is selected', () => {
    assert.deepEqual(runsToCompare({ checked: ['c', 'a'], selected: [runNode('b')] }), [
      'c',
      'a',
    ]);
  });

  it('are the selected runs otherwise, a config standing for all its runs', () => {
    assert.deepEqual(
      runsToCompare({ checked: [], selected: [runNode('b'), group, runNode('a1')] }),
      ['b', 'a2', 'a1'],
    );
  });

  it('have no cap on how many', () => {
    const many = Array.from({ length: 120 }, (_, index) => `r${index}`);
    assert.equal(runsToCompare({ checked: many, selected: [] }).length, 120);
  });
});

describe('the checked runs', () => {
  it('keep the view order and forget runs that left the store', () => {
    const checked = new CheckedRuns();
    checked.set('a', true);
    checked.set('b', true);
    checked.set('c', true);
    checked.set('b', false);

    assert.deepEqual(checked.inOrder(['c', 'b', 'a']), ['c', 'a']);
    assert.equal(
      checked.keepOnly((runId) => runId !== 'c'),
      true,
    );
    assert.deepEqual(checked.inOrder(['c', 'b', 'a']), ['a']);
  });
});

describe('the nodes a menu command acts on', () => {
  const a = runNode('a');
  const b = runNode('b');

  it('are the selection when it holds the clicked node', () => {
    assert.deepEqual(targetNodes(a, [a, b], []), [a, b]);
  });

  it('are the clicked node alone when it is outside the selection', () => {
    assert.deepEqual(targetNodes(a, [b], []), [a]);
  });

  it("are the view's selection when a title button is handed only the focused node", () => {
    assert.deepEqual(targetNodes(a, undefined, [a, b]), [a, b]);
    assert.deepEqual(targetNodes(a, undefined, [b]), [a]);
  });

  it("are the view's selection from the palette, which passes nothing", () => {
    assert.deepEqual(targetNodes(undefined, undefined, [b]), [b]);
    assert.deepEqual(targetNodes('not a node', 42, []), []);
  });
});
