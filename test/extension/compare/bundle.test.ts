import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(__dirname, '../../..');

// FAST, under the UI toolkit, reaches for this only where globalThis is missing.
const FAST_GLOBAL_FALLBACK = 'new Function("return this")()';

async function bundle(): Promise<{ js: string; css: string }> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['webview/compare/main.ts'],
    outdir: 'out/compare-test',
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    loader: { '.css': 'css' },
    write: false,
    logLevel: 'silent',
  });
  const text = (ending: string) =>
    result.outputFiles.find((file) => file.path.endsWith(ending))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

describe('the compare view bundle', () => {
  it('builds for the browser with its stylesheet', async () => {
    const { js, css } = await bundle();

    assert.ok(js.length > 0);
    assert.match(css, /compare-table/);
  });

  it('evaluates no strings as code and uses no Node modules', async () => {
    const { js } = await bundle();
    const code = js.replaceAll(FAST_GLOBAL_FALLBACK, '');

    assert.doesNotMatch(code, /\beval\s*\(/);
    assert.doesNotMatch(code, /new\s+Function\b/);
    assert.doesNotMatch(code, /require\(["'](node:|fs|path|child_process|vscode)/);
  });
});
