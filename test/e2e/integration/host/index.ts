import { commandAndMenuTests } from './commandsAndMenus';
import { runHostTests } from './harness';
import { runnerTests } from './runner';

/** The entry VS Code calls through `extensionTestsPath`. */
export function run(): Promise<void> {
  return runHostTests([...commandAndMenuTests, ...runnerTests]);
}
