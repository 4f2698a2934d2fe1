import { formatConfigIssue } from './format';
import type { ConfigIssue } from './issues';

/** A config file that cannot be used, with every issue that makes it so. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly filePath: string,
    readonly issues: ConfigIssue[],
  ) {
    super(issues.map((issue) => formatConfigIssue(issue, filePath)).join('\n'));
  }
}
