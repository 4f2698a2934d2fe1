import type { PanelRun } from '../../src/contract/panelMessages';
import { RunRow, type PostToHost } from './runRow';

const COLUMNS = [
  '',
  'Run',
  'Status',
  'Epoch',
  'Last loss',
  'Best val. acc.',
  'Duration',
  '',
];

/**
 * The table of runs, keeping one row per run id in the order the host sent them. It
 * scrolls sideways on its own in a narrow panel, so the charts above stay in view.
 */
export class RunList {
  readonly element = document.createElement('div');
  private readonly table = document.createElement('table');
  private readonly body = document.createElement('tbody');
  private readonly rows = new Map<string, RunRow>();

  constructor(private readonly post: PostToHost) {
    this.element.className = 'runs-scroll';
    this.table.className = 'runs data-table';
    this.table.setAttribute('aria-label', 'Runs');

    const head = document.createElement('thead');
    const headRow = document.createElement('tr');
    for (const title of COLUMNS) {
      const header = document.createElement('th');
      header.textContent = title;
      headRow.append(header);
    }
    head.append(headRow);
    this.table.append(head, this.body);
    this.element.append(this.table);
  }

  render(runs: readonly PanelRun[], isSelected: (runId: string) => boolean): void {
    const present = new Set(runs.map((run) => run.info.id));
    for (const [runId, row] of this.rows) {
      if (!present.has(runId)) {
        row.element.remove();
        this.rows.delete(runId);
      }
    }

    runs.forEach((run, index) => {
      const row = this.rowFor(run);
      row.update(run.info, isSelected(run.info.id));
      if (this.body.children[index] !== row.element) {
        this.body.insertBefore(row.element, this.body.children[index] ?? null);
      }
    });
  }

  private rowFor(run: PanelRun): RunRow {
    let row = this.rows.get(run.info.id);
    if (!row) {
      row = new RunRow(run.info, this.post);
      this.rows.set(run.info.id, row);
    }
    return row;
  }
}
