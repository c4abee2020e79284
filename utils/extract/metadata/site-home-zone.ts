/**
 * The time zone of a site that says where it is only in its own footer: a postal address naming a city,
 * or a telephone number with a country code. Used when the address, the site and the declared locale
 * say nothing (an Arabic page on a `.com` host), so that wall-clock times still get a real offset.
 */

import { lineText } from '../dom-tree';
import { cityZoneIn } from './city-gazetteer';

const ADDRESS_LINE = /(?:العنوان|عنوان|المقر|مقر الجريدة|Adres|Adresi|Address|Merkez)\s*[:：]?\s*([^|\n]{3,140})/i;
const PHONE_ZONES: Array<[string, string]> = [
  ['20', 'Africa/Cairo'], ['90', 'Europe/Istanbul'], ['962', 'Asia/Amman'], ['961', 'Asia/Beirut'], ['963', 'Asia/Damascus'],
  ['964', 'Asia/Baghdad'], ['965', 'Asia/Kuwait'], ['966', 'Asia/Riyadh'], ['967', 'Asia/Aden'], ['968', 'Asia/Muscat'],
  ['970', 'Asia/Hebron'], ['971', 'Asia/Dubai'], ['973', 'Asia/Bahrain'], ['974', 'Asia/Qatar'], ['212', 'Africa/Casablanca'],
  ['213', 'Africa/Algiers'], ['216', 'Africa/Tunis'], ['218', 'Africa/Tripoli'], ['249', 'Africa/Khartoum'], ['994', 'Asia/Baku'],
];
/** Longest country codes first, so +962 is not read as +96… */
const PHONE = new RegExp(`(?:\\+|\\b00)(${PHONE_ZONES.map(([code]) => code).sort((a, b) => b.length - a.length).join('|')})[\\s\\-.()]*\\d`);
const MAX_CHARS = 4000;

/** The zone a site's footer or contact block points to, or null. */
export function siteHomeZone(contactBlocks: readonly Element[]): string | null {
  for (const block of contactBlocks) {
    const text = lineText(block).slice(0, MAX_CHARS);
    const address = ADDRESS_LINE.exec(text);
    const fromAddress = address ? cityZoneIn(address[1]!) : null;
    if (fromAddress) return fromAddress;
    const phone = PHONE.exec(text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)));
    if (phone) return PHONE_ZONES.find(([code]) => code === phone[1])?.[1] ?? null;
  }
  return null;
}
