/**
 * Cities that news items are filed from, in the spellings Turkish and Arabic pages use. A dateline is
 * only believed when its first words name one of these (or an all-caps place before an agency code).
 */

import { foldKey } from '../../text/fold-key';

const TURKISH_PROVINCES =
  'Adana Adıyaman Afyonkarahisar Ağrı Aksaray Amasya Ankara Antalya Ardahan Artvin Aydın Balıkesir Bartın Batman Bayburt Bilecik Bingöl Bitlis Bolu Burdur Bursa Çanakkale Çankırı Çorum Denizli Diyarbakır Düzce Edirne Elazığ Erzincan Erzurum Eskişehir Gaziantep Giresun Gümüşhane Hakkari Hatay Iğdır Isparta İstanbul İzmir Kahramanmaraş Karabük Karaman Kars Kastamonu Kayseri Kilis Kırıkkale Kırklareli Kırşehir Kocaeli Konya Kütahya Malatya Manisa Mardin Mersin Muğla Muş Nevşehir Niğde Ordu Osmaniye Rize Sakarya Samsun Şanlıurfa Siirt Sinop Sivas Şırnak Tekirdağ Tokat Trabzon Tunceli Uşak Van Yalova Yozgat Zonguldak Istanbul Izmir';

/** Cities by the IANA zone their clocks follow. */
const CITIES_BY_ZONE: Record<string, string[]> = {
  'Europe/Istanbul': [...TURKISH_PROVINCES.split(' '), 'أنقرة', 'إسطنبول', 'اسطنبول', 'إزمير', 'غازي عنتاب', 'هاتاي'],
  'Africa/Cairo': [
    'Kahire', 'Cairo', 'القاهرة', 'الإسكندرية', 'الجيزة', 'الأقصر', 'أسوان', 'بورسعيد', 'السويس', 'الإسماعيلية', 'المنصورة',
    'طنطا', 'الزقازيق', 'أسيوط', 'سوهاج', 'المنيا', 'الفيوم', 'بني سويف', 'دمياط', 'كفر الشيخ', 'العريش', 'الغردقة',
    'شرم الشيخ', 'مطروح', 'قنا', 'البحيرة', 'الغربية', 'الشرقية', 'الدقهلية', 'المنوفية', 'القليوبية',
  ],
  'Asia/Amman': ['Amman', 'عمان', 'عمّان', 'إربد', 'الزرقاء', 'العقبة', 'الكرك', 'المفرق', 'السلط', 'مادبا', 'جرش'],
  'Asia/Beirut': ['Beyrut', 'Beirut', 'بيروت', 'صيدا', 'صور', 'بعلبك', 'زحلة', 'جونيه'],
  'Asia/Damascus': ['Şam', 'Damascus', 'Halep', 'İdlib', 'دمشق', 'حلب', 'حمص', 'حماة', 'اللاذقية', 'إدلب', 'دير الزور', 'طرطوس', 'الرقة', 'درعا'],
  'Asia/Baghdad': ['Bağdat', 'Baghdad', 'Erbil', 'Kerkük', 'Musul', 'بغداد', 'البصرة', 'الموصل', 'أربيل', 'النجف', 'كربلاء', 'كركوك', 'السليمانية'],
  'Asia/Riyadh': ['Riyad', 'Riyadh', 'الرياض', 'جدة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'الطائف', 'تبوك', 'أبها', 'جازان', 'الخبر', 'نيوم'],
  'Asia/Dubai': ['Dubai', 'Abu Dabi', 'دبي', 'أبوظبي', 'أبو ظبي', 'الشارقة', 'عجمان', 'رأس الخيمة', 'الفجيرة', 'العين'],
  'Asia/Qatar': ['Doha', 'الدوحة'],
  'Asia/Kuwait': ['Kuveyt', 'الكويت'],
  'Asia/Bahrain': ['Manama', 'المنامة'],
  'Asia/Muscat': ['Maskat', 'مسقط', 'صلالة'],
  'Asia/Aden': ['صنعاء', 'عدن', 'تعز', 'مأرب'],
  'Asia/Hebron': ['Kudüs', 'Jerusalem', 'القدس', 'القدس المحتلة', 'رام الله', 'نابلس', 'الخليل', 'جنين', 'بيت لحم'],
  'Asia/Gaza': ['Gazze', 'Gaza', 'غزة'],
  'Africa/Khartoum': ['Hartum', 'الخرطوم', 'بورتسودان'],
  'Africa/Tunis': ['Tunus', 'تونس', 'صفاقس'],
  'Africa/Algiers': ['Cezayir', 'الجزائر', 'وهران'],
  'Africa/Casablanca': ['Rabat', 'الرباط', 'الدار البيضاء', 'مراكش', 'فاس', 'طنجة'],
  'Africa/Nouakchott': ['نواكشوط'],
  'Africa/Tripoli': ['Trablus', 'طرابلس', 'بنغازي', 'مصراتة'],
  'Africa/Mogadishu': ['مقديشو'],
  'Africa/Djibouti': ['جيبوتي'],
  'Asia/Tehran': ['Tahran', 'Tehran', 'طهران'],
  'Asia/Kabul': ['Kabil', 'كابول'],
  'Asia/Karachi': ['İslamabad', 'إسلام آباد'],
  'Asia/Baku': ['Bakü', 'Baku', 'باكو'],
  'Asia/Nicosia': ['Lefkoşa', 'Nicosia', 'نيقوسيا'],
  'Europe/Brussels': ['Brüksel', 'Brussels', 'بروكسل'],
  'Europe/Moscow': ['Moskova', 'Moscow', 'موسكو'],
  'Europe/London': ['Londra', 'London', 'لندن'],
  'Europe/Paris': ['Paris', 'باريس'],
  'Europe/Berlin': ['Berlin', 'برلين'],
  'Europe/Rome': ['Roma', 'Rome', 'روما'],
  'Europe/Athens': ['Atina', 'Athens', 'أثينا'],
  'Europe/Vienna': ['Viyana', 'Vienna', 'فيينا'],
  'Europe/Zurich': ['Cenevre', 'Geneva', 'جنيف'],
  'Europe/Amsterdam': ['لاهاي'],
  'Europe/Kyiv': ['Kiev', 'كييف'],
  'Asia/Tbilisi': ['Tiflis'],
  'Asia/Shanghai': ['Pekin', 'بكين'],
  'Asia/Tokyo': ['Tokyo', 'طوكيو'],
  'Asia/Kolkata': ['نيودلهي'],
  'America/New_York': ['Washington', 'New York', 'واشنطن', 'نيويورك'],
};

const CITY_KEYS = new Map<string, { name: string; zone: string }>();
for (const [zone, names] of Object.entries(CITIES_BY_ZONE)) {
  for (const name of names) {
    for (const key of [foldKey(name, 'tr'), foldKey(name)]) if (!CITY_KEYS.has(key)) CITY_KEYS.set(key, { name, zone });
  }
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
    const city = CITY_KEYS.get(key) ?? CITY_KEYS.get(foldKey(phrase));
    if (city) return city.name;
  }
  return null;
}

/** The zone of the first gazetteer city named anywhere in `text` (an address line), or null. */
export function cityZoneIn(text: string): string | null {
  const words = text.split(/[\s,،(\-–—:/|]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const city = CITY_KEYS.get(foldKey(phrase, 'tr')) ?? CITY_KEYS.get(foldKey(phrase));
      if (city) return city.zone;
    }
  }
  return null;
}
