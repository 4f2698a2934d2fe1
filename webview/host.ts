import type { PanelToHostMessage } from '../src/contract/panelMessages';
import { acquireWebviewHost, type WebviewHost } from './shared/vscodeApi';
import type { ViewState } from './viewState';

export type PanelHost = WebviewHost<PanelToHostMessage, ViewState>;

export const connectToHost = (): PanelHost => acquireWebviewHost();
