/**
 * Countries with a single time zone (or one that all national media use), keyed by ISO 3166-1
 * alpha-2 code, which is also the ccTLD. Countries spanning several zones (US, RU, KZ, BR…) are left
 * out: their sites need another clue. So is AR (Argentina): "ar_AR" is the Facebook locale for Arabic
 * and must not place a page in Buenos Aires.
 */
export const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  tr: 'Europe/Istanbul',
  az: 'Asia/Baku',
  cy: 'Asia/Nicosia',
  eg: 'Africa/Cairo',
  jo: 'Asia/Amman',
  sa: 'Asia/Riyadh',
  ae: 'Asia/Dubai',
  lb: 'Asia/Beirut',
  sy: 'Asia/Damascus',
  iq: 'Asia/Baghdad',
  kw: 'Asia/Kuwait',
  qa: 'Asia/Qatar',
  bh: 'Asia/Bahrain',
  om: 'Asia/Muscat',
  ye: 'Asia/Aden',
  ps: 'Asia/Hebron',
  il: 'Asia/Jerusalem',
  ir: 'Asia/Tehran',
  ma: 'Africa/Casablanca',
  dz: 'Africa/Algiers',
  tn: 'Africa/Tunis',
  ly: 'Africa/Tripoli',
  sd: 'Africa/Khartoum',
  mr: 'Africa/Nouakchott',
  so: 'Africa/Mogadishu',
  dj: 'Africa/Djibouti',
  ge: 'Asia/Tbilisi',
  de: 'Europe/Berlin',
  fr: 'Europe/Paris',
  gb: 'Europe/London',
  ie: 'Europe/Dublin',
  nl: 'Europe/Amsterdam',
  be: 'Europe/Brussels',
  at: 'Europe/Vienna',
  ch: 'Europe/Zurich',
  it: 'Europe/Rome',
  gr: 'Europe/Athens',
  bg: 'Europe/Sofia',
  ro: 'Europe/Bucharest',
  se: 'Europe/Stockholm',
  no: 'Europe/Oslo',
  dk: 'Europe/Copenhagen',
  fi: 'Europe/Helsinki',
  pl: 'Europe/Warsaw',
  ba: 'Europe/Sarajevo',
  mk: 'Europe/Skopje',
  al: 'Europe/Tirane',
};

/** ccTLDs that differ from their country code. */
export const CCTLD_ALIASES: Readonly<Record<string, string>> = { uk: 'gb' };

/**
 * Sites whose domain does not tell their zone: generic TLDs, and the few whose ccTLD misleads
 * (Sputnik Arabic is edited in Moscow). A domain covers its subdomains. Sites whose newsroom is
 * uncertain (CNN Arabic, BBC Arabic) are deliberately absent.
 */
export const SITE_ZONES: Readonly<Record<string, string>> = {
  // Egypt
  'youm7.com': 'Africa/Cairo',
  'masrawy.com': 'Africa/Cairo',
  'elwatannews.com': 'Africa/Cairo',
  'almasryalyoum.com': 'Africa/Cairo',
  'akhbarelyom.com': 'Africa/Cairo',
  'elbalad.news': 'Africa/Cairo',
  'elbaladtv.net': 'Africa/Cairo',
  'shorouknews.com': 'Africa/Cairo',
  'vetogate.com': 'Africa/Cairo',
  'alwafd.news': 'Africa/Cairo',
  // Turkey
  'trtarabi.com': 'Europe/Istanbul',
  'mynet.com': 'Europe/Istanbul',
  'haberturk.com': 'Europe/Istanbul',
  'cnnturk.com': 'Europe/Istanbul',
  'yenisafak.com': 'Europe/Istanbul',
  'haber7.com': 'Europe/Istanbul',
  'ensonhaber.com': 'Europe/Istanbul',
  'haberler.com': 'Europe/Istanbul',
  // Gulf
  'aljazeera.net': 'Asia/Qatar',
  'alarabiya.net': 'Asia/Dubai',
  'skynewsarabia.com': 'Asia/Dubai',
  'emaratalyoum.com': 'Asia/Dubai',
  'aawsat.com': 'Asia/Riyadh',
  'alriyadh.com': 'Asia/Riyadh',
  'sabq.org': 'Asia/Riyadh',
  'alqabas.com': 'Asia/Kuwait',
  // Levant and Iraq
  'annahar.com': 'Asia/Beirut',
  'al-akhbar.com': 'Asia/Beirut',
  'alrai.com': 'Asia/Amman',
  'ammonnews.net': 'Asia/Amman',
  'alsumaria.tv': 'Asia/Baghdad',
  // Maghreb
  'hespress.com': 'Africa/Casablanca',
  'echoroukonline.com': 'Africa/Algiers',
  'ennaharonline.com': 'Africa/Algiers',
  // Russian state media in Arabic
  'arabic.sputniknews.com': 'Europe/Moscow',
  'sputnikarabic.ae': 'Europe/Moscow',
  'arabic.rt.com': 'Europe/Moscow',
};

/** Languages spoken in essentially one zone; Arabic is not one of them. */
export const LANGUAGE_ZONES: Readonly<Record<string, string>> = {
  tr: 'Europe/Istanbul',
  az: 'Asia/Baku',
};
