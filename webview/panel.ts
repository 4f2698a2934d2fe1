import { isHostToPanelMessage, type PanelRun } from '../src/contract/panelMessages';
import { ChartBoard } from './charts/chartBoard';
import type { ChartId } from './charts/chartKinds';
import type { PanelHost } from './host';
import { PanelModel, type PanelChange } from './model/panelModel';
import { pointCounts, type PointCounts } from './model/series';
import { RedrawScheduler } from './redrawScheduler';
import { createControls } from './ui/controls';
import { Legend } from './ui/legend';
import { RunList } from './ui/runList';
import { parseViewState, type ViewState } from './viewState';

export interface PanelSnapshot {
  runs: { id: string; name: string; status: string; points: PointCounts }[];
  selection: string[];
  view: ViewState;
  messages: number;
  rejected: number;
  redraws: number;
}

/** Ties the model to the charts and the run list, redrawing at a bounded rate. */
export class Panel {
  private readonly model = new PanelModel();
  private readonly view: ViewState;
  private readonly board: ChartBoard;
  private readonly list: RunList;
  private readonly legend = new Legend();
  private readonly empty = document.createElement('p');
  private readonly scheduler = new RedrawScheduler(() => this.draw());
  private chartsDirty = true;
  private listDirty = true;
  private counters = { messages: 0, rejected: 0, redraws: 0 };

  constructor(
    private readonly root: HTMLElement,
    private readonly host: PanelHost,
  ) {
    this.view = parseViewState(host.savedState());
    this.model.restoreSelection(this.view.selection);
    this.board = new ChartBoard(() => this.redraw({ charts: true }));
    this.list = new RunList((message) => host.post(message));

    this.empty.className = 'empty';
    this.empty.textContent = 'No runs yet. Train a config to see its loss here.';
    const controls = createControls(this.view, {
      smoothing: (value) => this.changeView({ smoothing: value }),
      chartVisible: (chart, visible) => this.toggleChart(chart, visible),
      selectedOnly: (value) => this.changeView({ selectedOnly: value }, true),
    });
    root.replaceChildren(controls, this.legend.element, this.empty, this.board.element);
    root.append(this.list.element);
    this.watchLayout();
  }

  start(): void {
    this.scheduler.request();
    this.host.post({ type: 'ready' });
  }

  receive(data: unknown): void {
    this.counters.messages += 1;
    if (!isHostToPanelMessage(data)) {
      this.counters.rejected += 1;
      return;
    }

    const updates = data.type === 'batch' ? data.updates : [data];
    for (const update of updates) {
      this.applyChange(this.model.apply(update));
    }
  }

  /** Draws at once what is pending, or everything from scratch. */
  flush(fromScratch = false): void {
    if (fromScratch) {
      this.board.forgetAll();
      this.chartsDirty = this.listDirty = true;
    }
    this.scheduler.flush();
  }

  snapshot(): PanelSnapshot {
    return {
      runs: this.model.runs.map(({ info, series }) => ({
        id: info.id,
        name: info.name,
        status: info.status,
        points: pointCounts(series),
      })),
      selection: [...this.model.selection],
      view: { ...this.view, visibleCharts: [...this.view.visibleCharts] },
      ...this.counters,
    };
  }

  private applyChange(change: PanelChange): void {
    switch (change.kind) {
      case 'none':
        return;
      case 'reset':
        this.board.forgetAll();
        break;
      case 'removeRun':
        this.board.forgetRun(change.runId);
        break;
      case 'append':
        this.redraw({ charts: true });
        return;
      case 'select':
        this.saveView();
        break;
      case 'runInfo':
        break;
    }
    this.redraw({ charts: true, list: true });
  }

  private redraw(parts: { charts?: boolean; list?: boolean }): void {
    this.chartsDirty ||= parts.charts === true;
    this.listDirty ||= parts.list === true;
    this.scheduler.request();
  }

  private changeView(change: Partial<ViewState>, affectsList = false): void {
    Object.assign(this.view, change);
    this.saveView();
    this.redraw({ charts: true, list: affectsList });
  }

  private toggleChart(chart: ChartId, visible: boolean): void {
    const others = this.view.visibleCharts.filter((id) => id !== chart);
    this.changeView({ visibleCharts: visible ? [...others, chart] : others });
  }

  private saveView(): void {
    this.view.selection = [...this.model.selection];
    this.host.saveState(this.view);
  }

  private shownRuns(): PanelRun[] {
    const runs = this.model.runs;
    const { selection } = this.model;
    if (!this.view.selectedOnly || selection.length === 0) {
      return runs;
    }
    return runs.filter((run) => selection.includes(run.info.id));
  }

  private draw(): void {
    const runs = this.shownRuns();
    const { selection } = this.model;
    const dimmed = (runId: string) => selection.length > 0 && !selection.includes(runId);

    if (this.listDirty) {
      this.list.render(runs, (runId) => this.model.isSelected(runId));
      this.legend.render(runs, dimmed);
      const hasRuns = this.model.runs.length > 0;
      this.empty.hidden = hasRuns;
      this.board.element.hidden = !hasRuns;
      this.list.element.hidden = !hasRuns;
    }
    if (this.chartsDirty) {
      this.board.render({ ...this.view, runs, selection });
    }

    this.chartsDirty = this.listDirty = false;
    this.counters.redraws += 1;
    document.body.dataset['runs'] = String(this.model.runs.length);
    document.body.dataset['redraws'] = String(this.counters.redraws);
  }

  private watchLayout(): void {
    new ResizeObserver(() => {
      this.board.resize();
      this.redraw({ charts: true });
    }).observe(this.board.element);

    // VS Code swaps the body's theme class and its CSS variables together.
    new MutationObserver(() => {
      this.board.applyTheme();
      this.redraw({ charts: true });
    }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
  }
}
