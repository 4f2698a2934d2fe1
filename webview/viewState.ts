import { CHART_IDS, type ChartId } from './charts/chartKinds';

/** The little the panel keeps across reloads; the runs themselves come from the host. */
export interface ViewState {
  smoothing: number;
  visibleCharts: ChartId[];
  selection: string[];
  selectedOnly: boolean;
}

export const DEFAULT_SMOOTHING = 0.6;
export const MAX_SMOOTHING = 0.999;

export function defaultViewState(): ViewState {
  return {
    smoothing: DEFAULT_SMOOTHING,
    visibleCharts: [...CHART_IDS],
    selection: [],
    selectedOnly: false,
  };
}

function clampSmoothing(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return DEFAULT_SMOOTHING;
  }
  return Math.min(Math.max(value, 0), MAX_SMOOTHING);
}

/** Reads saved state defensively: it may come from an older version of the panel. */
export function parseViewState(saved: unknown): ViewState {
  const state = defaultViewState();
  if (typeof saved !== 'object' || saved === null) {
    return state;
  }

  const fields = saved as Record<string, unknown>;
  state.smoothing = clampSmoothing(fields['smoothing']);

  const charts = fields['visibleCharts'];
  if (Array.isArray(charts)) {
    state.visibleCharts = CHART_IDS.filter((id) => charts.includes(id));
  }

  const selection = fields['selection'];
  if (Array.isArray(selection)) {
    state.selection = selection.filter((id): id is string => typeof id === 'string');
  }

  state.selectedOnly = fields['selectedOnly'] === true;
  return state;
}
