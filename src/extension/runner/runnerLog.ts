/** Where the runner reports process lifecycles and trainer output; the host's is a log channel. */
export interface RunnerLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export const silentLog: RunnerLog = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
