import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RUN_STATUSES, type RunStatus } from '../../../src/contract';
import { runContextValue } from '../../../src/extension/sidebar/model/runPresentation';
import {
  RUNS_VIEW_ID,
  SIDEBAR_COMMANDS,
} from '../../../src/extension/sidebar/sidebarIds';

interface MenuEntry {
  command: string;
  when?: string;
}

const manifest = JSON.parse(
  readFileSync(join(__dirname, '../../../package.json'), 'utf8'),
) as {
  activationEvents: string[];
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    menus: Record<string, MenuEntry[]>;
  };
};

/** The run statuses for which a menu entry's `viewItem =~ /.../` clause holds. */
function statusesOf(entry: MenuEntry): RunStatus[] {
  const match = /viewItem =~ \/(.+?)\//.exec(entry.when ?? '');
  const pattern = new RegExp(match![1]!);
  return RUN_STATUSES.filter((status) => pattern.test(runContextValue(status)));
}

function itemMenu(command: string, group: string): MenuEntry {
  const entry = manifest.contributes.menus['view/item/context']!.find(
    (candidate) =>
      candidate.command === command &&
      (candidate as { group?: string }).group?.startsWith(group) &&
      candidate.when?.includes('viewItem =~'),
  );
  assert.ok(entry, `${command} in ${group}`);
  return entry;
}

describe('the manifest of the Runs view', () => {
  it('contributes every command the sidebar registers, in a view of its own', () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));

    for (const id of Object.values(SIDEBAR_COMMANDS)) {
      assert.ok(contributed.has(id), id);
    }
    assert.deepEqual(
      manifest.contributes.views['trainboard']!.map((view) => view.id),
      [RUNS_VIEW_ID],
    );
    assert.ok(
      manifest.activationEvents.includes('onWebviewPanel:trainboard.comparePanel'),
    );
  });

  it('offers Stop only while a run is active, and rename and delete once it ended', () => {
    assert.deepEqual(statusesOf(itemMenu(SIDEBAR_COMMANDS.stop, '2_run')), [
      'queued',
      'running',
    ]);
    for (const command of [SIDEBAR_COMMANDS.rename, SIDEBAR_COMMANDS.delete]) {
      assert.deepEqual(statusesOf(itemMenu(command, '4_edit')), [
        'completed',
        'failed',
        'stopped',
        'interrupted',
      ]);
    }
    assert.equal(statusesOf(itemMenu(SIDEBAR_COMMANDS.openSnapshot, '1_open')).length, 6);
  });
});
