/**
 * Decodes a saved page's bytes into text the way a browser would: a byte order mark wins, then a charset
 * declared in the first 1024 bytes (`<meta charset>` or `http-equiv="Content-Type"`), else UTF-8.
 * Turkish and Arabic sites still serve windows-1254, ISO-8859-9 and windows-1256 pages.
 */

const PRESCAN_BYTES = 1024;

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return null;
}

/** The charset a page declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII markup reads the same whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const fromContent = /content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(tag);
      if (fromContent) return fromContent[1]!;
    }
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes page bytes to a string, with the encoding that was used.
 * @param transportCharset the charset the server sent (`Content-Type: text/html; charset=…`): as in
 *   browsers, it ranks below a byte order mark and above the page's own declaration
 */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string | null): { html: string; encoding: string } {
  const bom = bomEncoding(bytes);
  if (bom) return { html: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  const transport = transportCharset ? decoderFor(transportCharset.trim()) : null;
  if (transport) return { html: transport.decode(bytes), encoding: transport.encoding };
  const declared = declaredCharset(bytes);
  // A page declaring UTF-16 in ASCII markup is not UTF-16; browsers read it as UTF-8.
  const decoder = declared && !/^utf-?16/i.test(declared) ? decoderFor(declared) : null;
  const used = decoder ?? new TextDecoder('utf-8');
  return { html: used.decode(bytes), encoding: used.encoding };
}
