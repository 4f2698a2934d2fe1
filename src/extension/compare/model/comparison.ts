import { basename } from 'node:path';
import type { CompareRun, Comparison } from '../../../contract/compareMessages';
import type { RunRecord } from '../../../contract/runRecord';
import type { TrainerEvent } from '../../../contract/trainerEvents';
import { bestValues } from './bestValues';
import { diffConfigs, type FlatConfig } from './configDiff';
import { curvesFromEvents } from './curves';
import { summaryFromEvents } from './summary';

/** What the host knows of one compared run once its folder has been read. */
export interface CompareInput {
  record: RunRecord;
  colorIndex: number;
  /** The run's config snapshot flattened, or null if it could not be read. */
  config: FlatConfig | null;
  events: readonly TrainerEvent[];
}

export function compareRunOf(input: CompareInput, maxPoints?: number): CompareRun {
  const { record } = input;
  return {
    id: record.id,
    name: record.name,
    status: record.status,
    colorIndex: input.colorIndex,
    backend: record.backend,
    configFile: basename(record.configPath),
    summary: summaryFromEvents(record, input.events),
    curves: curvesFromEvents(input.events, maxPoints),
  };
}

/** Everything the compare view shows, for runs in the order given. */
export function buildComparison(
  runs: readonly CompareRun[],
  configs: readonly (FlatConfig | null)[],
): Comparison {
  return {
    runs: [...runs],
    config: diffConfigs(configs),
    best: bestValues(runs),
  };
}
