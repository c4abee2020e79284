import { describe, expect, it } from 'vitest';
import { originPatternFor, problemForInjectionError, problemForUrl } from '../../../utils/clipper/page-kind';

describe('problemForUrl', () => {
  it.each([
    ['https://www.aa.com.tr/tr/gundem/x/123', null],
    ['http://127.0.0.1:8377/tr-aile/', null],
    ['file:///home/u/page.html', null],
    [undefined, null],
    ['chrome://newtab/', 'browser-page'],
    ['chrome-extension://abc/reader.html', 'browser-page'],
    ['moz-extension://abc/reader.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://a.example/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'store-page'],
    ['https://chrome.google.com/webstore/detail/abc', 'store-page'],
    ['https://chrome.google.com/search', null],
    ['https://addons.mozilla.org/tr/firefox/', 'store-page'],
    ['https://www.mfa.gov.tr/files/rapor.PDF', 'pdf'],
    ['https://www.mfa.gov.tr/rapor.pdf.html', null],
    ['data:text/html,<p>x', 'not-web'],
    ['blob:https://a.example/1', 'not-web'],
    ['not a url', 'not-web'],
  ])('%s → %s', (url, problem) => {
    expect(problemForUrl(url)).toBe(problem);
  });
});

describe('problemForInjectionError', () => {
  it('trusts the address over the message', () => {
    expect(problemForInjectionError('Cannot access contents of the page', 'https://a.example/x.pdf')).toBe('pdf');
  });

  it.each([
    ['Cannot access a chrome:// URL', undefined, 'browser-page'],
    ['Frame with ID 0 was removed.', 'https://a.example/', 'tab-gone'],
    ['Missing host permission for the tab', 'https://a.example/', 'no-access'],
  ])('"%s" → %s', (message, url, problem) => {
    expect(problemForInjectionError(message, url)).toBe(problem);
  });
});

it.each([
  ['https://www.aa.com.tr/tr/dunya/x?y=1', 'https://www.aa.com.tr/*'],
  ['http://127.0.0.1:8377/pages/a/', 'http://127.0.0.1/*'],
  ['mailto:basin@mfa.gov.tr', null],
  ['javascript:void(0)', null],
  ['/relative', null],
])('originPatternFor(%s) → %s', (link, pattern) => {
  expect(originPatternFor(link)).toBe(pattern);
});
