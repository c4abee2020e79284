import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../utils/node/node-dom';
import { serializeInnerHtml } from '../../../utils/extract/serialize-html';

const KEEP = new Set(['href', 'src', 'alt', 'title', 'colspan', 'dir', 'lang']);

function rootOf(html: string): Element {
  const doc = parseHtmlDocument(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return doc.getElementById('root')!;
}

const serialize = (html: string, keep: ReadonlySet<string> = KEEP) => serializeInnerHtml(rootOf(html), keep);

describe('serializeInnerHtml: escaping', () => {
  it.each([
    ['<p>a &amp; b &lt;c&gt;</p>', '<p>a &amp; b &lt;c&gt;</p>'],
    ['<p>Fiyat: 5 &gt; 3 &amp;&amp; 2 &lt; 4</p>', '<p>Fiyat: 5 &gt; 3 &amp;&amp; 2 &lt; 4</p>'],
    ['<p>a&nbsp;b</p>', '<p>a&nbsp;b</p>'],
    ['<p>"tırnak" \'tek\'</p>', '<p>"tırnak" \'tek\'</p>'], // quotes need no escaping in text
    ['<p>&amp;quot;</p>', '<p>&amp;quot;</p>'],
    ['<a href="/x?a=1&amp;b=2">l</a>', '<a href="/x?a=1&amp;b=2">l</a>'],
    ['<a title="&quot;q&quot; &lt;x&gt;">l</a>', '<a title="&quot;q&quot; <x>">l</a>'],
    ['<img alt="a&nbsp;b">', '<img alt="a&nbsp;b">'],
  ])('%s → %s', (html, expected) => {
    expect(serialize(html)).toBe(expected);
  });

  it.each([
    ['a value with &quot;', 'He said &quot;hi&quot;'],
    ['a value with &lt;', 'x &lt; y'],
    ['a value with a literal entity text', '&amp;lt; stays'],
    ['a value with &', 'Tom & Jerry'],
    ['Arabic with quotes', 'قال "مرحبا" & وداعا'],
  ])('round-trips %s through a re-parse', (_name, attrSource) => {
    const original = rootOf(`<a title="${attrSource}">x</a>`).querySelector('a')!.getAttribute('title');
    const reparsed = rootOf(serialize(`<a title="${attrSource}">x</a>`)).querySelector('a')!.getAttribute('title');
    expect(reparsed).toBe(original);
  });

  it('round-trips text containing markup-like characters', () => {
    const html = '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; 3 &lt; 5</p>';
    const once = serialize(html);
    expect(rootOf(once).textContent).toBe(rootOf(html).textContent);
    expect(serialize(once)).toBe(once);
  });
});

describe('serializeInnerHtml: what is left out', () => {
  it('drops attributes not in the allowlist', () => {
    expect(serialize('<a href="/x" class="c" id="i" style="color:red" onclick="x()" data-id="5" target="_blank">l</a>')).toBe('<a href="/x">l</a>');
    expect(serialize('<p dir="rtl" lang="ar" class="x">نص</p>')).toBe('<p dir="rtl" lang="ar">نص</p>');
    expect(serialize('<a href="/x" title="t">l</a>', new Set())).toBe('<a>l</a>');
  });

  it('drops comments', () => {
    expect(serialize('<!-- reklam --><p>metin<!-- iç --></p>')).toBe('<p>metin</p>');
  });

  it.each([
    ['<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['<style>p{color:red}</style><p>x</p>', '<p>x</p>'],
    ['<template><p>şablon</p></template><p>x</p>', '<p>x</p>'],
    ['<noscript><img src="x.jpg"></noscript><p>x</p>', '<p>x</p>'],
    ['<iframe src="https://evil"></iframe><p>x</p>', '<p>x</p>'],
    ['<textarea>t</textarea><p>x</p>', '<p>x</p>'],
  ])('drops the raw-text element in %s', (html, expected) => {
    expect(serialize(html)).toBe(expected);
  });

  it.each([
    ['<p>a</p>\n  <p>b</p>', '<p>a</p><p>b</p>'],
    ['<div> <p>x</p> </div>', '<div><p>x</p></div>'],
    ['<ul>\n <li>a</li>\n <li>b</li>\n</ul>', '<ul><li>a</li><li>b</li></ul>'],
    ['<table>\n<tbody>\n<tr>\n<td>a</td>\n</tr>\n</tbody>\n</table>', '<table><tbody><tr><td>a</td></tr></tbody></table>'],
  ])('drops whitespace-only text between blocks: %j', (html, expected) => {
    expect(serialize(html)).toBe(expected);
  });
});

describe('serializeInnerHtml: whitespace that matters', () => {
  it.each([
    ['<pre>  kod\n    girinti  </pre>', '<pre>  kod\n    girinti  </pre>'],
    ['<pre><code>a\n\n  b</code>\n</pre>', '<pre><code>a\n\n  b</code>\n</pre>'],
    ['<p><b>kalın</b> <i>italik</i></p>', '<p><b>kalın</b> <i>italik</i></p>'],
    ['<p><a href="/a">bir</a> <a href="/b">iki</a></p>', '<p><a href="/a">bir</a> <a href="/b">iki</a></p>'],
    ['<p>metin <b>kalın</b></p>', '<p>metin <b>kalın</b></p>'],
    ['<p><img src="a.jpg" alt="x"> <b>c</b></p>', '<p><img src="a.jpg" alt="x"> <b>c</b></p>'],
  ])('%j', (html, expected) => {
    expect(serialize(html)).toBe(expected);
  });

  it('keeps the space in <span> </span> between two words', () => {
    expect(serialize('<p>Merhaba<span> </span>dünya</p>')).toBe('<p>Merhaba<span> </span>dünya</p>');
  });
});

describe('serializeInnerHtml: structure', () => {
  it.each([
    ['<p>bir<br>iki</p><hr>', '<p>bir<br>iki</p><hr>'],
    ['<img src="a.jpg" alt="foto">', '<img src="a.jpg" alt="foto">'],
    ['<table><tbody><tr><td colspan="2">x</td></tr></tbody></table>', '<table><tbody><tr><td colspan="2">x</td></tr></tbody></table>'],
    ['<ol><li>a<ul><li>b</li></ul></li></ol>', '<ol><li>a<ul><li>b</li></ul></li></ol>'],
    ['<p dir="rtl">قال <b>الوزير</b></p>', '<p dir="rtl">قال <b>الوزير</b></p>'],
  ])('%s', (html, expected) => {
    expect(serialize(html)).toBe(expected);
  });

  it('returns an empty string for an empty element', () => {
    expect(serialize('')).toBe('');
  });

  it('serialises a 5,000-deep nesting without recursion', () => {
    const doc = parseHtmlDocument('<!doctype html><html><body></body></html>');
    const root = doc.createElement('div');
    let cur: Element = root;
    for (let i = 0; i < 5000; i++) cur = cur.appendChild(doc.createElement('div'));
    cur.appendChild(doc.createTextNode('derin'));
    const html = serializeInnerHtml(root, KEEP);
    expect(html).toBe(`${'<div>'.repeat(5000)}derin${'</div>'.repeat(5000)}`);
  });
});
