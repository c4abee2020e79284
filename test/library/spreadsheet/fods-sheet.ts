/**
 * Reads the first sheet of a flat OpenDocument spreadsheet (`.fods`, what LibreOffice writes with
 * `--convert-to fods`): each cell's value type, its formula if it has one, and the text it shows.
 */

import { JSDOM } from 'jsdom';

const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

export interface SheetCell {
  /** `office:value-type`: "string", "float", … (null for an empty cell). */
  type: string | null;
  /** `table:formula`, present when the spreadsheet will compute the cell. */
  formula: string | null;
  /** What the cell shows: its paragraphs joined by line breaks, spaces and tabs as written. */
  text: string;
}

/** Repeated rows or cells beyond this are the sheet's empty filler, not data. */
const MAX_REPEAT = 1000;

function inlineText(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) out += child.nodeValue ?? '';
    else if (child.nodeType === child.ELEMENT_NODE) {
      const element = child as Element;
      if (element.namespaceURI === TEXT && element.localName === 's') out += ' '.repeat(Number(element.getAttributeNS(TEXT, 'c') ?? 1));
      else if (element.namespaceURI === TEXT && element.localName === 'tab') out += '\t';
      else if (element.namespaceURI === TEXT && element.localName === 'line-break') out += '\n';
      else out += inlineText(element);
    }
  }
  return out;
}

function cellOf(element: Element): SheetCell {
  const paragraphs = Array.from(element.children).filter((child) => child.namespaceURI === TEXT && (child.localName === 'p' || child.localName === 'h'));
  return {
    type: element.getAttributeNS(OFFICE, 'value-type'),
    formula: element.getAttributeNS(TABLE, 'formula'),
    text: paragraphs.map(inlineText).join('\n'),
  };
}

function repeat(element: Element, attribute: string): number {
  const count = Number(element.getAttributeNS(TABLE, attribute) ?? 1);
  return Math.min(count, MAX_REPEAT);
}

/** The rows of the document's first sheet, each a list of cells, repeated rows and cells expanded. */
export function readFirstSheet(xml: string): SheetCell[][] {
  const document = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const table = document.getElementsByTagNameNS(TABLE, 'table')[0];
  if (!table) throw new Error('the document has no sheet');
  const rows: SheetCell[][] = [];
  for (const row of Array.from(table.getElementsByTagNameNS(TABLE, 'table-row'))) {
    const cells: SheetCell[] = [];
    for (const cell of Array.from(row.children)) {
      if (cell.namespaceURI !== TABLE || (cell.localName !== 'table-cell' && cell.localName !== 'covered-table-cell')) continue;
      const read = cellOf(cell);
      for (let i = repeat(cell, 'number-columns-repeated'); i > 0; i--) cells.push(read);
    }
    for (let i = repeat(row, 'number-rows-repeated'); i > 0; i--) rows.push(cells);
  }
  return rows;
}
