/** Replaces Arabic-Indic (٠-٩) and Persian (۰-۹) digits and the Arabic decimal/thousands marks with ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x66b) return '.';
    if (c === 0x66c) return ',';
    return String(c >= 0x6f0 ? c - 0x6f0 : c - 0x660);
  });
}
