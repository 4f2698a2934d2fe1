import type { PanelRunInfo, PanelToHostMessage } from '../../src/contract/panelMessages';
import { runColor } from '../../src/contract/runColors';
import {
  formatAccuracy,
  formatDuration,
  formatEpoch,
  formatLoss,
} from '../../src/contract/displayFormat';
import { button, progressRing, tag } from './toolkit';

export type PostToHost = (message: PanelToHostMessage) => void;

const STOPPABLE = new Set(['running', 'queued']);

function cell(className: string, ...children: (Node | string)[]): HTMLTableCellElement {
  const element = document.createElement('td');
  element.className = className;
  element.append(...children);
  return element;
}

function setText(element: Element, text: string): void {
  if (element.textContent !== text) {
    element.textContent = text;
  }
}

/** One run in the run list; built once, then updated in place as the run progresses. */
export class RunRow {
  readonly element = document.createElement('tr');
  private readonly swatch = document.createElement('span');
  private readonly name = document.createElement('span');
  private readonly error = document.createElement('div');
  private readonly status = tag('');
  private readonly ring = progressRing('');
  private readonly epoch = cell('run-epoch numeric');
  private readonly loss = cell('run-loss numeric');
  private readonly accuracy = cell('run-accuracy numeric');
  private readonly duration = cell('run-duration numeric');
  private readonly stop: HTMLElement;
  private readonly buttons: HTMLElement[];

  constructor(info: PanelRunInfo, post: PostToHost) {
    const runId = info.id;
    this.swatch.className = 'swatch';
    this.name.className = 'run-name';
    this.error.className = 'run-error';
    this.ring.className = 'run-ring';

    const rerun = button('Rerun', () => post({ type: 'rerun', runId }));
    this.stop = button('Stop', () => post({ type: 'stop', runId }));
    const csv = button('CSV', () => post({ type: 'export', runId, format: 'csv' }));
    const json = button('JSON', () => post({ type: 'export', runId, format: 'json' }));
    this.stop.dataset['action'] = 'stop';
    rerun.dataset['action'] = 'rerun';

    const actions = document.createElement('div');
    actions.className = 'run-actions';
    actions.append(rerun, this.stop, csv, json);

    this.element.className = 'run';
    this.element.dataset['runId'] = runId;
    this.element.append(
      cell('run-swatch', this.swatch),
      cell('run-title', this.name, this.error),
      cell('run-status', this.statusLine()),
      this.epoch,
      this.loss,
      this.accuracy,
      this.duration,
      cell('run-buttons', actions),
    );
    this.buttons = [rerun, this.stop, csv, json];
    this.update(info, false);
  }

  update(info: PanelRunInfo, selected: boolean): void {
    const color = runColor(info.colorIndex);
    this.swatch.style.backgroundColor = color;
    this.element.style.setProperty('--run-color', color);
    this.element.setAttribute('aria-label', info.name);
    this.element.dataset['status'] = info.status;
    this.element.classList.toggle('selected', selected);
    this.element.setAttribute('aria-selected', String(selected));

    setText(this.name, info.name);
    this.name.title = info.name;
    setText(this.status, info.status);
    this.ring.hidden = info.status !== 'running';
    setText(this.epoch, formatEpoch(info.epoch, info.epochs));
    setText(this.loss, formatLoss(info.lastLoss));
    setText(this.accuracy, formatAccuracy(info.bestValAccuracy));
    setText(this.duration, formatDuration(info.durationSeconds));

    const failure = info.status === 'failed' ? (info.error ?? 'Training failed.') : '';
    setText(this.error, failure);
    this.error.hidden = failure === '';
    this.stop.hidden = !STOPPABLE.has(info.status);
    this.labelButtons(info.name);
  }

  private statusLine(): HTMLElement {
    const line = document.createElement('span');
    line.className = 'run-status-line';
    line.append(this.status, this.ring);
    return line;
  }

  private labelButtons(name: string): void {
    const [rerun, stop, csv, json] = this.buttons;
    rerun?.setAttribute('aria-label', `Rerun ${name}`);
    stop?.setAttribute('aria-label', `Stop ${name}`);
    csv?.setAttribute('aria-label', `Export ${name} as CSV`);
    json?.setAttribute('aria-label', `Export ${name} as JSON`);
    this.ring.setAttribute('aria-label', `${name} is running`);
  }
}
