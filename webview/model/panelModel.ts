import {
  emptyPanelSeries,
  type PanelUpdate,
  type PanelRun,
} from '../../src/contract/panelMessages';
import { appendSeries } from './series';

/** What a message changed, so the view redraws only that. */
export type PanelChange =
  | { kind: 'reset' }
  | { kind: 'runInfo'; runId: string; added: boolean }
  | { kind: 'append'; runId: string }
  | { kind: 'removeRun'; runId: string }
  | { kind: 'select' }
  | { kind: 'none' };

function copyRun(run: PanelRun): PanelRun {
  const series = emptyPanelSeries();
  appendSeries(series, run.series);
  return { info: { ...run.info }, series };
}

/** The runs the panel draws, exactly as the host last described them. */
export class PanelModel {
  private readonly runsById = new Map<string, PanelRun>();
  private selected: string[] = [];

  get runs(): PanelRun[] {
    return [...this.runsById.values()];
  }

  get selection(): readonly string[] {
    return this.selected;
  }

  run(runId: string): PanelRun | undefined {
    return this.runsById.get(runId);
  }

  /** The selection saved before a reload, kept until the host's reset says which runs exist. */
  restoreSelection(runIds: readonly string[]): void {
    this.selected = [...runIds];
  }

  isSelected(runId: string): boolean {
    return this.selected.includes(runId);
  }

  apply(message: PanelUpdate): PanelChange {
    switch (message.type) {
      case 'reset':
        return this.reset(message.runs);
      case 'runInfo':
        return this.updateInfo(message.info);
      case 'append':
        return this.append(message.runId, message.series);
      case 'removeRun':
        return this.remove(message.runId);
      case 'select':
        this.selected = message.runIds.filter((runId) => this.runsById.has(runId));
        return { kind: 'select' };
    }
  }

  private reset(runs: PanelRun[]): PanelChange {
    this.runsById.clear();
    for (const run of runs) {
      this.runsById.set(run.info.id, copyRun(run));
    }

    this.selected = this.selected.filter((runId) => this.runsById.has(runId));
    return { kind: 'reset' };
  }

  private updateInfo(info: PanelRun['info']): PanelChange {
    const run = this.runsById.get(info.id);
    if (run) {
      run.info = { ...info };
      return { kind: 'runInfo', runId: info.id, added: false };
    }

    this.runsById.set(info.id, { info: { ...info }, series: emptyPanelSeries() });
    return { kind: 'runInfo', runId: info.id, added: true };
  }

  private append(runId: string, series: PanelRun['series']): PanelChange {
    const run = this.runsById.get(runId);
    if (!run) {
      return { kind: 'none' };
    }

    appendSeries(run.series, series);
    return { kind: 'append', runId };
  }

  private remove(runId: string): PanelChange {
    if (!this.runsById.delete(runId)) {
      return { kind: 'none' };
    }

    this.selected = this.selected.filter((id) => id !== runId);
    return { kind: 'removeRun', runId };
  }
}
