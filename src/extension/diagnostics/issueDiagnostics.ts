import * as vscode from 'vscode';
import type { ConfigIssue } from '../../training/config';

export function issueRange(issue: ConfigIssue): vscode.Range {
  return new vscode.Range(
    Math.max(0, issue.line - 1),
    Math.max(0, issue.column - 1),
    Math.max(0, issue.endLine - 1),
    Math.max(0, issue.endColumn - 1),
  );
}

export function issueToDiagnostic(issue: ConfigIssue): vscode.Diagnostic {
  const severity =
    issue.severity === 'error'
      ? vscode.DiagnosticSeverity.Error
      : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(issueRange(issue), issue.message, severity);
  diagnostic.source = 'Trainboard';
  if (issue.keyPath) {
    diagnostic.code = issue.keyPath;
  }
  return diagnostic;
}
