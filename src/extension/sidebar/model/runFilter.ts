import { basename } from 'node:path';
import type { RunStatus } from '../../../contract/runRecord';
import type { SidebarRun } from './sidebarRun';

/** What the Runs view is narrowed to; an empty filter lets every run through. */
export interface RunFilter {
  text: string;
  statuses: readonly RunStatus[];
}

export const NO_FILTER: RunFilter = { text: '', statuses: [] };

export function isFilterActive(filter: RunFilter): boolean {
  return filter.text.trim() !== '' || filter.statuses.length > 0;
}

/** The text matches a run's name, id or config file name, ignoring case. */
export function matchesFilter(run: SidebarRun, filter: RunFilter): boolean {
  const { record } = run;
  if (filter.statuses.length > 0 && !filter.statuses.includes(record.status)) {
    return false;
  }

  const text = filter.text.trim().toLowerCase();
  if (text === '') {
    return true;
  }
  return [record.name, record.id, basename(record.configPath)].some((field) =>
    field.toLowerCase().includes(text),
  );
}

/** How the view's title bar names the active filter. */
export function describeFilter(filter: RunFilter): string {
  const parts: string[] = [];
  if (filter.text.trim() !== '') {
    parts.push(`"${filter.text.trim()}"`);
  }
  if (filter.statuses.length > 0) {
    parts.push(filter.statuses.join(', '));
  }
  return parts.length === 0 ? '' : `filter: ${parts.join(' · ')}`;
}
