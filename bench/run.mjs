import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** Every benchmark; `node bench/run.mjs [name,...] [options]` runs the named ones. */
const BENCHMARKS = [
  { name: 'trainer', module: './trainer.mjs' },
  { name: 'panel', module: './panel/run.mjs' },
  { name: 'host', module: './host.mjs' },
  { name: 'sidebar', module: './sidebar.mjs' },
];

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

function select(argv) {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith('-')) {
    return { benchmarks: BENCHMARKS, args: argv };
  }

  const names = first.split(',');
  const unknown = names.filter(
    (name) => !BENCHMARKS.some((bench) => bench.name === name),
  );
  if (unknown.length > 0) {
    const known = BENCHMARKS.map((bench) => bench.name).join(', ');
    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${known}`);
  }
  return {
    benchmarks: BENCHMARKS.filter((bench) => names.includes(bench.name)),
    args: rest,
  };
}

async function saveResult(name, result) {
  const time = new Date().toISOString();
  const path = `${RESULTS_DIR}${name}-${time.replace(/[:.]/g, '-')}.json`;
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(
    path,
    `${JSON.stringify({ benchmark: name, time, ...result }, null, 2)}\n`,
  );
  return path;
}

async function main() {
  const { benchmarks, args } = select(process.argv.slice(2));
  for (const bench of benchmarks) {
    const { description, run } = await import(bench.module);
    console.log(`== ${bench.name}: ${description}`);

    const started = performance.now();
    const result = await run(args);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `== ${bench.name} took ${seconds} s; results in ${await saveResult(bench.name, result)}`,
    );
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
