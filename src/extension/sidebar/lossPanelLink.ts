/** What the sidebar needs of the loss panel. */
export interface LossPanelLink {
  /** Shows the panel with these runs highlighted. */
  select(runIds: string[]): void;
}

export function showRunsInLossPanel(panel: LossPanelLink, runIds: string[]): void {
  panel.select(runIds);
}
