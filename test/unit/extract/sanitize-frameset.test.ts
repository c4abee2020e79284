/**
 * Markup that would make a frameset document (`<frameset>` before any content) has no body for DOMPurify
 * to return, and it then returned null instead of a fragment. Stored or imported HTML of that
 * shape must sanitise to nothing, with either parser, and never make the reader fail.
 */

import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../../utils/extract/sanitize-html';
import { nodeSanitizer, nodeSanitizerWindow } from '../../../utils/node/node-dom';
import { prepareArticle } from '../../../utils/reader/prepare-article';

const BASE = 'https://www.ornek.gov.tr/haber/1';
const SANITIZERS = [
  ['parse5 fragment parsing', nodeSanitizer()],
  ['DOMPurify parsing (as in the browser)', createSanitizer(nodeSanitizerWindow())!],
] as const;

describe.each(SANITIZERS)('frameset markup, %s', (_name, sanitizer) => {
  it.each([
    ['a frameset', '<frameset><frame src="https://evil.example/"></frameset>'],
    ['a frameset after whitespace and a comment', ' \n<!-- x --><frameset onload="alert(1)"><frame src="javascript:alert(1)"></frameset>'],
    ['a frameset with text after it', '<frameset></frameset><p>Metin</p>'],
  ])('%s sanitises to an element holding nothing that runs', (_case, html) => {
    const container = sanitizer.sanitize(html, BASE);
    expect(container.querySelector('frameset, frame, [onload]')).toBeNull();
    expect(container.innerHTML).not.toMatch(/frame|javascript:|onload/i);
    expect(() => prepareArticle(html, BASE, sanitizer, 'ltr')).not.toThrow();
  });

  it('keeps the text of a paragraph before a frameset tag', () => {
    expect(sanitizer.sanitize('<p>Metin</p><frameset><frame src="x"></frameset>', BASE).innerHTML).toBe('<p>Metin</p>');
  });
});
