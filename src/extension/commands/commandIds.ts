export const COMMANDS = {
  trainConfig: 'trainboard.trainConfig',
  showLossPanel: 'trainboard.showLossPanel',
  rerun: 'trainboard.rerun',
  stop: 'trainboard.stop',
  debugPanelState: 'trainboard.debug.panelState',
} as const;
