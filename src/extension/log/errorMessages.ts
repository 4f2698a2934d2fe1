import * as vscode from 'vscode';

const SHOW_OUTPUT = 'Show output';

/** For the unexpected: one generic message, the details go to the output channel. */
export async function showUnexpectedError(
  channel: vscode.LogOutputChannel,
  summary: string,
  error?: unknown,
): Promise<void> {
  if (error !== undefined) {
    channel.error(
      `${summary} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  const choice = await vscode.window.showErrorMessage(
    `${summary} See the Trainboard output.`,
    SHOW_OUTPUT,
  );
  if (choice === SHOW_OUTPUT) {
    channel.show(true);
  }
}
