export const RUNS_VIEW_ID = 'trainboard.runs';

export const SIDEBAR_COMMANDS = {
  compareRuns: 'trainboard.compareRuns',
  trainConfig: 'trainboard.runs.trainConfig',
  refresh: 'trainboard.runs.refresh',
  filter: 'trainboard.runs.filter',
  clearFilter: 'trainboard.runs.clearFilter',
  showFlat: 'trainboard.runs.showFlat',
  showGrouped: 'trainboard.runs.showGrouped',
  showInLossPanel: 'trainboard.runs.showInLossPanel',
  rerun: 'trainboard.runs.rerun',
  stop: 'trainboard.runs.stop',
  openSnapshot: 'trainboard.runs.openSnapshot',
  openConfig: 'trainboard.runs.openConfig',
  rename: 'trainboard.runs.rename',
  delete: 'trainboard.runs.delete',
} as const;

/** Context keys the view's menus and welcome content read. */
export const SIDEBAR_CONTEXT = {
  flat: 'trainboard.runs.flat',
  filtered: 'trainboard.runs.filtered',
} as const;

export const GROUPED_STATE_KEY = 'trainboard.runs.grouped';
