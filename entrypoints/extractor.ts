import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/extract/extract-article';

/**
 * Injected into a tab with `scripting.executeScript({ files: ['/extractor.js'] })`. Extracts the page's
 * article from a clone of the live document; the result is what `executeScript` returns.
 */
export default defineUnlistedScript(() => extractArticle(document, location.href, { now: new Date() }));
