/**
 * Turkish rules for names that no role or title announces: a common given name, a verb of saying that
 * closes the sentence, an occupation; more institution words; an acronym that opens a role. Each rule has
 * its negatives beside it.
 */

import { describe, expect, it } from 'vitest';
import { extractMentions, type PersonMention } from '../../../utils/mentions/extract-mentions';

const people = (text: string) => extractMentions(text, 'tr').people;
const organisations = (text: string) => extractMentions(text, 'tr').organisations.map((o) => o.name);

describe('Turkish people without a role or title', () => {
  it.each<[text: string, expected: PersonMention[]]>([
    ['Toplantıya Mehmet Şimşek ile Cevdet Yılmaz da katıldı.', [{ name: 'Mehmet Şimşek' }, { name: 'Cevdet Yılmaz' }]],
    ["Heyet, Ayşe Kaya'nın evini ziyaret etti.", [{ name: 'Ayşe Kaya' }]],
    ['Kerem Aktürkoğlu, sezonun zor geçtiğini söyledi.', [{ name: 'Kerem Aktürkoğlu' }]],
    // an unknown given name: the verb of saying that closes the sentence vouches for it
    ['Ozan Tufan, takımın hazır olduğunu ifade etti.', [{ name: 'Ozan Tufan' }]],
    ['Toplantıda konuşan ünlü sanatçı Sezen Aksu, destek çağrısı yaptı.', [{ name: 'Sezen Aksu', role: 'sanatçı' }]],
    ['Haberi gazeteci Fatih Altaylı duyurdu.', [{ name: 'Fatih Altaylı', role: 'gazeteci' }]],
    ['Jandarma Genel Komutanı Orgeneral Arif Çetin denetlemede bulundu.', [{ name: 'Arif Çetin', role: 'Jandarma Genel Komutanı Orgeneral' }]],
    // a sentence's first word in the dative is not part of the role
    ['Toplantıya Dışişleri Bakanı Hakan Fidan katıldı.', [{ name: 'Hakan Fidan', role: 'Dışişleri Bakanı' }]],
    ['Toplantısına Ticaret Bakanı Ömer Bolat katıldı.', [{ name: 'Ömer Bolat', role: 'Ticaret Bakanı' }]],
    // a country that ends like a dative keeps its place in the role
    ['Suriye Dışişleri Bakanı Esad Şeybani açıklama yaptı.', [{ name: 'Esad Şeybani', role: 'Suriye Dışişleri Bakanı' }]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['Mustafa Kemal Üniversitesi öğrencileri törene katıldı.'], // a given name inside an institution's name
    ['Ahmet Vefik Paşa Caddesi trafiğe kapatıldı.'], // inside a street name
    ['Kahramanmaraş Büyükşehir, yeni otobüsleri hizmete aldığını açıkladı.'], // not a person, though a verb of saying follows
    ['Ankara, kış hazırlıklarını tamamladığını bildirdi.'], // one capitalised word
    ['Deniz Kuvvetleri Komutanlığı tatbikat düzenledi.'], // Deniz is left out of the given names
    ['Yılmaz, "Hazırız" dedi.'], // a surname alone is kept only if a full name carries it
  ])('%s names no one', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps a surname with its full name named elsewhere', () => {
    expect(people('Ali Koç kulübü ziyaret etti. Koç, "Hazırız" dedi.')).toEqual([{ name: 'Ali Koç' }]);
  });
});

describe('Turkish institutions: more institution words and acronyms before roles', () => {
  it.each<[text: string, expected: string[]]>([
    ["Fenerbahçe Spor Kulübü'nün açıklamasına göre", ['Fenerbahçe Spor Kulübü']],
    ['Cumhuriyet Gazetesi yazarları mahkemede', ['Cumhuriyet Gazetesi']],
    ['Türk Silahlı Kuvvetleri tatbikata katıldı', ['Türk Silahlı Kuvvetleri']],
    ["Ankara Cumhuriyet Başsavcılığı'nın soruşturması", ['Ankara Cumhuriyet Başsavcılığı']],
    ['AK Parti ve Cumhuriyet Halk Partisi temsilcileri', ['AK Parti', 'Cumhuriyet Halk Partisi']],
    ['Türk-İş Konfederasyonu ile Hak-İş Sendikası görüştü', ['Türk-İş Konfederasyonu', 'Hak-İş Sendikası']],
    ['CHP Genel Başkanı Özgür Özel açıklama yaptı', ['CHP']],
    ['TFF Başkanı İbrahim Hacıosmanoğlu konuştu', ['TFF']],
    ["Sayıştay'ın raporu ve Yargıtay kararı", ['Sayıştay', 'Yargıtay']],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });

  it.each([
    ['ABD Başkanı Donald Trump açıklama yaptı.'], // a country's acronym
    ['AA Muhabiri olay yerine ulaştı.'], // a news agency
    ['Yönetim Grubu toplandı.'], // a weak tail needs two words
  ])('%s names no institution', (text) => {
    expect(organisations(text)).toEqual([]);
  });

  it('gives the person after an acronym role the whole role', () => {
    expect(people('CHP Genel Başkanı Özgür Özel açıklama yaptı')).toEqual([{ name: 'Özgür Özel', role: 'CHP Genel Başkanı' }]);
  });
});
