import { describe, expect, it } from 'vitest';
import { siteTimeZone } from '../../../utils/dates/site-time-zone';
import { COUNTRY_ZONES, LANGUAGE_ZONES, SITE_ZONES } from '../../../utils/dates/time-zone-tables';

describe('siteTimeZone', () => {
  it.each<[hostname: string, expected: string]>([
    // Country-code TLDs, bare and second-level.
    ['www.example.gov.tr', 'Europe/Istanbul'],
    ['aa.com.tr', 'Europe/Istanbul'],
    ['www.trt.net.tr', 'Europe/Istanbul'],
    ['www.hurriyet.com.tr', 'Europe/Istanbul'],
    ['www.sabah.com.tr', 'Europe/Istanbul'],
    ['www.ntv.com.tr', 'Europe/Istanbul'],
    ['www.sozcu.com.tr', 'Europe/Istanbul'],
    ['news.com.eg', 'Africa/Cairo'],
    ['gate.ahram.org.eg', 'Africa/Cairo'],
    ['petra.gov.jo', 'Asia/Amman'],
    ['www.spa.gov.sa', 'Asia/Riyadh'],
    ['www.wam.ae', 'Asia/Dubai'],
    ['www.alkhaleej.ae', 'Asia/Dubai'],
    ['example.lb', 'Asia/Beirut'],
    ['sana.sy', 'Asia/Damascus'],
    ['example.iq', 'Asia/Baghdad'],
    ['www.kuna.net.kw', 'Asia/Kuwait'],
    ['example.qa', 'Asia/Qatar'],
    ['example.bh', 'Asia/Bahrain'],
    ['example.om', 'Asia/Muscat'],
    ['example.ye', 'Asia/Aden'],
    ['wafa.ps', 'Asia/Hebron'],
    ['le360.ma', 'Africa/Casablanca'],
    ['example.dz', 'Africa/Algiers'],
    ['www.assabah.com.tn', 'Africa/Tunis'],
    ['example.ly', 'Africa/Tripoli'],
    ['example.sd', 'Africa/Khartoum'],
    ['report.az', 'Asia/Baku'],
    ['example.cy', 'Asia/Nicosia'],
    ['example.de', 'Europe/Berlin'],
    ['example.fr', 'Europe/Paris'],
    ['www.bbc.co.uk', 'Europe/London'],
    // Known sites on generic TLDs, with and without subdomains.
    ['www.youm7.com', 'Africa/Cairo'],
    ['masrawy.com', 'Africa/Cairo'],
    ['www.elwatannews.com', 'Africa/Cairo'],
    ['www.almasryalyoum.com', 'Africa/Cairo'],
    ['akhbarelyom.com', 'Africa/Cairo'],
    ['www.elbalad.news', 'Africa/Cairo'],
    ['www.elbaladtv.net', 'Africa/Cairo'],
    ['www.shorouknews.com', 'Africa/Cairo'],
    ['www.trtarabi.com', 'Europe/Istanbul'],
    ['www.mynet.com', 'Europe/Istanbul'],
    ['www.haberturk.com', 'Europe/Istanbul'],
    ['www.cnnturk.com', 'Europe/Istanbul'],
    ['www.aljazeera.net', 'Asia/Qatar'],
    ['www.alarabiya.net', 'Asia/Dubai'],
    ['aawsat.com', 'Asia/Riyadh'],
    ['www.skynewsarabia.com', 'Asia/Dubai'],
    ['www.annahar.com', 'Asia/Beirut'],
    ['arabic.sputniknews.com', 'Europe/Moscow'],
    // A known site overrides its misleading ccTLD.
    ['sputnikarabic.ae', 'Europe/Moscow'],
    // Case and a trailing dot do not matter.
    ['WWW.YOUM7.COM.', 'Africa/Cairo'],
  ])('%s → %s', (hostname, expected) => {
    expect(siteTimeZone({ hostname })).toBe(expected);
  });

  it('does not take a parent domain of a listed subdomain for the site', () => {
    expect(siteTimeZone({ hostname: 'sputniknews.com' })).toBeNull();
    expect(siteTimeZone({ hostname: 'notyoum7.com' })).toBeNull();
  });

  it.each<[locale: string, expected: string | null]>([
    ['ar-EG', 'Africa/Cairo'],
    ['ar_EG', 'Africa/Cairo'],
    ['ar-SA', 'Asia/Riyadh'],
    ['ar-Arab-JO', 'Asia/Amman'],
    ['tr-TR', 'Europe/Istanbul'],
    ['tr_TR.UTF-8', 'Europe/Istanbul'],
    ['ar_AR', null],
    ['en_US', null],
    ['ar', null],
  ])('uses the region of locale %s on a generic TLD', (locale, expected) => {
    expect(siteTimeZone({ hostname: 'www.example.com', locale })).toBe(expected);
  });

  it.each<[lang: string, expected: string | null]>([
    ['tr', 'Europe/Istanbul'],
    ['TR', 'Europe/Istanbul'],
    ['az', 'Asia/Baku'],
    ['ar-MA', 'Africa/Casablanca'],
    ['ar', null],
    ['en', null],
  ])('falls back to the language %s', (lang, expected) => {
    expect(siteTimeZone({ hostname: 'www.example.com', lang, locale: null })).toBe(expected);
  });

  it('trusts the domain over the locale, and the locale region over the language', () => {
    expect(siteTimeZone({ hostname: 'www.youm7.com', locale: 'ar_SA' })).toBe('Africa/Cairo');
    expect(siteTimeZone({ hostname: 'example.com.tr', locale: 'ar_EG' })).toBe('Europe/Istanbul');
    expect(siteTimeZone({ hostname: 'www.example.com', lang: 'tr', locale: 'tr_DE' })).toBe('Europe/Berlin');
    expect(siteTimeZone({ hostname: 'www.example.com', lang: 'tr', locale: 'tr_XX' })).toBe('Europe/Istanbul');
    expect(siteTimeZone({ hostname: 'www.example.com', lang: 'ar', locale: 'ar_LB' })).toBe('Asia/Beirut');
  });

  it.each(['localhost', '192.168.1.10', '::1', '', 'example.constructor', 'example.__proto__', 'www.example.com'])(
    'returns null for %j without other clues',
    (hostname) => {
      expect(siteTimeZone({ hostname })).toBeNull();
    },
  );

  it('lists only zones the runtime knows', () => {
    const zones = [...Object.values(COUNTRY_ZONES), ...Object.values(SITE_ZONES), ...Object.values(LANGUAGE_ZONES)];
    for (const zone of zones) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
    }
  });
});
