import { basename, dirname, extname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { CheckContext } from './checkContext';
import { checkSection } from './checkSection';
import { IssueCollector } from './issueCollector';
import type { ConfigValidation } from './issues';
import { keyPathAt, spanOf } from './nodes';
import { CONFIG_SCHEMA } from './schema';
import type { SchemaConfig } from './schema';

/**
 * Parses and checks the text of a config file without touching the disk. `filePath`
 * only supplies the default run name and the folder relative paths are resolved
 * against.
 */
export function validateConfigText(text: string, filePath: string): ConfigValidation {
  const lineCounter = new LineCounter();
  const issues = new IssueCollector(lineCounter, text.length);

  try {
    const doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: false,
    });
    reportYamlProblems(doc, issues);
    if (issues.hasErrors) {
      return { config: null, issues: issues.issues };
    }

    const ctx: CheckContext = {
      doc,
      issues,
      configDir: dirname(resolve(filePath)),
      fileStem: basename(filePath, extname(filePath)) || 'config',
    };
    const place = {
      keyPath: '',
      span: spanOf(doc.contents) ?? ([0, text.length] as const),
    };
    // checkSection builds exactly the shape the schema describes.
    const config = checkSection(CONFIG_SCHEMA, doc.contents, place, ctx) as SchemaConfig;
    return {
      config: issues.hasErrors ? null : config,
      issues: issues.issues,
    };
  } catch (error) {
    // Live diagnostics call this on every keystroke, so a parser bug on some odd
    // input must surface as a diagnostic rather than an exception.
    issues.error(`could not check this file: ${String(error)}`, '', [0, 0]);
    return { config: null, issues: issues.issues };
  }
}

function reportYamlProblems(doc: Document.Parsed, issues: IssueCollector): void {
  const reported = new Set<string>();
  const report = (problem: YAMLError, severity: 'error' | 'warning'): void => {
    const id = `${problem.code}:${problem.pos[0]}`;
    if (reported.has(id)) {
      return;
    }
    reported.add(id);

    const message =
      problem.code === 'MULTIPLE_DOCS'
        ? 'a config is a single YAML document; remove the `---` line and what follows it'
        : `invalid YAML: ${lowerFirst(problem.message)}`;
    const keyPath = keyPathAt(doc.contents, problem.pos[0]);
    issues[severity](message, keyPath, problem.pos);
  };

  doc.errors.forEach((problem) => report(problem, 'error'));
  doc.warnings.forEach((problem) => report(problem, 'warning'));
}

function lowerFirst(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence)
    ? sentence[0]!.toLowerCase() + sentence.slice(1)
    : sentence;
}
