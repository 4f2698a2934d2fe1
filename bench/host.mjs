import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const description =
  'extension host CPU while relaying one full-speed run to the panel (target < 2% of a core)';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TRAINER = join(ROOT, 'dist/training/child.js');
const FASHION_DIR = '/usr/share/datasets/fashion-mnist';
const TARGET_SHARE = 0.02;

function configText() {
  const data = existsSync(FASHION_DIR)
    ? `{dataset: fashion-mnist, dir: ${FASHION_DIR}, download: false}`
    : '{dataset: mnist-sample}';
  return `name: relay-probe\ndata: ${data}\ntraining: {epochs: 1}\n`;
}

export async function run() {
  const scratch = await mkdtemp(join(tmpdir(), 'trainboard-host-bench-'));
  try {
    const probe = join(scratch, 'relayProbe.js');
    await build({
      entryPoints: [join(ROOT, 'bench/host/relayProbe.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      outfile: probe,
      logLevel: 'warning',
    });

    const configPath = join(scratch, 'probe.yaml');
    const resultPath = join(scratch, 'result.json');
    await writeFile(configPath, configText());
    const child = spawnSync(
      process.execPath,
      [probe, TRAINER, configPath, join(scratch, 'runs'), resultPath],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) {
      throw new Error(`the relay probe exited with ${child.status}`);
    }

    const result = JSON.parse(await readFile(resultPath, 'utf8'));
    const percent = (result.coreShare * 100).toFixed(2);
    const verdict = result.coreShare < TARGET_SHARE ? 'PASS' : 'FAIL';
    console.log(
      `host relay: ${result.steps} steps in ${result.wallSeconds.toFixed(1)} s, ` +
        `host CPU ${result.cpuSeconds.toFixed(2)} s = ${percent}% of one core ` +
        `(${result.messages} panel messages, ${result.megabytes.toFixed(1)} MB)`,
    );
    console.log(
      `${verdict} required: host relay < 2% of one core ` +
        `(${(result.coreShare / TARGET_SHARE).toFixed(2)}x of target)`,
    );
    return { ...result, verdict };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
