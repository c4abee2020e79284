import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../../utils/extract/sanitize-html';
import { nodeSanitizer } from '../../../utils/node/node-dom';

const BASE = 'https://www.ornek.gov.tr/haber/1';

/** Markup whose forbidden elements, once taken out with their content kept, leave nesting a parser reads another way. */
const CASES: Array<[html: string, words: string[]]> = [
  ['<h2><main><h2>Alt başlık</h2></main> Metin</h2>', ['Alt başlık', 'Metin']],
  ['<p>Giriş <object><div>blok</div></object> son</p>', ['Giriş', 'blok', 'son']],
  ['<a href="/a">bir <form><a href="/b">iki</a></form></a>', ['bir', 'iki']],
  ['<ul><li>bir<select><option>seçenek</option></select><li>iki</li></ul>', ['bir', 'iki']],
  ['<h3>Başlık <button><h4>iç</h4></button></h3>', ['Başlık', 'iç']],
  ['<p><font><p>iç paragraf</p></font></p>', ['iç paragraf']],
  ['<table><tr><td>hücre<form><td>ikinci</td></form></td></tr></table>', ['hücre', 'ikinci']],
  // The parser drops the first newline after <pre>: a text that starts with a second one must keep it.
  ['<pre>\n\nkod satırı</pre>', ['\nkod satırı']],
  ['<pre>\n\n\nüç satır</pre>', ['\n\nüç satır']],
];

describe.each([
  ['parse5 in Node', nodeSanitizer()],
  ['DOMPurify parsing', createSanitizer(new JSDOM('').window as unknown as Window)!],
] as const)('sanitising is a fixpoint (%s)', (_name, sanitizer) => {
  it.each(CASES)('%s', (html, words) => {
    const once = sanitizer.sanitize(html, BASE).innerHTML;
    expect(sanitizer.sanitize(once, BASE).innerHTML).toBe(once);
    for (const word of words) expect(once).toContain(word);
  });
});
