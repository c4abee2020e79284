import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../../utils/extract/decode-html';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decodeHtml', () => {
  it('reads windows-1254 Turkish letters from a <meta charset>', () => {
    // ş ğ ı İ in windows-1254: FE F0 FD DD
    const page = bytes('<html><head><meta charset="windows-1254"></head><body>', [0xfe, 0xf0, 0xfd, 0xdd], '</body></html>');
    const { html, encoding } = decodeHtml(page);
    expect(encoding).toBe('windows-1254');
    expect(html).toContain('<body>şğıİ</body>');
  });
  it('reads windows-1256 Arabic letters from an http-equiv content type', () => {
    // م ص ر in windows-1256: E3 D5 D1
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>', [0xe3, 0xd5, 0xd1], '</p>');
    expect(decodeHtml(page).html).toContain('<p>مصر</p>');
  });
  it('lets a byte order mark win over a declared charset', () => {
    const page = bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1256"><p>', [0xc3, 0xbc], '</p>');
    const { html, encoding } = decodeHtml(page);
    expect(encoding).toBe('utf-8');
    expect(html).toBe('<meta charset="windows-1256"><p>ü</p>');
  });
  it('falls back to UTF-8 for an unknown or a UTF-16 label in ASCII markup', () => {
    expect(decodeHtml(bytes('<meta charset="x-made-up"><p>', [0xc3, 0xa7], '</p>')).html).toContain('ç');
    expect(decodeHtml(bytes('<meta charset="utf-16"><p>', [0xc3, 0xa7], '</p>')).encoding).toBe('utf-8');
  });
  it('only looks at the first 1024 bytes for a declaration', () => {
    expect(declaredCharset(bytes(' '.repeat(1100), '<meta charset="windows-1254">'))).toBeNull();
    expect(declaredCharset(bytes('<META CHARSET=ISO-8859-9>'))).toBe('ISO-8859-9');
  });
});
