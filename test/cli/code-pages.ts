/**
 * Hand-written encoders for the two legacy code pages Turkish and Arabic sites still serve, covering the
 * characters the test pages use. Anything outside the table throws, so a page can never be silently
 * mis-encoded by the test itself.
 */

/** windows-1254 (Turkish): Latin-1 with Ğ İ Ş ğ ı ş in place of Ð Ý Þ ð ý þ, plus the 0x80–0x9F punctuation. */
const WINDOWS_1254: Record<string, number> = {
  'Ç': 0xc7, 'Ğ': 0xd0, 'İ': 0xdd, 'Ö': 0xd6, 'Ş': 0xde, 'Ü': 0xdc, 'Â': 0xc2, 'Î': 0xce, 'Û': 0xdb,
  'ç': 0xe7, 'ğ': 0xf0, 'ı': 0xfd, 'ö': 0xf6, 'ş': 0xfe, 'ü': 0xfc, 'â': 0xe2, 'î': 0xee, 'û': 0xfb,
  '©': 0xa9, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85,
};

/** windows-1256 (Arabic). */
const WINDOWS_1256: Record<string, number> = {
  'ء': 0xc1, 'آ': 0xc2, 'أ': 0xc3, 'ؤ': 0xc4, 'إ': 0xc5, 'ئ': 0xc6, 'ا': 0xc7, 'ب': 0xc8, 'ة': 0xc9, 'ت': 0xca,
  'ث': 0xcb, 'ج': 0xcc, 'ح': 0xcd, 'خ': 0xce, 'د': 0xcf, 'ذ': 0xd0, 'ر': 0xd1, 'ز': 0xd2, 'س': 0xd3, 'ش': 0xd4,
  'ص': 0xd5, 'ض': 0xd6, 'ط': 0xd8, 'ظ': 0xd9, 'ع': 0xda, 'غ': 0xdb, 'ـ': 0xdc, 'ف': 0xdd, 'ق': 0xde, 'ك': 0xdf,
  'ل': 0xe1, 'م': 0xe3, 'ن': 0xe4, 'ه': 0xe5, 'و': 0xe6, 'ى': 0xec, 'ي': 0xed,
  'ً': 0xf0, 'ٌ': 0xf1, 'ٍ': 0xf2, 'َ': 0xf3, 'ُ': 0xf5, 'ِ': 0xf6, 'ّ': 0xf8, 'ْ': 0xfa,
  '،': 0xa1, '؛': 0xba, '؟': 0xbf, '©': 0xa9, '«': 0xab, '»': 0xbb,
};

function encodeWith(table: Record<string, number>, name: string, text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (table[ch] !== undefined) bytes.push(table[ch]!);
    else throw new Error(`${name}: no byte for ${JSON.stringify(ch)} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`);
  }
  return Buffer.from(bytes);
}

export const encodeWindows1254 = (text: string): Buffer => encodeWith(WINDOWS_1254, 'windows-1254', text);
export const encodeWindows1256 = (text: string): Buffer => encodeWith(WINDOWS_1256, 'windows-1256', text);
