import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/e2e/paths';

/**
 * The one switch for the Runs sidebar's UI tests, written before the sidebar landed.
 * `auto` runs them when package.json contributes a "Runs" view; `on` runs them and fails
 * if the view is missing (set it once the sidebar has landed); `off` skips them.
 * The environment variable TRAINBOARD_E2E_RUNS_SIDEBAR overrides it for one run.
 */
export const RUNS_SIDEBAR: SidebarSwitch = 'auto';

export type SidebarSwitch = 'auto' | 'on' | 'off';

interface Views {
  contributes?: { views?: Record<string, { id: string; name: string }[]> };
}

export function runsViewContributed(): boolean {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Views;
  return Object.values(manifest.contributes?.views ?? {}).some((views) =>
    views.some((view) => view.name === 'Runs'),
  );
}

function chosenSwitch(): SidebarSwitch {
  const fromEnv = process.env['TRAINBOARD_E2E_RUNS_SIDEBAR'];
  return fromEnv === 'on' || fromEnv === 'off' || fromEnv === 'auto'
    ? fromEnv
    : RUNS_SIDEBAR;
}

/** `false` to run the sidebar tests, or the reason they are skipped. */
export function runsSidebarSkipReason(): false | string {
  const chosen = chosenSwitch();
  if (chosen === 'off') {
    return 'the Runs sidebar tests are switched off (RUNS_SIDEBAR)';
  }
  if (chosen === 'auto' && !runsViewContributed()) {
    return 'package.json contributes no "Runs" view yet (RUNS_SIDEBAR is auto)';
  }
  return false;
}
