import type { Document } from 'yaml';
import type { IssueCollector, SourceSpan } from './issueCollector';

export interface CheckContext {
  doc: Document.Parsed;
  issues: IssueCollector;
  /** Absolute folder of the config file; relative paths in it are resolved against it. */
  configDir: string;
  /** The config file's name without extension: the default run name. */
  fileStem: string;
}

/** Where a value sits: its key path, and the text a problem with it should underline. */
export interface Place {
  keyPath: string;
  span: SourceSpan;
}
