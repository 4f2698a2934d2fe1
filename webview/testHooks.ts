import type { Panel, PanelSnapshot } from './panel';

declare global {
  interface Window {
    __trainboardPanelState?: () => PanelSnapshot;
    __trainboardPanelFlush?: (fromScratch?: boolean) => Promise<number>;
  }
}

/** Lets end-to-end tests and the benchmark read the panel's state and time its redraws. */
export function exposeForTests(panel: Panel): void {
  window.__trainboardPanelState = () => panel.snapshot();
  window.__trainboardPanelFlush = async (fromScratch) => {
    const started = performance.now();
    panel.flush(fromScratch);
    // uPlot paints in a microtask after setData; wait for it so the time includes drawing.
    await Promise.resolve();
    return performance.now() - started;
  };
}
