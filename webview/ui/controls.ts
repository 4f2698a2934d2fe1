import { CHART_SPECS, type ChartId } from '../charts/chartKinds';
import { MAX_SMOOTHING, type ViewState } from '../viewState';
import { checkbox } from './toolkit';

export interface ControlEvents {
  smoothing(value: number): void;
  chartVisible(chart: ChartId, visible: boolean): void;
  selectedOnly(value: boolean): void;
}

const SHORT_TITLES: Record<ChartId, string> = {
  batchLoss: 'Step loss',
  reportLoss: 'Report means',
  valLoss: 'Validation loss',
  valAccuracy: 'Validation accuracy',
};

function smoothingSlider(initial: number, onInput: (value: number) => void): HTMLElement {
  const label = document.createElement('label');
  label.className = 'smoothing';
  const input = document.createElement('input');
  input.type = 'range';
  input.min = '0';
  input.max = String(MAX_SMOOTHING);
  input.step = '0.001';
  input.value = String(initial);
  input.setAttribute('aria-label', 'Smoothing');
  const readout = document.createElement('output');
  readout.textContent = initial.toFixed(3);

  input.addEventListener('input', () => {
    const value = Number(input.value);
    readout.textContent = value.toFixed(3);
    onInput(value);
  });
  label.append('Smoothing', input, readout);
  return label;
}

/** The toolbar above the charts: smoothing, which charts show, and the selection filter. */
export function createControls(view: ViewState, events: ControlEvents): HTMLElement {
  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Chart options');

  const toggles = CHART_SPECS.map((spec) => {
    const box = checkbox(
      SHORT_TITLES[spec.id],
      view.visibleCharts.includes(spec.id),
      (on) => events.chartVisible(spec.id, on),
    );
    box.setAttribute('aria-label', `Show ${spec.title}`);
    return box;
  });

  const selectedOnly = checkbox(
    'Selected runs only',
    view.selectedOnly,
    events.selectedOnly,
  );
  toolbar.append(
    smoothingSlider(view.smoothing, events.smoothing),
    ...toggles,
    selectedOnly,
  );
  return toolbar;
}
