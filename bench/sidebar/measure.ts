import { performance } from 'node:perf_hooks';
import { ComparisonLoader } from '../../src/extension/compare/comparisonLoader';
import {
  buildComparison,
  compareRunOf,
} from '../../src/extension/compare/model/comparison';
import { loadRunsFolder } from '../../src/extension/runner/loadRuns';
import { RunStore } from '../../src/extension/runner/runStore';
import { NO_FILTER } from '../../src/extension/sidebar/model/runFilter';
import {
  runContextValue,
  runDescription,
  statusIcon,
} from '../../src/extension/sidebar/model/runPresentation';
import {
  buildRunTree,
  type RunsTreeNode,
} from '../../src/extension/sidebar/model/runTree';
import type { SidebarRun } from '../../src/extension/sidebar/model/sidebarRun';
import { listRuns, readMetrics, runPaths } from '../../src/training/run';
import { readFlatConfig } from '../../src/extension/compare/readRunForCompare';

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

async function timeAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** What the view asks of every visible node: the item's label, icon, menu and numbers. */
function renderItems(
  runs: readonly SidebarRun[],
  nodes: readonly RunsTreeNode[],
): number {
  const byId = new Map(runs.map((run) => [run.record.id, run]));
  let characters = 0;
  for (const node of nodes) {
    const run = node.kind === 'run' ? byId.get(node.runId) : undefined;
    if (run) {
      characters += runDescription(run).length + statusIcon(run.record.status).id.length;
      characters += runContextValue(run.record.status).length;
    }
  }
  return characters;
}

export async function measureSidebar(runsDir: string) {
  const [records, listMs] = await timeAsync(() => listRuns(runsDir));
  const runs: SidebarRun[] = records.map((record, index) => ({
    record,
    runsDir,
    colorIndex: index,
    elapsedSeconds: null,
    currentEpoch: 0,
  }));

  const [grouped, groupMs] = time(() =>
    buildRunTree(runs, { grouped: true, filter: NO_FILTER }),
  );
  const nodes = [...grouped.roots, ...[...grouped.children.values()].flat()];
  const [, itemsMs] = time(() => renderItems(runs, nodes));
  const [flat, flatMs] = time(() =>
    buildRunTree(runs, { grouped: false, filter: NO_FILTER }),
  );
  const [, filterMs] = time(() =>
    buildRunTree(runs, {
      grouped: true,
      filter: { text: 'dropout', statuses: ['failed'] },
    }),
  );

  const store = new RunStore();
  const [, storeMs] = await timeAsync(() => loadRunsFolder(store, runsDir));

  return {
    runs: records.length,
    configs: grouped.roots.length,
    flatNodes: flat.roots.length,
    listRunJsonMs: listMs,
    groupMs,
    itemsMs,
    flatMs,
    filterMs,
    coldListingMs: listMs + groupMs + itemsMs,
    hostLoadWithMetricsMs: storeMs,
  };
}

export async function measureCompare(runsDir: string, count: number) {
  const records = (await listRuns(runsDir)).slice(0, count);
  const runs = records.map((record, index) => ({ record, runsDir, colorIndex: index }));

  const [comparison, loadMs] = await timeAsync(() => new ComparisonLoader().load(runs));
  const events = await Promise.all(
    records.map(
      async (record) => (await readMetrics(runPaths(runsDir, record.id).metrics)).events,
    ),
  );
  const configs = await Promise.all(
    records.map((record) => readFlatConfig(runsDir, record)),
  );
  const [, prepareMs] = time(() =>
    buildComparison(
      runs.map((run, index) =>
        compareRunOf({ ...run, config: configs[index]!, events: events[index]! }),
      ),
      configs,
    ),
  );
  const [text, stringifyMs] = time(() => JSON.stringify(comparison));

  return {
    runs: comparison.runs.length,
    eventsPerRun: events[0]?.length ?? 0,
    pointsPerTrainCurve: comparison.runs[0]?.curves.trainLoss.steps.length ?? 0,
    differingKeys: comparison.config.filter((row) => row.differs).length,
    readAndPrepareMs: loadMs,
    prepareInMemoryMs: prepareMs,
    messageMiB: text.length / 2 ** 20,
    stringifyMs,
  };
}
