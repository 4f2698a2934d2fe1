import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export function runsDir(workspace: string): string {
  return join(workspace, '.trainboard', 'runs');
}

export function runDir(workspace: string, runId: string): string {
  return join(runsDir(workspace), runId);
}

export async function runFolders(workspace: string): Promise<string[]> {
  const dir = runsDir(workspace);
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

export async function readRunRecord(
  workspace: string,
  runId: string,
): Promise<{ status: string; name: string } & Record<string, unknown>> {
  const text = await readFile(join(runDir(workspace, runId), 'run.json'), 'utf8');
  return JSON.parse(text) as { status: string; name: string };
}

/** The loss of every mini-batch, in order, from the run's `metrics.jsonl`. */
export async function batchLosses(workspace: string, runId: string): Promise<number[]> {
  const text = await readFile(join(runDir(workspace, runId), 'metrics.jsonl'), 'utf8');
  const losses: number[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      continue;
    }
    const event = JSON.parse(line) as { type?: unknown; loss?: unknown };
    if (event.type === 'batch' && typeof event.loss === 'number') {
      losses.push(event.loss);
    }
  }
  return losses;
}
