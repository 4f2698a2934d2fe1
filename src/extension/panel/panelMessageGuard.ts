import { isPanelToHostMessage, type PanelToHostMessage } from '../../contract';

export type GuardResult =
  { ok: true; message: PanelToHostMessage } | { ok: false; reason: string };

const ALLOWED_KEYS: Record<PanelToHostMessage['type'], readonly string[]> = {
  ready: ['type'],
  rerun: ['type', 'runId'],
  stop: ['type', 'runId'],
  export: ['type', 'runId', 'format'],
};

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** A copy holding only the contract's fields, so nothing else from the webview travels on. */
function strip(message: PanelToHostMessage): PanelToHostMessage {
  if (message.type === 'ready') {
    return { type: 'ready' };
  }
  if (message.type === 'export') {
    return { type: 'export', runId: message.runId, format: message.format };
  }
  return { type: message.type, runId: message.runId };
}

/**
 * Accepts only the messages of the panel contract that name a run the host knows. The
 * panel can ask for an action on a run and nothing else: never a path or a command.
 */
export function checkPanelMessage(
  value: unknown,
  isKnownRun: (runId: string) => boolean,
): GuardResult {
  if (!isPanelToHostMessage(value)) {
    return { ok: false, reason: `unknown message: ${describe(value)}` };
  }

  const keys = ALLOWED_KEYS[value.type];
  if (!Object.keys(value).every((key) => keys.includes(key))) {
    return { ok: false, reason: `unexpected fields in message: ${describe(value)}` };
  }
  if (value.type !== 'ready' && !isKnownRun(value.runId)) {
    return { ok: false, reason: `unknown run in message: ${describe(value)}` };
  }
  return { ok: true, message: strip(value) };
}
