import type { StoredRun } from '../../runner/runStore';

/** The part of a stored run the sidebar shows. */
export type SidebarRun = Pick<
  StoredRun,
  'record' | 'runsDir' | 'colorIndex' | 'elapsedSeconds' | 'currentEpoch'
>;
