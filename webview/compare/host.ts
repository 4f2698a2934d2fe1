import type { CompareToHostMessage } from '../../src/contract/compareMessages';
import { acquireWebviewHost, type WebviewHost } from '../shared/vscodeApi';

export type CompareHost = WebviewHost<CompareToHostMessage, unknown>;

export const connectToHost = (): CompareHost => acquireWebviewHost();
