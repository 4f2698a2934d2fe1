import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, type HostTest } from './harness';
import { configUri, followRun, hostState, newRun } from './hostState';

const ORDER = ['queued', 'running', 'completed', 'failed', 'stopped'];

/** Statuses seen by polling can skip a step, but never go back. */
function assertForwardOnly(seen: readonly string[]): void {
  const positions = seen.map((status) => ORDER.indexOf(status));
  assert.ok(
    positions.every((position, index) => index === 0 || position > positions[index - 1]!),
    `statuses went forward only: ${seen.join(' -> ')}`,
  );
}

async function runIds(): Promise<string[]> {
  return (await hostState()).runs.map((run) => run.id);
}

async function train(fileName: string): Promise<void> {
  await vscode.commands.executeCommand('trainboard.trainConfig', configUri(fileName));
}

export const runnerTests: HostTest[] = [
  {
    name: 'Show loss panel opens the panel',
    timeoutMs: 15_000,
    body: async () => {
      await vscode.commands.executeCommand('trainboard.showLossPanel');
      await eventually(
        'the panel to be open',
        async () => (await hostState()).panel.open,
      );
    },
  },
  {
    name: 'Train config runs a real trainer from queued through running to completed',
    timeoutMs: 120_000,
    body: async () => {
      const known = await runIds();
      await train('quick-dropout.train.yaml');
      const started = await newRun(known, 'quick-dropout');

      const { run, seen } = await followRun(started.id, 'completed');
      assertForwardOnly(seen);
      assert.ok(
        seen.includes('running') || seen.includes('queued'),
        `seen: ${seen.join(', ')}`,
      );
      assert.equal(run.epochs, 8);
      assert.ok(run.points > 0, 'the run has batch losses');
      assert.equal(run.error, null);
    },
  },
  {
    name: 'a second run waits as queued while the only slot is taken',
    timeoutMs: 120_000,
    body: async () => {
      await vscode.workspace
        .getConfiguration('trainboard')
        .update('maxParallelRuns', 1, vscode.ConfigurationTarget.Workspace);
      try {
        const known = await runIds();
        await train('quick-no-dropout.train.yaml');
        const first = await newRun(known, 'quick-no-dropout');
        await train('tiny.train.yaml');
        const second = await newRun(known, 'tiny');

        await followRun(first.id, 'running');
        const waiting = (await hostState()).runs.find((run) => run.id === second.id);
        assert.equal(waiting?.status, 'queued');

        await followRun(first.id, 'completed');
        const { seen } = await followRun(second.id, 'completed');
        assertForwardOnly(seen);
      } finally {
        await vscode.workspace
          .getConfiguration('trainboard')
          .update('maxParallelRuns', undefined, vscode.ConfigurationTarget.Workspace);
      }
    },
  },
  {
    name: 'Stop ends a running trainer as stopped',
    timeoutMs: 60_000,
    body: async () => {
      const known = await runIds();
      await train('long.train.yaml');
      const run = await newRun(known, 'long');
      await eventually('the long run to log losses', async () => {
        const current = (await hostState()).runs.find((each) => each.id === run.id);
        return current?.status === 'running' && current.points > 0;
      });

      await vscode.commands.executeCommand('trainboard.stop', run.id);
      const { run: stopped } = await followRun(run.id, 'stopped', 10_000);
      assert.ok(stopped.epochs < 100, 'the run stopped before its last epoch');
    },
  },
  {
    name: 'Rerun starts a new run of the same config with the same name',
    timeoutMs: 120_000,
    body: async () => {
      const state = await hostState();
      const original = state.runs.find(
        (run) => run.name === 'quick-dropout' && run.status === 'completed',
      );
      assert.ok(original, 'an earlier test left a completed quick-dropout run');

      await vscode.commands.executeCommand('trainboard.rerun', original.id);
      const rerun = await newRun(
        state.runs.map((run) => run.id),
        'quick-dropout',
      );
      const { run } = await followRun(rerun.id, 'completed');
      assert.equal(run.points, original.points);
    },
  },
  {
    name: 'a config with a typo gets an error diagnostic and starts no run',
    timeoutMs: 30_000,
    body: async () => {
      const known = await runIds();
      const uri = configUri('typo.train.yaml');
      // The command waits on its error toast, which nobody answers here.
      void vscode.commands.executeCommand('trainboard.trainConfig', uri);

      const errors = await eventually('an error on typo.train.yaml', () => {
        const found = vscode.languages
          .getDiagnostics(uri)
          .filter(
            (diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error,
          );
        return found.length > 0 && found;
      });
      assert.match(errors[0]!.message, /epocs/);

      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(await runIds(), known);
    },
  },
];
