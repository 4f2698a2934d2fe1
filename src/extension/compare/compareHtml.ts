import { webviewPageHtml, type WebviewPageAssets } from '../webviewPage/pageHtml';

/** The compare view's page: the loss panel's policy, its own bundle and title. */
export function compareHtml(assets: WebviewPageAssets): string {
  return webviewPageHtml(assets, 'Compare runs');
}
