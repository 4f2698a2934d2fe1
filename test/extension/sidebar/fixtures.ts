import { emptySummary, type RunRecord, type RunStatus } from '../../../src/contract';
import type { SidebarRun } from '../../../src/extension/sidebar/model/sidebarRun';

let counter = 0;

export function sidebarRun(
  fields: Partial<RunRecord> & { createdAt: string },
  extra: Partial<Omit<SidebarRun, 'record'>> = {},
): SidebarRun {
  counter += 1;
  const record: RunRecord = {
    id: fields.id ?? `${fields.createdAt.replace(/\D/g, '')}-${counter}`,
    name: 'run',
    configPath: '/w/configs/base.yaml',
    status: 'completed' as RunStatus,
    pid: null,
    backend: 'wasm',
    seed: 42,
    epochs: 2,
    versions: {},
    startedAt: fields.createdAt,
    finishedAt: null,
    summary: emptySummary(),
    error: null,
    ...fields,
  };
  return {
    record,
    runsDir: '/w/.trainboard/runs',
    colorIndex: 0,
    elapsedSeconds: null,
    currentEpoch: 0,
    ...extra,
  };
}
