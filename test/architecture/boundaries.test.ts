import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(join(ROOT, path)).isDirectory()) {
      return sourceFiles(path);
    }
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports: packages by name, project files by their folder. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)];
  return specifiers.map(([, specifier]) =>
    specifier!.startsWith('.')
      ? relative(ROOT, resolve(dirname(join(ROOT, file)), specifier!))
      : specifier!,
  );
}

function violations(folder: string, forbidden: (target: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${file} imports ${target}`),
  );
}

const isTfjs = (target: string) => target.startsWith('@tensorflow/');
const isProjectPart = (part: string) => (target: string) => target.startsWith(part);

describe('the boundaries between the three processes', () => {
  it('keeps TensorFlow.js and the trainer engine out of the extension host', () => {
    const engine = ['src/training/backend', 'src/training/model', 'src/training/engine'];
    assert.deepEqual(
      violations(
        'src/extension',
        (target) => isTfjs(target) || engine.some((p) => target.startsWith(p)),
      ),
      [],
    );
  });

  it('keeps vscode, the host and the panel out of the trainer', () => {
    assert.deepEqual(
      violations(
        'src/training',
        (target) =>
          target === 'vscode' ||
          isProjectPart('src/extension')(target) ||
          isProjectPart('webview')(target),
      ),
      [],
    );
  });

  it('keeps Node, vscode, the host and the trainer out of the panel', () => {
    assert.deepEqual(
      violations(
        'webview',
        (target) =>
          target === 'vscode' ||
          target.startsWith('node:') ||
          isProjectPart('src/extension')(target) ||
          isProjectPart('src/training')(target),
      ),
      [],
    );
  });

  it('lets the contract import nothing but itself', () => {
    assert.deepEqual(
      violations('src/contract', (target) => !target.startsWith('src/contract')),
      [],
    );
  });
});
