import { describe, expect, it } from 'vitest';
import { agencySource } from '../../../utils/extract/metadata/news-agencies';

describe('agencySource: a dateline agency is the source of a republished item', () => {
  it.each<[string, string, string | null, string]>([
    ['AA', 'https://www.haberturk.com/gundem/x', 'Habertürk', 'AA'],
    ['DHA', 'https://www.sozcu.com.tr/x', 'Sözcü', 'DHA'],
    ['İHA', 'https://www.milliyet.com.tr/x', null, 'İHA'],
    ['واس', 'https://www.alarabiya.net/x', 'العربية', 'واس'],
    ['بترا', 'https://www.alghad.com/x', 'الغد', 'بترا'],
    ['أ ش أ', 'https://www.youm7.com/story/x', 'اليوم السابع', 'أ ش أ'],
    ['سانا', 'https://www.almayadeen.net/x', 'الميادين', 'سانا'],
    ['Reuters', 'https://www.aa.com.tr/en/x', 'Anadolu Agency', 'Reuters'], // another agency's code on AA's site
    ['AFP', 'https://www.haberturk.com/x', null, 'AFP'],
  ])('%s on %s → %s', (code, url, siteName, expected) => {
    expect(agencySource(code, url, siteName)).toBe(expected);
  });
});

describe("agencySource: the agency's own site", () => {
  it.each<[string, string, string | null]>([
    ['AA', 'https://www.aa.com.tr/tr/gundem/x', null],
    ['AA', 'https://aa.com.tr/ar/x', 'وكالة الأناضول'],
    ['الأناضول', 'https://www.aa.com.tr/ar/x', null],
    ['AA', 'https://example.org/mirror', 'Anadolu Ajansı'],
    ['DHA', 'https://www.dha.com.tr/x', null],
    ['İHA', 'https://www.iha.com.tr/x', null],
    ['IHA', 'https://m.iha.com.tr/x', null],
    ['واس', 'https://www.spa.gov.sa/w123', null],
    ['واس', 'https://example.sa/x', 'وكالة الأنباء السعودية'],
    ['بترا', 'https://petra.gov.jo/Include/x', null],
    ['أ.ش.أ', 'https://www.mena.org.eg/news/x', null],
    ['أ ش أ', 'https://www.mena.org.eg/news/x', null],
    ['كونا', 'https://www.kuna.net.kw/x', null],
    ['وام', 'https://www.wam.ae/ar/x', null],
    ['Reuters', 'https://www.reuters.com/x', 'Reuters'],
  ])('%s on %s → null', (code, url, siteName) => {
    expect(agencySource(code, url, siteName)).toBeNull();
  });

  it('returns null without a code', () => {
    expect(agencySource(null, 'https://www.haberturk.com/x', 'Habertürk')).toBeNull();
    expect(agencySource('', 'https://www.haberturk.com/x', 'Habertürk')).toBeNull();
  });

  it('keeps قنا as the source on Al Jazeera (site name قناة الجزيرة)', () => {
    expect(agencySource('قنا', 'https://www.aljazeera.net/news/2024/1/1/x', 'قناة الجزيرة')).toBe('قنا');
  });
  it('keeps بنا as the source on Lebanon 24 (site name لبنان 24)', () => {
    expect(agencySource('بنا', 'https://www.lebanon24.com/news/x', 'لبنان 24')).toBe('بنا');
  });
});
