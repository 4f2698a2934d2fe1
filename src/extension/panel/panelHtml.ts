import { webviewPageHtml, type WebviewPageAssets } from '../webviewPage/pageHtml';

export function panelHtml(assets: WebviewPageAssets): string {
  return webviewPageHtml(assets, 'Loss panel');
}
