import { cp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from '../../../scripts/e2e/browser';
import { stopGroupsOnExit } from '../../../scripts/e2e/processGroups';
import { startCodeServer, type Server } from '../../../scripts/e2e/servers';
import {
  createSession,
  disposeSession,
  type Session,
} from '../../../scripts/e2e/session';
import { log, step } from '../../../scripts/e2e/steps';
import { installVsix } from '../../../scripts/e2e/vsix';
import { waitForWorkbench } from './workbench';

/** A code-server with the packaged extension, a browser page on it, and a scratch workspace. */
export interface UiSession {
  session: Session;
  server: Server;
  page: Page;
  failed: boolean;
  /** Saves a full-window screenshot into this session's artifacts. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

async function saveLogs(session: Session): Promise<void> {
  const logs = join(session.userData, 'logs');
  if (existsSync(logs)) {
    await cp(logs, join(session.artifacts, 'vscode-logs'), { recursive: true });
  }
}

export async function openUiSession(
  name: string,
  prepareWorkspace?: (session: Session) => Promise<void>,
): Promise<UiSession> {
  stopGroupsOnExit();
  const session = await step(`${name}: create a scratch profile`, () =>
    createSession(name),
  );
  await step(`${name}: install the VSIX`, () => installVsix(session));
  if (prepareWorkspace) {
    await step(`${name}: prepare the workspace`, () => prepareWorkspace(session));
  }
  const server = await step(`${name}: start code-server`, () => startCodeServer(session));

  let browser: BrowserSession | null = null;
  try {
    browser = await step(`${name}: launch Chromium`, launchBrowser);
    const page = await browser.context.newPage();
    const consoleLines: string[] = [];
    page.on('console', (message) =>
      consoleLines.push(`${message.type()} ${message.text()}`),
    );
    page.on('pageerror', (error) => consoleLines.push(`pageerror ${error.message}`));

    await step(`${name}: open the workbench`, async () => {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(session.workspace)}`);
      await waitForWorkbench(page);
    });

    const opened: UiSession = {
      session,
      server,
      page,
      failed: false,
      async screenshot(shot) {
        const path = join(session.artifacts, `${shot}.png`);
        await page.screenshot({ path });
        return path;
      },
      async close() {
        if (opened.failed) {
          await opened.screenshot('failure').catch(() => undefined);
        }
        await writeFile(
          join(session.artifacts, 'browser-console.log'),
          consoleLines.join('\n'),
        );
        await browser?.browser.close().catch(() => undefined);
        await server.stop();
        await saveLogs(session);
        await disposeSession(session, opened.failed);
        log(`${name}: artifacts in ${session.artifacts}`);
      },
    };
    return opened;
  } catch (error) {
    await browser?.browser.close().catch(() => undefined);
    await server.stop();
    await saveLogs(session);
    throw error;
  }
}
