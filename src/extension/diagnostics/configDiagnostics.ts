import * as vscode from 'vscode';
import {
  looksLikeTrainboardConfig,
  validateConfigText,
  type ConfigIssue,
} from '../../training/config';
import { issueToDiagnostic } from './issueDiagnostics';

const DEBOUNCE_MS = 200;

function isYaml(document: vscode.TextDocument): boolean {
  return document.languageId === 'yaml' || /\.ya?ml$/i.test(document.fileName);
}

/** Shows config problems in the Problems panel while a Trainboard config is edited. */
export class ConfigDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('trainboard');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.check(document)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.schedule(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    );
    vscode.workspace.textDocuments.forEach((document) => this.check(document));
  }

  /** Publishes issues found outside of typing, such as by the Train config command. */
  publish(uri: vscode.Uri, issues: readonly ConfigIssue[]): void {
    this.collection.set(uri, issues.map(issueToDiagnostic));
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.check(document);
      }, DEBOUNCE_MS),
    );
  }

  private check(document: vscode.TextDocument): void {
    if (!isYaml(document) || document.isClosed) {
      return;
    }
    const text = document.getText();
    if (!looksLikeTrainboardConfig(text)) {
      this.collection.delete(document.uri);
      return;
    }
    const { issues } = validateConfigText(text, document.uri.fsPath);
    this.publish(document.uri, issues);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(uri);
  }
}
