import type { Disposable } from '../runner/emitter';
import type { RunStore } from '../runner/runStore';
import type { PanelRelay } from './panelRelay';
import { isEmptySeries } from '../runner/series';
import { panelRunInfo } from './panelSnapshot';

/** Forwards every store change to the panel's relay. */
export function feedRelayFromStore(store: RunStore, relay: PanelRelay): Disposable {
  return store.onDidChange((change) => {
    if (change.kind === 'removed') {
      relay.removeRun(change.runId);
      return;
    }
    if (change.kind === 'appended') {
      relay.appendSeries(change.runId, change.series);
      return;
    }
    const run = store.get(change.runId);
    if (!run) {
      return;
    }
    relay.runInfo(panelRunInfo(run));
    if (change.kind === 'added' && !isEmptySeries(run.series)) {
      relay.appendSeries(run.record.id, run.series);
    }
  });
}
