import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HostTest } from './harness';
import { EXTENSION_ID, configUri } from './hostState';

interface MenuEntry {
  command: string;
  when?: string;
}

interface Manifest {
  contributes: {
    commands: { command: string; title: string }[];
    menus: Record<string, MenuEntry[]>;
  };
}

function manifest(): Manifest {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.packageJSON as Manifest;
}

function menuEntry(menu: string, command: string): MenuEntry {
  const entry = manifest().contributes.menus[menu]?.find(
    (item) => item.command === command,
  );
  assert.ok(entry, `${command} is in the ${menu} menu`);
  return entry;
}

export const commandAndMenuTests: HostTest[] = [
  {
    name: 'the extension activates in the test workspace',
    timeoutMs: 30_000,
    body: async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension);
      await extension.activate();
      assert.ok(extension.isActive);
      assert.equal(vscode.workspace.isTrusted, true, 'the test workspace is trusted');
    },
  },
  {
    name: 'every contributed command is registered',
    timeoutMs: 10_000,
    body: async () => {
      const registered = new Set(await vscode.commands.getCommands(true));
      const missing = manifest()
        .contributes.commands.map(({ command }) => command)
        .filter((command) => !registered.has(command));
      assert.deepEqual(missing, []);
    },
  },
  {
    name: 'every menu entry names a contributed command',
    timeoutMs: 10_000,
    body: async () => {
      const { commands, menus } = manifest().contributes;
      const contributed = new Set(commands.map(({ command }) => command));
      for (const [menu, entries] of Object.entries(menus)) {
        for (const entry of entries) {
          assert.ok(contributed.has(entry.command), `${menu} names ${entry.command}`);
        }
      }
    },
  },
  {
    name: 'Train config is offered on YAML files in trusted workspaces only',
    timeoutMs: 15_000,
    body: async () => {
      for (const menu of ['editor/context', 'editor/title', 'explorer/context']) {
        const when = menuEntry(menu, 'trainboard.trainConfig').when ?? '';
        assert.match(when, /isWorkspaceTrusted/, `${menu} asks for trust`);
        assert.match(when, /yaml/, `${menu} asks for a YAML file`);
      }
      const palette = menuEntry('commandPalette', 'trainboard.trainConfig').when ?? '';
      assert.match(palette, /editorLangId == yaml/);

      const document = await vscode.workspace.openTextDocument(
        configUri('quick-dropout.train.yaml'),
      );
      assert.equal(document.languageId, 'yaml', 'VS Code sees the config as YAML');
    },
  },
  {
    name: 'the test-only panel state command is hidden from the palette',
    timeoutMs: 5_000,
    body: async () => {
      assert.equal(
        menuEntry('commandPalette', 'trainboard.debug.panelState').when,
        'false',
      );
    },
  },
];
