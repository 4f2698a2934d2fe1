import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, type BrowserSession } from '../../../scripts/e2e/browser';
import { ROOT } from '../../../scripts/e2e/paths';
import { stopGroupsOnExit } from '../../../scripts/e2e/processGroups';
import { logTail, startVscodeServer, type Server } from '../../../scripts/e2e/servers';
import {
  createSession,
  disposeSession,
  type Session,
} from '../../../scripts/e2e/session';
import { log, step } from '../../../scripts/e2e/steps';
import { installVsix } from '../../../scripts/e2e/vsix';
import type { HostResult } from './host/harness';

const HOST_TESTS_TIMEOUT_MS = 300_000;

let session: Session | undefined;
let server: Server | undefined;
let browser: BrowserSession | undefined;
let failed = false;

async function bundleHostTests(target: string): Promise<string> {
  const outfile = join(target, 'index.js');
  await build({
    entryPoints: [join(__dirname, 'host', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    absWorkingDir: ROOT,
    logLevel: 'warning',
  });
  return outfile;
}

function remote(port: number, path: string): string {
  return `vscode-remote://127.0.0.1:${port}${path}`;
}

/** Opens the workbench with the extension under development and its tests. */
async function runInsideVscode(
  current: Session,
  extensionPath: string,
  testsEntry: string,
): Promise<number> {
  browser = await step('integration: launch Chromium', launchBrowser);
  const page = await browser.context.newPage();
  const consoleLines: string[] = [];
  page.on('console', (message) =>
    consoleLines.push(`${message.type()} ${message.text()}`),
  );

  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));

  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(server!.port, extensionPath)],
    ['extensionTestsPath', remote(server!.port, testsEntry)],
  ]);
  const url =
    `${server!.url}/?folder=${encodeURIComponent(current.workspace)}` +
    `&payload=${encodeURIComponent(payload)}`;

  try {
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no result within ${HOST_TESTS_TIMEOUT_MS / 1000} s`)),
        HOST_TESTS_TIMEOUT_MS,
      );
    });
    return await Promise.race([exited, timedOut]).finally(() => clearTimeout(timer));
  } catch (error) {
    await page.screenshot({ path: join(current.artifacts, 'failure.png') });
    throw error;
  } finally {
    await writeFile(
      join(current.artifacts, 'browser-console.log'),
      consoleLines.join('\n'),
    );
  }
}

async function hostResults(resultsFile: string): Promise<HostResult[]> {
  if (!existsSync(resultsFile)) {
    const tail = server ? await logTail(server.logFile) : '';
    throw new Error(`The tests inside VS Code wrote no results.\n${tail}`);
  }
  return JSON.parse(await readFile(resultsFile, 'utf8')) as HostResult[];
}

describe('Inside VS Code: commands, menus and the runner', { timeout: 420_000 }, () => {
  let results: HostResult[] = [];
  let exitCode = -1;

  before(async () => {
    stopGroupsOnExit();
    session = await step('integration: create a scratch profile', () =>
      createSession('integration'),
    );
    const current = session;
    const extensionPath = await step('integration: unpack the VSIX', () =>
      installVsix(current, join(current.dir, 'vsix')),
    );
    const testsEntry = await step('integration: bundle the tests', () =>
      bundleHostTests(join(current.dir, 'host-tests')),
    );

    const resultsFile = join(current.dir, 'results.json');
    current.env['TRAINBOARD_E2E_RESULTS'] = resultsFile;
    server = await step('integration: start the VS Code server', () =>
      startVscodeServer(current),
    );
    exitCode = await step('integration: run the tests inside VS Code', () =>
      runInsideVscode(current, extensionPath, testsEntry),
    );
    results = await hostResults(resultsFile);
    log(`integration: VS Code exited with ${exitCode}`);
  });

  after(async () => {
    await browser?.browser.close().catch(() => undefined);
    await server?.stop();
    if (session) {
      const logs = join(session.dir, 'server-data', 'logs');
      if (existsSync(logs)) {
        await cp(logs, join(session.artifacts, 'vscode-logs'), { recursive: true });
      }
      await disposeSession(session, failed);
    }
  });

  test('every test inside VS Code passes', async (t) => {
    for (const result of results) {
      await t.test(result.name, (inner) => {
        inner.diagnostic(`${result.durationMs} ms inside VS Code`);
        if (!result.ok) {
          failed = true;
          throw new Error(result.error);
        }
      });
    }
    if (exitCode !== 0) {
      failed = true;
    }
    if (results.length === 0 || exitCode !== 0) {
      throw new Error(`VS Code exited with ${exitCode} after ${results.length} tests`);
    }
  });
});
