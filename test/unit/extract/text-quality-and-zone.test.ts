import { describe, expect, it } from 'vitest';
import { siteHomeZone } from '../../../utils/extract/metadata/site-home-zone';
import { looksLikeLanguage } from '../../../utils/extract/text-quality';
import { parseHtmlDocument } from '../../../utils/node/node-dom';

describe('looksLikeLanguage', () => {
  it.each([
    ['Turkish prose', 'Bakan Yardımcısı Ergüneş, Kahire’de düzenlenen konferansa katıldı ve 2019 yılından bu yana yürütülen görevi devretti.'],
    ['Arabic prose', 'التقت الدكتورة مايا مرسي، وزيرة التضامن الاجتماعي، رئيس مكتب منظمة الهجرة الدولية في مصر، والوفد المرافق له.'],
    ['Chinese prose (no spaces)', '据新华社报道，国家统计局今天发布了最新的经济数据，显示第三季度国内生产总值同比增长百分之四点九。'],
    ['a table in text form', 'İl | Oran (%) | Hedef\nAnkara | 28,4 | 30\nİzmir | 31,5 | 30'],
  ])('accepts %s', (_name, text) => {
    expect(looksLikeLanguage(text)).toBe(true);
  });
  it.each([
    ['random bytes read as Latin-1', 'Ã¾Â¡Ñ‹\u0087Ô¦¸Ò¨³Í¬Øª±¼¹×Ç¼Ú½ÃÅ¹¶Ä·Þ¾¿Ë¦¢¥¤¡¢£ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ'.repeat(3)],
    ['replacement characters', `${'\uFFFDab\uFFFD '.repeat(40)}`],
    ['symbol soup', '@@## $$%% ^^&& **(( ))__ ++== {{}} [[]] || \\\\ ;; :: ,, .. << >> ?? // ~~ ``'],
  ])('rejects %s', (_name, text) => {
    expect(looksLikeLanguage(text)).toBe(false);
  });
});

describe('siteHomeZone', () => {
  const blocks = (html: string) => Array.from(parseHtmlDocument(`<html><body>${html}</body></html>`).body.children);
  it.each([
    ['<footer><p>العنوان: 14 شارع الصحافة - الإسعاف - القاهرة</p></footer>', 'Africa/Cairo'],
    ['<div class="contact">Adres: Atatürk Bulvarı No: 12 Çankaya / Ankara</div>', 'Europe/Istanbul'],
    ['<footer>هاتف: +962 6 560 0800</footer>', 'Asia/Amman'],
    ['<footer>Tel: 00971 4 555 1234</footer>', 'Asia/Dubai'],
    ['<address>بيروت، شارع الحمراء</address><footer>العنوان: بيروت - الحمراء</footer>', 'Asia/Beirut'],
  ])('%s → %s', (html, zone) => {
    expect(siteHomeZone(blocks(html))).toBe(zone);
  });
  it('says nothing when the footer names no city and no telephone country code', () => {
    expect(siteHomeZone(blocks('<footer>جميع الحقوق محفوظة 2024</footer>'))).toBeNull();
  });
});
