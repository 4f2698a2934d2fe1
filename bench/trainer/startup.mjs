import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { median } from '../lib/stats.mjs';

const CHILD_PATH = fileURLToPath(
  new URL('../../dist/training/child.js', import.meta.url),
);
const EXIT_GRACE_MS = 10_000;
const FIRST_BATCH_TIMEOUT_MS = 120_000;

/** Seconds from fork() to the first batch event; the run is then stopped. */
function timeOnce(configPath, runsDir) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = fork(CHILD_PATH, [JSON.stringify({ configPath, runsDir })], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    let firstBatch = null;
    child.stderr.on('data', (chunk) => (stderr += chunk));

    const giveUp = setTimeout(() => child.kill('SIGKILL'), FIRST_BATCH_TIMEOUT_MS);
    child.on('message', (message) => {
      const events = message?.type === 'events' ? message.events : [];
      if (firstBatch === null && events.some((event) => event.type === 'batch')) {
        firstBatch = (performance.now() - started) / 1000;
        clearTimeout(giveUp);
        child.send({ type: 'stop' });
        setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS).unref();
      }
    });

    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(giveUp);
      if (firstBatch === null) {
        const why = stderr.trim().split('\n').at(-1) ?? '';
        reject(
          new Error(`trainer child exited (${code ?? signal}) before a batch: ${why}`),
        );
        return;
      }
      resolve(firstBatch);
    });
  });
}

export async function measureStartup({ scratch, runs }) {
  if (!existsSync(CHILD_PATH)) {
    return { status: 'skipped', reason: 'dist/training/child.js is missing' };
  }

  const seconds = [];
  try {
    for (let index = 0; index < runs; index++) {
      seconds.push(
        await timeOnce(scratch.configPath, scratch.runsDir(`startup-${index}`)),
      );
    }
  } catch (error) {
    return { status: 'failed', reason: error.message, seconds };
  }
  return { status: 'ok', seconds, medianSeconds: median(seconds) };
}
