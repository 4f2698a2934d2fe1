/* global window, performance */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { routePanelPage, ORIGIN } from './page.mjs';
import { appendBatch, syntheticRuns } from './synthetic.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 20;
const STEPS = 30_000;
const LOG_EVERY = 10;
const STEPS_PER_EPOCH = 1_000;
const APPEND_STEPS = 100;
const REPEATS = 15;

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--enable-precise-memory-info',
];

async function ensureBundle() {
  if (existsSync(join(ROOT, 'dist/webview/main.js'))) {
    return;
  }
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview/main.js',
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    loader: { '.css': 'css' },
    logLevel: 'warning',
  });
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], best: sorted[0] };
}

async function openPanel(browser, theme) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on(
    'console',
    (message) => message.type() === 'error' && errors.push(message.text()),
  );
  await routePanelPage(page, ROOT, theme);
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => window.__benchPosted?.some((m) => m.type === 'ready'));
  return { page, errors };
}

async function sendRuns(page, options) {
  await page.evaluate(
    `window.__benchRuns = (${syntheticRuns})(${JSON.stringify(options)})`,
  );
  await page.evaluate(() => {
    window.postMessage({ type: 'reset', runs: window.__benchRuns }, '*');
    delete window.__benchRuns;
  });
  await page.waitForFunction(
    (count) => window.__trainboardPanelState().runs.length === count,
    options.runs,
  );
}

async function timeFullRedraw(page) {
  const times = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    times.push(await page.evaluate(() => window.__trainboardPanelFlush(true)));
  }
  return summary(times);
}

async function timeLiveUpdate(page) {
  await page.evaluate(`window.__benchAppend = (${appendBatch})`);
  const times = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const fromStep = STEPS + repeat * APPEND_STEPS;
    const batch = { runId: 'run-01', fromStep, count: APPEND_STEPS, logEvery: LOG_EVERY };
    times.push(
      await page.evaluate(async (options) => {
        const handled = new Promise((resolve) =>
          window.addEventListener('message', resolve, { once: true }),
        );
        window.postMessage(window.__benchAppend(options), '*');
        await handled;
        await window.__trainboardPanelFlush(false);
        return performance.now() - window.__benchReceivedAt;
      }, batch),
    );
  }
  return summary(times);
}

async function heapMegabytes(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return used / 1024 / 1024;
}

function verdict(label, measured, target, unit) {
  const { median: value, best } =
    typeof measured === 'number' ? { median: measured } : measured;
  const ratio = value / target;
  const status = value < target ? 'PASS' : 'FAIL';
  const spread = best === undefined ? '' : `, best ${best.toFixed(1)} ${unit}`;
  const line =
    `${label}: ${value.toFixed(1)} ${unit}${spread} ` +
    `(target < ${target} ${unit}, ${ratio.toFixed(2)}x of target) ${status}`;
  return { label, value, best, target, unit, ratio, status, line };
}

async function screenshot(browser, theme, file) {
  const { page } = await openPanel(browser, theme);
  const statuses = ['running', 'completed', 'failed', 'stopped', 'interrupted', 'queued'];
  await sendRuns(page, {
    runs: 6,
    steps: 4_000,
    logEvery: 50,
    stepsPerEpoch: 400,
    statuses,
  });
  await page.evaluate(() =>
    window.postMessage({ type: 'select', runIds: ['run-01', 'run-02'] }, '*'),
  );
  await page.waitForTimeout(400);
  await mkdir(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
}

/** Times the loss panel's drawing at scale in headless Chromium; reports, never gates. */
export async function run(options = {}) {
  const log = options.log ?? console.log;
  await ensureBundle();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });

  try {
    const { page, errors } = await openPanel(browser, 'dark');
    const statuses = ['running'];
    await sendRuns(page, {
      runs: RUNS,
      steps: STEPS,
      logEvery: LOG_EVERY,
      stepsPerEpoch: STEPS_PER_EPOCH,
      statuses,
    });
    log(
      `panel benchmark: ${RUNS} runs x ${STEPS} steps, 4 charts, live batches of ` +
        `${APPEND_STEPS} steps; median of ${REPEATS}; load average ` +
        `${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );

    const results = [
      verdict('full redraw (all runs, all charts)', await timeFullRedraw(page), 50, 'ms'),
      verdict(
        'live update (one append batch + redraw)',
        await timeLiveUpdate(page),
        16,
        'ms',
      ),
      verdict('JS heap after GC', await heapMegabytes(page), 150, 'MB'),
    ];
    for (const result of results) {
      log(result.line);
    }

    const violations = await page.evaluate(() => window.__benchViolations);
    log(
      `CSP violations: ${violations.length}${violations.length ? ` (${violations.join('; ')})` : ''}`,
    );
    log(`page errors: ${errors.length}${errors.length ? ` (${errors.join('; ')})` : ''}`);
    await page.close();

    const shot = join(ROOT, 'bench/results/panel.png');
    await screenshot(browser, 'dark', shot);
    await screenshot(browser, 'light', join(ROOT, 'bench/results/panel-light.png'));
    log(`screenshot: ${shot}`);
    return { name: 'panel', results, violations, errors };
  } finally {
    await browser.close();
  }
}

export const description =
  'loss panel in headless Chromium: full redraw, live update and heap at 20 runs x 30,000 steps';

export const main = run;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run().catch((error) => console.error(`panel benchmark failed: ${error.message}`));
  process.exit(0);
}
