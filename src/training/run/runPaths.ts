import { join } from 'node:path';

export interface RunPaths {
  dir: string;
  config: string;
  record: string;
  metrics: string;
  model: string;
}

export function runPaths(runsDir: string, runId: string): RunPaths {
  const dir = join(runsDir, runId);
  return {
    dir,
    config: join(dir, 'config.yaml'),
    record: join(dir, 'run.json'),
    metrics: join(dir, 'metrics.jsonl'),
    model: join(dir, 'model'),
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Ids sort by creation time: UTC date and time to the millisecond, then a random tag. */
export function newRunId(now = new Date()): string {
  const date = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  const tag = Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return `${date}-${time}-${pad(now.getUTCMilliseconds(), 3)}-${tag}`;
}

export function defaultRunsDir(workspaceDir: string): string {
  return join(workspaceDir, '.trainboard', 'runs');
}
