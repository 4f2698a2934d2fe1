import type { PanelRun } from '../../src/contract/panelMessages';
import { runColor } from '../../src/contract/runColors';

/** One legend for all charts: a run keeps its colour in every one of them. */
export class Legend {
  readonly element = document.createElement('ul');

  constructor() {
    this.element.className = 'legend';
    this.element.setAttribute('aria-label', 'Legend');
  }

  render(runs: readonly PanelRun[], dimmed: (runId: string) => boolean): void {
    const items = runs.map((run) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = runColor(run.info.colorIndex);
      item.append(swatch, run.info.name);
      item.classList.toggle('dimmed', dimmed(run.info.id));
      return item;
    });
    this.element.replaceChildren(...items);
  }
}
