/**
 * Cities that news items are filed from, in the spellings Turkish and Arabic pages use. A dateline is
 * only believed when its first words name one of these (or an all-caps place before an agency code).
 */

import { foldKey } from '../../text/fold-key';

const TURKISH_PROVINCES =
  'Adana Adıyaman Afyonkarahisar Ağrı Aksaray Amasya Ankara Antalya Ardahan Artvin Aydın Balıkesir Bartın Batman Bayburt Bilecik Bingöl Bitlis Bolu Burdur Bursa Çanakkale Çankırı Çorum Denizli Diyarbakır Düzce Edirne Elazığ Erzincan Erzurum Eskişehir Gaziantep Giresun Gümüşhane Hakkari Hatay Iğdır Isparta İstanbul İzmir Kahramanmaraş Karabük Karaman Kars Kastamonu Kayseri Kilis Kırıkkale Kırklareli Kırşehir Kocaeli Konya Kütahya Malatya Manisa Mardin Mersin Muğla Muş Nevşehir Niğde Ordu Osmaniye Rize Sakarya Samsun Şanlıurfa Siirt Sinop Sivas Şırnak Tekirdağ Tokat Trabzon Tunceli Uşak Van Yalova Yozgat Zonguldak';

const OTHER_LATIN = [
  'Kahire', 'Brüksel', 'Washington', 'Moskova', 'Londra', 'Paris', 'Berlin', 'Bağdat', 'Şam', 'Tahran', 'Riyad',
  'Doha', 'Kudüs', 'Gazze', 'Beyrut', 'Amman', 'Bakü', 'New York', 'Cenevre', 'Viyana', 'Roma', 'Atina', 'Lefkoşa',
  'Tiflis', 'Kiev', 'Kabil', 'İslamabad', 'Abu Dabi', 'Dubai', 'Kuveyt', 'Manama', 'Maskat', 'Hartum', 'Trablus',
  'Tunus', 'Cezayir', 'Rabat', 'Erbil', 'Kerkük', 'Musul', 'Halep', 'İdlib', 'Pekin', 'Tokyo', 'Strazburg',
  'Cairo', 'Brussels', 'Moscow', 'London', 'Baghdad', 'Damascus', 'Tehran', 'Riyadh', 'Jerusalem', 'Gaza', 'Beirut',
  'Geneva', 'Vienna', 'Rome', 'Athens', 'Nicosia', 'Baku', 'Istanbul', 'Izmir',
];

const ARABIC = [
  'القاهرة', 'الإسكندرية', 'الجيزة', 'الأقصر', 'أسوان', 'بورسعيد', 'السويس', 'الإسماعيلية', 'المنصورة', 'طنطا',
  'الزقازيق', 'أسيوط', 'سوهاج', 'المنيا', 'الفيوم', 'بني سويف', 'دمياط', 'كفر الشيخ', 'العريش', 'الغردقة',
  'شرم الشيخ', 'مطروح', 'قنا', 'البحيرة', 'الغربية', 'الشرقية', 'الدقهلية', 'المنوفية', 'القليوبية',
  'عمان', 'عمّان', 'إربد', 'الزرقاء', 'العقبة', 'الكرك', 'المفرق', 'السلط', 'مادبا', 'جرش',
  'بيروت', 'صيدا', 'صور', 'طرابلس', 'بعلبك', 'زحلة', 'جونيه',
  'دمشق', 'حلب', 'حمص', 'حماة', 'اللاذقية', 'إدلب', 'دير الزور', 'طرطوس', 'الرقة', 'درعا',
  'بغداد', 'البصرة', 'الموصل', 'أربيل', 'النجف', 'كربلاء', 'كركوك', 'السليمانية',
  'الرياض', 'جدة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'الطائف', 'تبوك', 'أبها', 'جازان', 'الخبر', 'نيوم',
  'دبي', 'أبوظبي', 'أبو ظبي', 'الشارقة', 'عجمان', 'رأس الخيمة', 'الفجيرة', 'العين',
  'الدوحة', 'الكويت', 'المنامة', 'مسقط', 'صلالة', 'صنعاء', 'عدن', 'تعز', 'مأرب',
  'القدس', 'القدس المحتلة', 'رام الله', 'غزة', 'نابلس', 'الخليل', 'جنين', 'بيت لحم',
  'الخرطوم', 'بورتسودان', 'تونس', 'صفاقس', 'الجزائر', 'وهران', 'الرباط', 'الدار البيضاء', 'مراكش', 'فاس', 'طنجة',
  'نواكشوط', 'مقديشو', 'جيبوتي', 'بنغازي', 'مصراتة',
  'أنقرة', 'إسطنبول', 'اسطنبول', 'إزمير', 'غازي عنتاب', 'هاتاي', 'طهران', 'كابول', 'إسلام آباد',
  'واشنطن', 'نيويورك', 'لندن', 'باريس', 'موسكو', 'بروكسل', 'جنيف', 'برلين', 'روما', 'فيينا', 'بكين', 'طوكيو',
  'أثينا', 'نيقوسيا', 'باكو', 'كييف', 'لاهاي', 'ستراسبورغ', 'نيودلهي',
];

const CITY_KEYS = new Map<string, string>();
for (const name of [...TURKISH_PROVINCES.split(' '), ...OTHER_LATIN, ...ARABIC]) {
  CITY_KEYS.set(foldKey(name, 'tr'), name);
  CITY_KEYS.set(foldKey(name), name);
}

const FIRST_WORDS = new Set([...CITY_KEYS.keys()].map((k) => k.split(' ')[0]!));

/**
 * The gazetteer city that the first one to three words of `text` name, as written on the page
 * ("ANKARA (AA) -" → "Ankara"), or null. Arabic forms with the conjunction or preposition are not cities.
 */
export function leadingCity(text: string): string | null {
  const words = text.trim().split(/[\s,،(\-–—:]+/).filter(Boolean).slice(0, 3);
  const first = words[0];
  if (!first || (!FIRST_WORDS.has(foldKey(first, 'tr')) && !FIRST_WORDS.has(foldKey(first)))) return null;
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ');
    const key = foldKey(phrase, 'tr');
    const name = CITY_KEYS.get(key) ?? CITY_KEYS.get(foldKey(phrase));
    if (name) return name;
  }
  return null;
}
