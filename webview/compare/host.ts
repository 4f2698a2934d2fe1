import type { CompareToHostMessage } from '../../src/contract/compareMessages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** The compare view's only way out: messages to the host and its saved view state. */
export interface CompareHost {
  post(message: CompareToHostMessage): void;
  savedState(): unknown;
  saveState(state: unknown): void;
}

export function connectToHost(): CompareHost {
  const acquire = (globalThis as { acquireVsCodeApi?: () => VsCodeApi }).acquireVsCodeApi;
  const api: VsCodeApi = acquire
    ? acquire()
    : {
        postMessage: () => undefined,
        getState: () => undefined,
        setState: () => undefined,
      };

  return {
    post: (message) => api.postMessage(message),
    savedState: () => api.getState(),
    saveState: (state) => api.setState(state),
  };
}
