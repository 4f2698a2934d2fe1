import { readFile } from 'node:fs/promises';
import { isTrainerEvent, type TrainerEvent } from '../../contract';

export interface MetricsContent {
  events: TrainerEvent[];
  /** Lines that were not a valid event, such as the torn last line of a killed run. */
  skippedLines: number;
}

export function parseMetricsText(text: string): MetricsContent {
  const events: TrainerEvent[] = [];
  let skippedLines = 0;

  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      continue;
    }
    const event = parseLine(line);
    if (event) {
      events.push(event);
    } else {
      skippedLines += 1;
    }
  }
  return { events, skippedLines };
}

function parseLine(line: string): TrainerEvent | null {
  try {
    const value: unknown = JSON.parse(line);
    return isTrainerEvent(value) ? value : null;
  } catch {
    return null;
  }
}

export async function readMetrics(path: string): Promise<MetricsContent> {
  try {
    return parseMetricsText(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { events: [], skippedLines: 0 };
    }
    throw error;
  }
}
