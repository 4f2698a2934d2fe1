import {
  isCompareToHostMessage,
  type CompareToHostMessage,
} from '../../contract/compareMessages';

export type CompareGuardResult =
  { ok: true; message: CompareToHostMessage } | { ok: false; reason: string };

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * Accepts only the compare contract's messages, and a run only if it is one of the
 * runs being compared: the view can point at a run it shows and at nothing else.
 */
export function checkCompareMessage(
  value: unknown,
  isComparedRun: (runId: string) => boolean,
): CompareGuardResult {
  if (!isCompareToHostMessage(value)) {
    return { ok: false, reason: `unknown message: ${describe(value)}` };
  }
  if (value.type === 'showInLossPanel' && !isComparedRun(value.runId)) {
    return { ok: false, reason: `run not in the comparison: ${describe(value)}` };
  }
  return { ok: true, message: value };
}

/** The run ids a restored view had saved, kept only if they are plain ids. */
export function savedRunIds(state: unknown): string[] {
  if (typeof state !== 'object' || state === null) {
    return [];
  }
  const runIds = (state as Record<string, unknown>)['runIds'];
  if (!Array.isArray(runIds)) {
    return [];
  }
  return runIds.filter(
    (id): id is string => typeof id === 'string' && /^[\w.-]{1,80}$/.test(id),
  );
}
