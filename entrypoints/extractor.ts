import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from '@/utils/extract/extract-article';
import { extractionReply } from '@/utils/clipper/extraction-reply';

/**
 * Injected into a tab with `scripting.executeScript({ files: ['/extractor.js'] })`. Extracts the page's
 * article from a clone of the live document and hands the typed reply back as the script's result; the
 * background reads the mentions from its text.
 */
export default defineUnlistedScript(() =>
  extractionReply(extractPage(document, location.href, { now: new Date() }), document.contentType),
);
