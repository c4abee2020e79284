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
  'Müftüsü', 'Genel Müdürü', 'Başkanvekili',
];

/** Titles written before a name that are not part of the role: "Başhekimi Dr. Serkan Yalçın". */
export const TURKISH_HONORIFICS = ['Dr', 'Prof', 'Doç', 'Av', 'Op', 'Uzm', 'Sayın', 'Öğr', 'Gör'];

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
