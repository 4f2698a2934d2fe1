import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { writeRunFolders } from './sidebar/runFolders.mjs';

export const description =
  'Runs view: list and group 500 run folders from a cold start; compare 50 long runs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LISTING_TARGET_MS = 200;

async function bundleModel(dir) {
  const outfile = join(dir, 'measure.cjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['bench/sidebar/measure.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  return outfile;
}

/** Each measurement in a fresh Node process, so nothing is warm but the disk cache. */
function measureInFreshProcess(bundle, call) {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
console.log(JSON.stringify(await m.${call}));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output);
}

function ms(value) {
  return `${value.toFixed(1)} ms`;
}

export async function run() {
  const dir = await mkdtemp(join(tmpdir(), 'trainboard-bench-sidebar-'));
  try {
    const bundle = await bundleModel(dir);
    const manyRuns = join(dir, 'many', '.trainboard', 'runs');
    const longRuns = join(dir, 'long', '.trainboard', 'runs');
    await writeRunFolders(manyRuns, {
      count: 500,
      configs: 12,
      epochs: 2,
      stepsPerEpoch: 100,
    });
    await writeRunFolders(longRuns, {
      count: 50,
      configs: 6,
      epochs: 20,
      stepsPerEpoch: 800,
    });

    const sidebar = measureInFreshProcess(
      bundle,
      `measureSidebar(${JSON.stringify(manyRuns)})`,
    );
    const compare = measureInFreshProcess(
      bundle,
      `measureCompare(${JSON.stringify(longRuns)}, 50)`,
    );

    const pass = sidebar.coldListingMs < LISTING_TARGET_MS ? 'PASS' : 'FAIL';
    console.log(`runs view, ${sidebar.runs} runs over ${sidebar.configs} configs:`);
    console.log(`  read every run.json        ${ms(sidebar.listRunJsonMs)}`);
    console.log(`  group by config            ${ms(sidebar.groupMs)}`);
    console.log(`  item labels and icons      ${ms(sidebar.itemsMs)}`);
    console.log(`  flat list                  ${ms(sidebar.flatMs)}`);
    console.log(`  filtered                   ${ms(sidebar.filterMs)}`);
    console.log(
      `  ${pass}: cold listing ${ms(sidebar.coldListingMs)} (< ${LISTING_TARGET_MS} ms)`,
    );
    console.log(
      `  host load with metrics     ${ms(sidebar.hostLoadWithMetricsMs)} (context)`,
    );
    console.log(
      `compare view, ${compare.runs} runs of ${compare.eventsPerRun} events each:`,
    );
    console.log(`  read, diff and downsample  ${ms(compare.readAndPrepareMs)}`);
    console.log(`  diff and downsample only   ${ms(compare.prepareInMemoryMs)}`);
    console.log(
      `  message ${compare.messageMiB.toFixed(2)} MiB, ${compare.pointsPerTrainCurve} points per training curve`,
    );

    return { sidebar, compare, listingTargetMs: LISTING_TARGET_MS, listingPass: pass };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await run();
}
