import {
  isHostToCompareMessage,
  type Comparison,
} from '../../src/contract/compareMessages';
import { configColumns } from './configRows';
import { ChartGrid } from './chartGrid';
import { compareTable } from './compareTable';
import type { CompareHost } from './host';
import { toolbar } from './toolbar';
import { parseViewOptions, type ViewOptions } from './viewOptions';

/** The compare view: toolbar, overlaid charts and the table, all from one comparison. */
export class ComparePage {
  private options: ViewOptions;
  private comparison: Comparison | null = null;
  private readonly charts = new ChartGrid();
  private readonly tableHost = document.createElement('div');
  private readonly note = document.createElement('p');

  constructor(
    private readonly root: HTMLElement,
    private readonly host: CompareHost,
  ) {
    this.options = parseViewOptions(host.savedState());
    this.tableHost.className = 'table-host';
    this.note.className = 'muted';
    this.note.textContent = 'Reading the runs…';
    root.append(
      toolbar(this.options, { change: (change) => this.change(change) }),
      this.note,
      this.charts.element,
      this.tableHost,
    );
  }

  start(): void {
    this.host.post({ type: 'ready' });
  }

  receive(message: unknown): void {
    if (!isHostToCompareMessage(message)) {
      return;
    }
    this.comparison = message.comparison;
    this.options.runIds = message.comparison.runs.map((run) => run.id);
    this.host.saveState(this.options);
    this.render();
  }

  private change(change: Partial<ViewOptions>): void {
    this.options = { ...this.options, ...change };
    this.host.saveState(this.options);
    this.render();
  }

  private render(): void {
    const comparison = this.comparison;
    if (!comparison) {
      return;
    }

    this.charts.render(comparison.runs, this.options);
    const columns = configColumns(comparison.config, this.options.showAllConfig);
    this.note.textContent = this.noteFor(comparison, columns.differing.length);
    this.note.hidden = this.note.textContent === '';
    this.tableHost.replaceChildren(
      compareTable(comparison, columns, {
        showInLossPanel: (runId) => this.host.post({ type: 'showInLossPanel', runId }),
      }),
    );
  }

  private noteFor(comparison: Comparison, differingKeys: number): string {
    if (comparison.runs.length === 0) {
      return 'The compared runs are gone; pick others in the Runs view.';
    }
    if (differingKeys === 0) {
      return 'Their configs agree on every key.';
    }
    return '';
  }
}
