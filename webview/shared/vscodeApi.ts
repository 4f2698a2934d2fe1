interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** A page's only way out of the webview: messages to the host and its saved view state. */
export interface WebviewHost<ToHost, State> {
  post(message: ToHost): void;
  savedState(): unknown;
  saveState(state: State): void;
}

/** Outside a webview there is no VS Code to talk to, so messages go nowhere. */
const DETACHED: VsCodeApi = {
  postMessage: () => undefined,
  getState: () => undefined,
  setState: () => undefined,
};

export function acquireWebviewHost<ToHost, State>(): WebviewHost<ToHost, State> {
  const acquire = (globalThis as { acquireVsCodeApi?: () => VsCodeApi }).acquireVsCodeApi;
  const api = typeof acquire === 'function' ? acquire() : DETACHED;

  return {
    post: (message) => api.postMessage(message),
    savedState: () => api.getState(),
    saveState: (state) => api.setState(state),
  };
}
