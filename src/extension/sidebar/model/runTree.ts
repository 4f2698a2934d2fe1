import { basename } from 'node:path';
import { matchesFilter, type RunFilter } from './runFilter';
import type { SidebarRun } from './sidebarRun';

export interface ConfigNode {
  kind: 'config';
  id: string;
  configPath: string;
  label: string;
  runIds: string[];
}

export interface RunNode {
  kind: 'run';
  id: string;
  runId: string;
  parentId: string | null;
}

export type RunsTreeNode = ConfigNode | RunNode;

export interface RunTreeOptions {
  grouped: boolean;
  filter: RunFilter;
}

export interface RunTree {
  roots: RunsTreeNode[];
  children: ReadonlyMap<string, RunNode[]>;
  /** Runs in the workspace, and how many of them pass the filter. */
  total: number;
  shown: number;
}

/** Newest first: by creation time, then by id, which also sorts by creation time. */
export function newestFirst(a: SidebarRun, b: SidebarRun): number {
  const byTime = b.record.createdAt.localeCompare(a.record.createdAt);
  return byTime !== 0 ? byTime : b.record.id.localeCompare(a.record.id);
}

function runNode(run: SidebarRun, parentId: string | null): RunNode {
  return { kind: 'run', id: `run:${run.record.id}`, runId: run.record.id, parentId };
}

/**
 * The Runs view's nodes: the runs passing the filter, newest first, either flat or
 * under one node per config file, the config with the newest run first.
 */
export function buildRunTree(
  runs: readonly SidebarRun[],
  options: RunTreeOptions,
): RunTree {
  const shown = runs
    .filter((run) => matchesFilter(run, options.filter))
    .sort(newestFirst);
  const children = new Map<string, RunNode[]>();

  if (!options.grouped) {
    const roots = shown.map((run) => runNode(run, null));
    return { roots, children, total: runs.length, shown: shown.length };
  }

  const groups = new Map<string, ConfigNode>();
  for (const run of shown) {
    const configPath = run.record.configPath;
    const id = `config:${configPath}`;
    let group = groups.get(id);
    if (!group) {
      group = { kind: 'config', id, configPath, label: basename(configPath), runIds: [] };
      groups.set(id, group);
      children.set(id, []);
    }
    group.runIds.push(run.record.id);
    children.get(id)!.push(runNode(run, id));
  }

  return {
    roots: [...groups.values()],
    children,
    total: runs.length,
    shown: shown.length,
  };
}
