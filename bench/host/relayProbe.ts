import { readFile, writeFile } from 'node:fs/promises';
import { feedRelayFromStore } from '../../src/extension/panel/storeFeed';
import { PanelRelay } from '../../src/extension/panel/panelRelay';
import { resetMessage } from '../../src/extension/panel/panelSnapshot';
import { Runner } from '../../src/extension/runner/runner';
import { silentLog } from '../../src/extension/runner/runnerLog';
import { RunStore } from '../../src/extension/runner/runStore';

/**
 * The extension host's side of one full-speed run, outside VS Code: the real runner
 * forks the real trainer, the store folds its events, the relay batches them for the
 * panel and every message is serialised as postMessage would. Prints the host's CPU
 * time against the wall time, as JSON, on stdout.
 */
async function main(): Promise<void> {
  const [trainerPath, configPath, runsDir, resultPath] = process.argv.slice(2) as [
    string,
    string,
    string,
    string,
  ];
  const store = new RunStore();
  const runner = new Runner(store, { trainerPath, maxParallelRuns: 1, log: silentLog });

  let messages = 0;
  let bytes = 0;
  const relay = new PanelRelay({
    post: (message) => {
      messages += 1;
      bytes += JSON.stringify(message).length;
    },
    buildReset: () => resetMessage(store),
  });
  feedRelayFromStore(store, relay);
  relay.connect();

  const configText = await readFile(configPath, 'utf8');
  let measuring: { cpu: NodeJS.CpuUsage; wall: number } | null = null;
  store.onDidChange((change) => {
    if (!measuring && change.kind === 'appended') {
      measuring = { cpu: process.cpuUsage(), wall: performance.now() };
    }
  });

  const record = await runner.start({
    configPath,
    configText,
    runsDir,
    name: 'relay-probe',
    seed: 42,
    epochs: 1,
  });
  await runner.whenSettled(record.id);

  const start = measuring as { cpu: NodeJS.CpuUsage; wall: number } | null;
  if (!start) {
    throw new Error('the run produced no events');
  }
  const cpu = process.cpuUsage(start.cpu);
  const wallSeconds = (performance.now() - start.wall) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const run = store.get(record.id);
  const result = {
    status: run?.record.status,
    steps: run?.series.batchSteps.length ?? 0,
    wallSeconds,
    cpuSeconds,
    coreShare: cpuSeconds / wallSeconds,
    messages,
    megabytes: bytes / 1e6,
  };
  await writeFile(resultPath, JSON.stringify(result));
  relay.dispose();
  await runner.dispose();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
