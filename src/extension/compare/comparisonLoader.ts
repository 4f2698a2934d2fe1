import type { CompareRun, Comparison } from '../../contract/compareMessages';
import { isFinalStatus, type RunRecord } from '../../contract/runRecord';
import { buildComparison, compareRunOf } from './model/comparison';
import type { FlatConfig } from './model/configDiff';
import { readEvents, readFlatConfig } from './readRunForCompare';

/** The part of a stored run the compare view needs. */
export interface RunToCompare {
  record: RunRecord;
  runsDir: string;
  colorIndex: number;
}

interface Prepared {
  key: string;
  run: CompareRun;
  config: FlatConfig | null;
}

function cacheKey(run: RunToCompare): string {
  const { record } = run;
  return `${record.status}|${record.finishedAt ?? ''}|${record.name}|${run.colorIndex}`;
}

/**
 * Reads the compared runs' folders and prepares what the view draws. A finished run
 * is read once and kept; an active one is read again each time, since it grows.
 */
export class ComparisonLoader {
  private readonly prepared = new Map<string, Prepared>();

  async load(runs: readonly RunToCompare[]): Promise<Comparison> {
    const ready = await Promise.all(runs.map((run) => this.prepare(run)));
    this.forgetAllBut(new Set(runs.map((run) => run.record.id)));

    return buildComparison(
      ready.map((entry) => entry.run),
      ready.map((entry) => entry.config),
    );
  }

  private async prepare(run: RunToCompare): Promise<Prepared> {
    const key = cacheKey(run);
    const cached = this.prepared.get(run.record.id);
    if (cached?.key === key) {
      return cached;
    }

    const [config, events] = await Promise.all([
      readFlatConfig(run.runsDir, run.record),
      readEvents(run.runsDir, run.record.id).catch(() => []),
    ]);
    const prepared: Prepared = {
      key,
      config,
      run: compareRunOf({
        record: run.record,
        colorIndex: run.colorIndex,
        config,
        events,
      }),
    };
    if (isFinalStatus(run.record.status)) {
      this.prepared.set(run.record.id, prepared);
    }
    return prepared;
  }

  private forgetAllBut(runIds: ReadonlySet<string>): void {
    for (const runId of this.prepared.keys()) {
      if (!runIds.has(runId)) {
        this.prepared.delete(runId);
      }
    }
  }
}
