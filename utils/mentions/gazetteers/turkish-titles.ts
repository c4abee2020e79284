/** Turkish role words and honorifics that come before a name. */

/**
 * Words that end a role ("Aile ve Sosyal Hizmetler Bakanı", "Bakan Yardımcısı", "Genel Müdürü"); the
 * capitalised words before them belong to the role.
 */
export const TURKISH_ROLE_HEADS = [
  'Bakan', 'Bakanı', 'Cumhurbaşkanı', 'Başbakan', 'Başbakanı', 'Vali', 'Valisi', 'Kaymakam', 'Kaymakamı',
  'Büyükelçi', 'Büyükelçisi', 'Başkonsolos', 'Başkonsolosu', 'Konsolosu', 'Başkan', 'Başkanı', 'Müdür', 'Müdürü',
  'Sekreteri', 'Sözcüsü', 'Müsteşarı', 'Rektör', 'Rektörü', 'Dekanı', 'Başhekim', 'Başhekimi', 'Direktörü',
  'Koordinatörü', 'Milletvekili', 'Komutanı', 'Başsavcısı', 'Savcısı', 'Temsilcisi', 'Yardımcısı', 'Danışmanı',
  'Müftüsü', 'Genel Müdürü', 'Başkanvekili', 'Lideri', 'Üyesi', 'Kurucusu', 'Muhtarı', 'Komiseri', 'Elçisi',
  'Yöneticisi', 'Şefi', 'Başsavcı', 'Başsavcıvekili', 'Vekili', 'Hakimi', 'Antrenörü', 'Kaptanı',
  'Kral', 'Kralı', 'Kraliçe', 'Kraliçesi', 'Prens', 'Prensi', 'Emiri', 'Papa', 'Patrik', 'Patriği',
  // military and police ranks, written between a role and the name
  'Orgeneral', 'Korgeneral', 'Tümgeneral', 'Tuğgeneral', 'Oramiral', 'Koramiral', 'Tümamiral', 'Tuğamiral',
  'Albay', 'Yarbay', 'Binbaşı', 'Yüzbaşı', 'Üsteğmen', 'Teğmen', 'Astsubay', 'Başkomiser', 'Komiser',
];

/** Titles written before a name that are not part of the role: "Başhekimi Dr. Serkan Yalçın". */
export const TURKISH_HONORIFICS = ['Dr', 'Prof', 'Doç', 'Av', 'Op', 'Uzm', 'Sayın', 'Öğr', 'Gör'];

/**
 * Occupations written in small letters before a name; the occupation is the person's role: "gazeteci
 * Ahmet Hakan", "ünlü sanatçı Sezen Aksu".
 */
export const TURKISH_OCCUPATIONS = [
  'gazeteci', 'sanatçı', 'oyuncu', 'şarkıcı', 'yazar', 'şair', 'yönetmen', 'aktivist', 'futbolcu', 'sporcu',
  'avukat', 'akademisyen', 'işadamı', 'iş insanı', 'iş adamı', 'ressam', 'müzisyen', 'aktör', 'aktris', 'komedyen',
  'sunucu', 'muhabir', 'fotoğrafçı', 'tarihçi', 'ekonomist', 'siyasetçi', 'politikacı', 'teknik direktör',
  'milletvekili', 'doktor', 'hemşire', 'öğretmen', 'imam', 'muhtar', 'başkan', 'rapçi', 'modacı', 'mimar',
  'bestekâr', 'besteci', 'romancı', 'senarist', 'yapımcı', 'antrenör', 'hakem', 'voleybolcu', 'basketbolcu',
];

/**
 * Verbs of saying that close a sentence whose subject is the name at its start: "Ahmet Yılmaz, … dedi.",
 * two-word ones written as they stand.
 */
export const TURKISH_SPEECH_VERBS = [
  'dedi', 'söyledi', 'belirtti', 'vurguladı', 'kaydetti', 'açıkladı', 'bildirdi', 'aktardı', 'konuştu', 'ekledi',
  'anlattı', 'uyardı', 'hatırlattı', 'değerlendirdi', 'sordu', 'yanıtladı', 'ifade etti', 'dile getirdi',
  'iddia etti', 'kaydetmişti', 'söylemişti', 'belirtmişti', 'dedi ki', 'diye konuştu', 'açıklamasında bulundu',
];

/** Words before a name that make it a person's name without a role: "anneleri Ayşe Demirci". */
export const TURKISH_PERSON_CUES = [
  'yaşındaki', 'anneleri', 'annesi', 'babası', 'babaları', 'eşi', 'kardeşi', 'kardeşleri', 'oğlu', 'kızı',
  'ağabeyi', 'ablası', 'dedesi', 'ninesi', 'torunu', 'amcası', 'dayısı', 'teyzesi', 'halası',
];

/**
 * Events and documents: a capitalised run that reaches back past one of them is two phrases
 * ("Kıdemli Memurlar Oturumu | Aile ve Toplum Hizmetleri Genel Müdürü").
 */
export const TURKISH_EVENT_WORDS = [
  'Oturumu', 'Konferansı', 'Toplantısı', 'Zirvesi', 'Forumu', 'Kongresi', 'Çalıştayı', 'Sempozyumu', 'Töreni',
  'Programı', 'Fuarı', 'Festivali', 'Kurultayı', 'Deklarasyonu', 'Sözleşmesi', 'Anlaşması', 'Yönetmeliği', 'Kanunu',
];
