import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS_DIR, EXAMPLES, FIXTURE_WORKSPACE } from './paths';

/** One fresh VS Code profile: its own HOME, user data, extensions and workspace copy. */
export interface Session {
  name: string;
  dir: string;
  home: string;
  userData: string;
  extensions: string;
  workspace: string;
  artifacts: string;
  env: NodeJS.ProcessEnv;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'all',
};

export async function createSession(name: string): Promise<Session> {
  const dir = await mkdtemp(join(tmpdir(), `trainboard-e2e-${name}-`));
  const home = join(dir, 'home');
  const session: Session = {
    name,
    dir,
    home,
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    workspace: join(dir, 'workspace'),
    artifacts: join(ARTIFACTS_DIR, name),
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local', 'share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      TMPDIR: join(dir, 'tmp'),
    },
  };

  for (const folder of [home, session.extensions, join(dir, 'tmp')]) {
    await mkdir(folder, { recursive: true });
  }
  await mkdir(join(session.userData, 'User'), { recursive: true });
  await writeFile(
    join(session.userData, 'User', 'settings.json'),
    JSON.stringify(USER_SETTINGS, null, 2),
  );
  await cp(FIXTURE_WORKSPACE, session.workspace, { recursive: true });
  await cp(EXAMPLES, join(session.workspace, 'examples'), { recursive: true });
  await rm(session.artifacts, { recursive: true, force: true });
  await mkdir(session.artifacts, { recursive: true });
  return session;
}

/** Keeps the scratch folder of a failed session for a look, removes it otherwise. */
export async function disposeSession(session: Session, failed: boolean): Promise<void> {
  if (!failed) {
    await rm(session.dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
