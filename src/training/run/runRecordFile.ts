import { readFile, rename, writeFile } from 'node:fs/promises';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunStatus, type RunRecord } from '../../contract';

export class RunRecordError extends Error {}

function temporaryPath(runDir: string): string {
  return join(runDir, `.run.json.${process.pid}.tmp`);
}

function serialize(record: RunRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export async function writeRunRecord(runDir: string, record: RunRecord): Promise<void> {
  const temporary = temporaryPath(runDir);
  await writeFile(temporary, serialize(record));
  await rename(temporary, join(runDir, 'run.json'));
}

/** For exit paths where the event loop may not run again. */
export function writeRunRecordSync(runDir: string, record: RunRecord): void {
  const temporary = temporaryPath(runDir);
  writeFileSync(temporary, serialize(record));
  renameSync(temporary, join(runDir, 'run.json'));
}

export function parseRunRecord(text: string, source: string): RunRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RunRecordError(`${source}: not valid JSON (${(error as Error).message})`);
  }

  const record = value as Partial<RunRecord> | null;
  if (
    typeof record !== 'object' ||
    record === null ||
    typeof record.id !== 'string' ||
    typeof record.name !== 'string' ||
    !isRunStatus(record.status)
  ) {
    throw new RunRecordError(`${source}: not a Trainboard run record`);
  }
  return record as RunRecord;
}

export async function readRunRecord(runDir: string): Promise<RunRecord> {
  const path = join(runDir, 'run.json');
  return parseRunRecord(await readFile(path, 'utf8'), path);
}
