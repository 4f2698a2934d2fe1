import * as vscode from 'vscode';
import type { RunnerLog } from '../runner/runnerLog';

export function createOutputLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Trainboard', { log: true });
}

export function runnerLogFor(channel: vscode.LogOutputChannel): RunnerLog {
  return {
    info: (line) => channel.info(line),
    warn: (line) => channel.warn(line),
    error: (line) => channel.error(line),
  };
}
