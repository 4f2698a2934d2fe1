import type { PanelToHostMessage } from '../src/contract/panelMessages';
import type { ViewState } from './viewState';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare global {
  function acquireVsCodeApi(): VsCodeApi;
}

/** The panel's only way out of the webview: messages to the host and saved view state. */
export interface PanelHost {
  post(message: PanelToHostMessage): void;
  savedState(): unknown;
  saveState(state: ViewState): void;
}

export function connectToHost(): PanelHost {
  const api: VsCodeApi =
    typeof acquireVsCodeApi === 'function'
      ? acquireVsCodeApi()
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
