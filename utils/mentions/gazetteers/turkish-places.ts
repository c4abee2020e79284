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
  'Kolombiya', 'Gambiya', 'Zambiya', 'Bolivya', 'Avusturya', 'Slovakya', 'Slovenya', 'Romanya', 'Etiyopya',
];

/** Turkey's provinces: a capitalised run that opens with one names a place or a local body, not a person. */
export const TURKISH_PROVINCES = [
  'Adana', 'Adıyaman', 'Afyonkarahisar', 'Ağrı', 'Aksaray', 'Amasya', 'Ankara', 'Antalya', 'Ardahan', 'Artvin',
  'Aydın', 'Balıkesir', 'Bartın', 'Batman', 'Bayburt', 'Bilecik', 'Bingöl', 'Bitlis', 'Bolu', 'Burdur', 'Bursa',
  'Çanakkale', 'Çankırı', 'Çorum', 'Denizli', 'Diyarbakır', 'Düzce', 'Edirne', 'Elazığ', 'Erzincan', 'Erzurum',
  'Eskişehir', 'Gaziantep', 'Giresun', 'Gümüşhane', 'Hakkari', 'Hatay', 'Iğdır', 'Isparta', 'İstanbul', 'İzmir',
  'Kahramanmaraş', 'Karabük', 'Karaman', 'Kars', 'Kastamonu', 'Kayseri', 'Kilis', 'Kırıkkale', 'Kırklareli',
  'Kırşehir', 'Kocaeli', 'Konya', 'Kütahya', 'Malatya', 'Manisa', 'Mardin', 'Mersin', 'Muğla', 'Muş', 'Nevşehir',
  'Niğde', 'Ordu', 'Osmaniye', 'Rize', 'Sakarya', 'Samsun', 'Şanlıurfa', 'Siirt', 'Sinop', 'Şırnak', 'Sivas',
  'Tekirdağ', 'Tokat', 'Trabzon', 'Tunceli', 'Uşak', 'Van', 'Yalova', 'Yozgat', 'Zonguldak',
];
