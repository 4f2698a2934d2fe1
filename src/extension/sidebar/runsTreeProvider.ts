import * as vscode from 'vscode';
import { readFlatConfig } from '../compare/readRunForCompare';
import type { RunStore } from '../runner/runStore';
import { CheckedRuns } from './model/checkedRuns';
import { NO_FILTER, type RunFilter } from './model/runFilter';
import {
  buildRunTree,
  newestFirst,
  type RunTree,
  type RunsTreeNode,
} from './model/runTree';
import { runTooltipMarkdown } from './model/runTooltip';
import { configTreeItem, runTreeItem } from './treeItems';

/** How long store changes gather before the view redraws, so a live run costs little. */
const REFRESH_DELAY_MS = 300;

/** The Runs view's data: the store's runs as a tree, redrawn on every store change. */
export class RunsTreeProvider
  implements vscode.TreeDataProvider<RunsTreeNode>, vscode.Disposable
{
  readonly checked = new CheckedRuns();
  private tree: RunTree | null = null;
  private grouped: boolean;
  private filter: RunFilter = NO_FILTER;
  private timer: NodeJS.Timeout | null = null;
  private readonly changed = new vscode.EventEmitter<RunsTreeNode | undefined>();
  private readonly rebuilt = new vscode.EventEmitter<RunTree>();
  private readonly storeSubscription: { dispose(): void };

  readonly onDidChangeTreeData = this.changed.event;
  /** After each rebuild, so the view can update its description and message. */
  readonly onDidRebuild = this.rebuilt.event;

  constructor(
    private readonly store: RunStore,
    grouped: boolean,
  ) {
    this.grouped = grouped;
    this.storeSubscription = store.onDidChange(() => this.scheduleRefresh());
  }

  get isGrouped(): boolean {
    return this.grouped;
  }

  get currentFilter(): RunFilter {
    return this.filter;
  }

  setGrouped(grouped: boolean): void {
    this.grouped = grouped;
    this.refresh();
  }

  setFilter(filter: RunFilter): void {
    this.filter = filter;
    this.refresh();
  }

  /** Every run id, newest first, as the flat view lists them. */
  orderedRunIds(): string[] {
    return this.store
      .list()
      .sort(newestFirst)
      .map((run) => run.record.id);
  }

  refresh(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.tree = null;
    this.changed.fire(undefined);
  }

  getChildren(node?: RunsTreeNode): RunsTreeNode[] {
    const tree = this.currentTree();
    if (!node) {
      return tree.roots;
    }
    return node.kind === 'config' ? (tree.children.get(node.id) ?? []) : [];
  }

  getParent(node: RunsTreeNode): RunsTreeNode | undefined {
    if (node.kind !== 'run' || node.parentId === null) {
      return undefined;
    }
    return this.currentTree().roots.find((root) => root.id === node.parentId);
  }

  getTreeItem(node: RunsTreeNode): vscode.TreeItem {
    if (node.kind === 'config') {
      const allChecked = node.runIds.every((runId) => this.checked.has(runId));
      return configTreeItem(node, allChecked);
    }

    const run = this.store.get(node.runId);
    if (!run) {
      return new vscode.TreeItem(node.runId);
    }
    return runTreeItem(node, run, this.checked.has(node.runId));
  }

  /** The tooltip reads the run's config snapshot, so only runs hovered pay for it. */
  async resolveTreeItem(
    item: vscode.TreeItem,
    node: RunsTreeNode,
  ): Promise<vscode.TreeItem> {
    const run = node.kind === 'run' ? this.store.get(node.runId) : undefined;
    if (run) {
      const config = await readFlatConfig(run.runsDir, run.record);
      item.tooltip = new vscode.MarkdownString(runTooltipMarkdown(run, config));
    }
    return item;
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.storeSubscription.dispose();
    this.changed.dispose();
    this.rebuilt.dispose();
  }

  private currentTree(): RunTree {
    if (!this.tree) {
      this.checked.keepOnly((runId) => this.store.has(runId));
      this.tree = buildRunTree(this.store.list(), {
        grouped: this.grouped,
        filter: this.filter,
      });
      this.rebuilt.fire(this.tree);
    }
    return this.tree;
  }

  private scheduleRefresh(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, REFRESH_DELAY_MS);
  }
}
