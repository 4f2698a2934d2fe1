import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureCodeServer } from './codeServer';
import { ROOT } from './paths';
import { ensureSystemPackages } from './systemPackages';
import { log, step } from './steps';
import { packageVsix } from './vsix';

const E2E_TESTS = join(ROOT, 'test', 'e2e');

function findTests(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      return entry === 'host' || entry === 'workspace' ? [] : findTests(path);
    }
    return entry.endsWith('.test.ts') ? [relative(ROOT, path)] : [];
  });
}

/** Runs the test files in one child process group, passing on Ctrl+C or a CI timeout. */
function runTests(files: readonly string[]): Promise<number> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      ...files,
    ],
    { cwd: ROOT, stdio: 'inherit', detached: true },
  );
  const forward = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The tests have already ended.
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => forward(signal));
  }
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const filter = process.argv.slice(2);
  const files = findTests(E2E_TESTS).filter(
    (file) =>
      filter.length === 0 ||
      filter.some((word) => file.toLowerCase().includes(word.toLowerCase())),
  );
  if (files.length === 0) {
    throw new Error(`No end-to-end test file matches ${filter.join(' ')}`);
  }

  await step('install system packages', async () => ensureSystemPackages());
  await step('install code-server', ensureCodeServer);
  await step('package the VSIX', async () => packageVsix());
  const code = await step('run the end-to-end tests', () => runTests(files));

  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  log(`end-to-end suite ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
