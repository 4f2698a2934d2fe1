import * as vscode from 'vscode';
import { showUnexpectedError } from '../log/errorMessages';
import type { RunEnded } from '../runner/runner';

const SHOW_OUTPUT = 'Show output';

/** Tells the user how a run ended when it needs their attention. */
export async function notifyRunEnded(
  channel: vscode.LogOutputChannel,
  ended: RunEnded,
): Promise<void> {
  const { record, crashed } = ended;
  if (crashed) {
    channel.error(`[run ${record.id}] crashed: ${record.error ?? 'no error line'}`);
    await showUnexpectedError(channel, `Run ${record.name} crashed.`);
    return;
  }
  if (record.status !== 'failed') {
    return;
  }

  const [firstLine = '', ...details] = (record.error ?? '').split('\n');
  channel.error(`[run ${record.id}] failed: ${record.error ?? ''}`);
  const actions = details.length > 0 ? [SHOW_OUTPUT] : [];
  const choice = await vscode.window.showErrorMessage(
    `Run ${record.name} failed: ${firstLine}`,
    ...actions,
  );
  if (choice === SHOW_OUTPUT) {
    channel.show(true);
  }
}
