import * as vscode from 'vscode';
import { RUN_STATUSES, type RunStatus } from '../../contract/runRecord';
import { NO_FILTER, type RunFilter } from './model/runFilter';

interface StepItem extends vscode.QuickPickItem {
  step: 'text' | 'status' | 'clear';
}

interface StatusItem extends vscode.QuickPickItem {
  status: RunStatus;
}

async function pickText(filter: RunFilter): Promise<RunFilter | undefined> {
  const text = await vscode.window.showInputBox({
    title: 'Filter runs by text',
    prompt: 'Matches run names, run ids and config file names.',
    value: filter.text,
  });
  return text === undefined ? undefined : { ...filter, text: text.trim() };
}

async function pickStatuses(filter: RunFilter): Promise<RunFilter | undefined> {
  const items: StatusItem[] = RUN_STATUSES.map((status) => ({
    label: status,
    status,
    picked: filter.statuses.includes(status),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Show runs with these statuses',
    canPickMany: true,
  });
  return picked ? { ...filter, statuses: picked.map((item) => item.status) } : undefined;
}

/** Asks how to narrow the Runs view; undefined when the user cancels. */
export async function pickRunFilter(filter: RunFilter): Promise<RunFilter | undefined> {
  const steps: StepItem[] = [
    { step: 'text', label: '$(search) By text…', description: filter.text },
    {
      step: 'status',
      label: '$(filter) By status…',
      description: filter.statuses.join(', '),
    },
    { step: 'clear', label: '$(clear-all) Clear filter' },
  ];
  const step = await vscode.window.showQuickPick(steps, { title: 'Filter runs' });

  switch (step?.step) {
    case 'text':
      return pickText(filter);
    case 'status':
      return pickStatuses(filter);
    case 'clear':
      return NO_FILTER;
    default:
      return undefined;
  }
}
