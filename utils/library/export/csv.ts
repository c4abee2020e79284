/**
 * CSV as RFC 4180 describes it, for spreadsheets: CRLF between records, a field quoted when it holds a
 * comma, quote, CR or LF (quotes doubled), newlines kept inside quoted fields. A field that a spreadsheet
 * would run as a formula is neutralised.
 */

/** A field that starts like this is a formula (or a DDE command) to Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]|^\s+[=+\-@]/;

/** Prefixes a would-be formula with an apostrophe, which spreadsheets show as text and do not run. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field, neutralised and quoted as needed. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: fields joined by commas, ended by CRLF. */
export function csvRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The UTF-8 byte order mark, which makes Excel read the file as UTF-8 (Arabic and Turkish intact). */
export const UTF8_BOM = '\uFEFF';
