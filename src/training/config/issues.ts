import type { TrainConfig } from './types';

export type IssueSeverity = 'error' | 'warning';

/** One problem in a config file, placed precisely enough for an editor diagnostic. */
export interface ConfigIssue {
  severity: IssueSeverity;
  /** A full sentence, including the fix when one is known. */
  message: string;
  /** Dotted YAML key path such as `training.batch_size`; empty for the whole file. */
  keyPath: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based character offsets into the text. */
  offset: number;
  endOffset: number;
  /** Text that would replace `offset..endOffset` to fix the problem (a quick fix). */
  suggestion?: string;
}

export interface ConfigValidation {
  /** Null exactly when at least one issue is an error. */
  config: TrainConfig | null;
  issues: ConfigIssue[];
}
