import type { ConfigIssue } from './issues';

/** One issue as a compiler-style line: `file:line:column: severity: key: message`. */
export function formatConfigIssue(issue: ConfigIssue, filePath: string): string {
  const key = issue.keyPath === '' ? '' : `${issue.keyPath}: `;
  return `${filePath}:${issue.line}:${issue.column}: ${issue.severity}: ${key}${issue.message}`;
}
