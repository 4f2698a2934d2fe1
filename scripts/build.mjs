import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  define: { TRAINBOARD_VERSION: JSON.stringify(version) },
};

const browserBundle = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  loader: { '.css': 'css' },
};

const bundles = [
  {
    ...nodeBundle,
    entryPoints: ['src/training/cli.ts'],
    outfile: 'dist/training/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@tensorflow/tfjs-node'],
  },
  {
    ...nodeBundle,
    entryPoints: ['src/training/child.ts'],
    outfile: 'dist/training/child.js',
    external: ['@tensorflow/tfjs-node'],
  },
  {
    ...nodeBundle,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension/extension.js',
    external: ['vscode'],
  },
  {
    ...browserBundle,
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview/main.js',
  },
  {
    ...browserBundle,
    entryPoints: ['webview/compare/main.ts'],
    outfile: 'dist/webview/compare.js',
  },
];

async function copyWasmFiles() {
  const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  const target = join(root, 'dist/training');
  await mkdir(target, { recursive: true });
  for (const file of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) {
    await copyFile(join(wasmDir, file), join(target, file));
  }
}

await import('./build-kernels.mjs');

if (production) {
  await rm(join(root, 'dist'), { recursive: true, force: true });
}

const present = bundles.filter((options) =>
  existsSync(join(root, options.entryPoints[0])),
);
await Promise.all(present.map((options) => build(options)));
await copyWasmFiles();

if (existsSync(join(root, 'scripts/build-sample.mjs'))) {
  await import('./build-sample.mjs');
}
