import type { LineCounter } from 'yaml';
import type { ConfigIssue, IssueSeverity } from './issues';

/** Start and end character offsets of the text an issue is about. */
export type SourceSpan = readonly [start: number, end: number];

/** Past this many issues a file is broken beyond what a longer list would help with. */
const MAX_ISSUES = 100;

export class IssueCollector {
  readonly issues: ConfigIssue[] = [];

  private errorCount = 0;

  constructor(
    private readonly lineCounter: LineCounter,
    private readonly textLength: number,
  ) {}

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** The 1-based line an offset falls on. */
  lineOf(offset: number): number {
    return this.lineCounter.linePos(this.clamp(offset)).line;
  }

  error(message: string, keyPath: string, span: SourceSpan, suggestion?: string): void {
    this.add('error', message, keyPath, span, suggestion);
  }

  warning(message: string, keyPath: string, span: SourceSpan, suggestion?: string): void {
    this.add('warning', message, keyPath, span, suggestion);
  }

  private add(
    severity: IssueSeverity,
    message: string,
    keyPath: string,
    span: SourceSpan,
    suggestion: string | undefined,
  ): void {
    if (severity === 'error') {
      this.errorCount += 1;
    }
    if (this.issues.length >= MAX_ISSUES) {
      return;
    }

    const offset = this.clamp(span[0]);
    const endOffset = Math.max(offset, this.clamp(span[1]));
    const start = this.lineCounter.linePos(offset);
    const end = this.lineCounter.linePos(endOffset);

    const issue: ConfigIssue = {
      severity,
      message,
      keyPath,
      line: start.line,
      column: start.col,
      endLine: end.line,
      endColumn: end.col,
      offset,
      endOffset,
    };
    if (suggestion !== undefined) {
      issue.suggestion = suggestion;
    }
    this.issues.push(issue);
  }

  private clamp(offset: number): number {
    return Number.isFinite(offset) ? Math.min(Math.max(0, offset), this.textLength) : 0;
  }
}
