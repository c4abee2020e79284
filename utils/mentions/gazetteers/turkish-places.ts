/**
 * Countries and nationality words. After "ve", one of them starts a new institution's name: "Türk
 * Kızılay ve | Ürdün Haşimi Hayır Örgütü", whereas "Aile ve Sosyal Hizmetler Bakanlığı" is one name.
 */
export const TURKISH_COUNTRY_WORDS = [
  'Türkiye', 'Türk', 'Ürdün', 'Mısır', 'Suriye', 'Irak', 'İran', 'Lübnan', 'Filistin', 'İsrail', 'Suudi', 'Katar',
  'Kuveyt', 'Bahreyn', 'Umman', 'Yemen', 'Libya', 'Tunus', 'Cezayir', 'Fas', 'Sudan', 'Somali', 'Kazakistan',
  'Özbekistan', 'Kırgızistan', 'Türkmenistan', 'Azerbaycan', 'Gürcistan', 'Ermenistan', 'Rusya', 'Ukrayna',
  'Almanya', 'Fransa', 'İngiltere', 'İtalya', 'İspanya', 'Yunanistan', 'Bulgaristan', 'Romanya', 'Macaristan',
  'Polonya', 'Hollanda', 'Belçika', 'İsveç', 'Norveç', 'ABD', 'Amerika', 'Kanada', 'Çin', 'Japonya', 'Hindistan',
  'Pakistan', 'Afganistan', 'Endonezya', 'Malezya', 'KKTC', 'Kıbrıs', 'Avrupa', 'Arap', 'Afrika', 'Asya',
];
