import type { CompareConfigRow, Comparison } from '../../src/contract/compareMessages';
import { runColor } from '../../src/contract/runColors';
import type { ConfigColumns } from './configRows';
import { formatConfigValue } from './format';
import { SUMMARY_COLUMNS } from './summaryColumns';

export interface TableActions {
  showInLossPanel(runId: string): void;
}

function cell(tag: 'td' | 'th', text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) {
    element.className = className;
  }
  return element;
}

function configHeaders(rows: readonly CompareConfigRow[]): HTMLElement[] {
  return rows.map((config) => cell('th', config.key, 'config-key'));
}

function header(columns: ConfigColumns): HTMLElement {
  const row = document.createElement('tr');
  row.append(cell('th', 'Run', 'run-cell'), cell('th', 'Status'));
  row.append(...configHeaders(columns.differing));
  for (const column of SUMMARY_COLUMNS) {
    const th = cell('th', column.label, 'numeric');
    th.title = column.title;
    row.append(th);
  }
  row.append(...configHeaders(columns.shared));
  const head = document.createElement('thead');
  head.append(row);
  return head;
}

function runCell(name: string, runId: string, color: string, actions: TableActions) {
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.backgroundColor = color;

  const link = document.createElement('button');
  link.className = 'run-link';
  link.textContent = name;
  link.title = 'Show this run in the loss panel';
  link.addEventListener('click', () => actions.showInLossPanel(runId));

  const label = document.createElement('span');
  label.className = 'run-label';
  label.append(swatch, link);

  const td = document.createElement('td');
  td.className = 'run-cell';
  td.append(label);
  return td;
}

function bestCell(text: string): HTMLElement {
  const td = cell('td', text, 'numeric best');
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = ' (best)';
  td.title = 'Best of the compared runs';
  td.append(label);
  return td;
}

function configCells(rows: readonly CompareConfigRow[], runIndex: number): HTMLElement[] {
  return rows.map((config) =>
    cell('td', formatConfigValue(config.values[runIndex] ?? null), 'numeric'),
  );
}

/**
 * One row per run: the keys that differ, its summary with the best value of each
 * metric marked, then the keys all runs share when every key is asked for.
 */
export function compareTable(
  comparison: Comparison,
  columns: ConfigColumns,
  actions: TableActions,
): HTMLElement {
  const body = document.createElement('tbody');

  comparison.runs.forEach((run, index) => {
    const row = document.createElement('tr');
    row.append(runCell(run.name, run.id, runColor(run.colorIndex), actions));
    row.append(cell('td', run.status, 'status'));
    row.append(...configCells(columns.differing, index));
    for (const column of SUMMARY_COLUMNS) {
      const text = column.text(run);
      const best = column.metric && comparison.best[column.metric].includes(run.id);
      row.append(best ? bestCell(text) : cell('td', text, 'numeric'));
    }
    row.append(...configCells(columns.shared, index));
    body.append(row);
  });

  const table = document.createElement('table');
  table.className = 'compare-table data-table';
  table.append(header(columns), body);
  return table;
}
