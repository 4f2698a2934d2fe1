import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NO_FILTER } from '../../../src/extension/sidebar/model/runFilter';
import {
  buildRunTree,
  type ConfigNode,
} from '../../../src/extension/sidebar/model/runTree';
import { sidebarRun } from './fixtures';

const runs = [
  sidebarRun({
    id: 'a',
    name: 'first',
    createdAt: '2026-01-01T10:00:00Z',
    configPath: '/w/a.yaml',
  }),
  sidebarRun({
    id: 'b',
    name: 'second',
    createdAt: '2026-01-01T11:00:00Z',
    configPath: '/w/b.yaml',
  }),
  sidebarRun({
    id: 'c',
    name: 'third',
    createdAt: '2026-01-01T12:00:00Z',
    configPath: '/w/a.yaml',
  }),
];

describe('the runs tree', () => {
  it('groups runs under their config file, the config with the newest run first', () => {
    const tree = buildRunTree(runs, { grouped: true, filter: NO_FILTER });

    const groups = tree.roots as ConfigNode[];
    assert.deepEqual(
      groups.map((group) => [group.label, group.runIds]),
      [
        ['a.yaml', ['c', 'a']],
        ['b.yaml', ['b']],
      ],
    );
    assert.deepEqual(
      tree.children.get(groups[0]!.id)!.map((node) => node.runId),
      ['c', 'a'],
    );
  });

  it('lists every run newest first in flat mode', () => {
    const tree = buildRunTree(runs, { grouped: false, filter: NO_FILTER });

    assert.deepEqual(
      tree.roots.map((node) => (node.kind === 'run' ? node.runId : node.id)),
      ['c', 'b', 'a'],
    );
    assert.equal(tree.children.size, 0);
  });

  it('breaks a tie in creation time by run id, newest id first', () => {
    const same = '2026-01-01T10:00:00Z';
    const tree = buildRunTree(
      [
        sidebarRun({ id: '1', createdAt: same }),
        sidebarRun({ id: '2', createdAt: same }),
      ],
      { grouped: false, filter: NO_FILTER },
    );

    assert.deepEqual(
      tree.roots.map((node) => node.kind === 'run' && node.runId),
      ['2', '1'],
    );
  });

  it('gives every run node its config as parent, and none in flat mode', () => {
    const grouped = buildRunTree(runs, { grouped: true, filter: NO_FILTER });
    const flat = buildRunTree(runs, { grouped: false, filter: NO_FILTER });

    const child = grouped.children.get('config:/w/b.yaml')![0]!;
    assert.equal(child.parentId, 'config:/w/b.yaml');
    assert.ok(flat.roots.every((node) => node.kind === 'run' && node.parentId === null));
  });

  it('leaves out runs the filter rejects and counts what it shows', () => {
    const tree = buildRunTree(runs, {
      grouped: true,
      filter: { text: 'b.yaml', statuses: [] },
    });

    assert.equal(tree.roots.length, 1);
    assert.equal(tree.total, 3);
    assert.equal(tree.shown, 1);
  });

  it('has no nodes for a folder without runs', () => {
    const tree = buildRunTree([], { grouped: true, filter: NO_FILTER });

    assert.deepEqual(tree.roots, []);
    assert.equal(tree.total, 0);
  });
});
