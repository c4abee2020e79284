/** Words that end the name of a Turkish institution, in the third-person possessive form names take. */

/** "Aile ve Sosyal Hizmetler Bakanlığı", "İslam İşbirliği Teşkilatı", "Ankara Büyükşehir Belediyesi". */
export const TURKISH_ORGANISATION_TAILS = [
  'Bakanlığı', 'Müdürlüğü', 'Başkanlığı', 'Belediyesi', 'Valiliği', 'Kaymakamlığı', 'Teşkilatı', 'Vakfı',
  'Üniversitesi', 'Kurumu', 'Derneği', 'Örgütü', 'Ajansı', 'Meclisi', 'Birliği', 'Hastanesi', 'Başkonsolosluğu',
  'Büyükelçiliği', 'Konsolosluğu', 'Bankası', 'Odası', 'Konseyi', 'Komisyonu', 'Partisi', 'Federasyonu',
  'Enstitüsü', 'Kurulu', 'Müsteşarlığı', 'Sekreterliği', 'Akademisi', 'Mahkemesi', 'Savcılığı', 'Komutanlığı',
  'Şirketi', 'Fonu', 'Merkezi', 'Dairesi', 'Başkanlığı', 'Rektörlüğü', 'Dekanlığı', 'Müftülüğü',
  'Başsavcılığı', 'Kulübü', 'Gazetesi', 'Televizyonu', 'Radyosu', 'Dergisi', 'Sendikası', 'Konfederasyonu',
  'Cemiyeti', 'Cephesi', 'Hareketi', 'Ordusu', 'Kuvvetleri', 'Platformu', 'Grubu', 'Holding', 'Holdingi',
  'Kooperatifi', 'Borsası', 'Müzesi', 'Heyeti', 'Parti',
];

/** Tails so common in generic phrases ("Çağrı Merkezi", "Hizmet Dairesi") that two words must name them. */
export const TURKISH_WEAK_TAILS = ['Merkezi', 'Dairesi', 'Odası', 'Kurulu', 'Grubu', 'Hareketi', 'Heyeti', 'Müzesi', 'Platformu'];

/** Institutions whose names end in no institution word, longest first where one contains another. */
export const TURKISH_NAMED_INSTITUTIONS = [
  'Birleşmiş Milletler', 'Türk Kızılay', 'Kızılay', 'Kızılhaç', 'Yeşilay', 'Interpol', 'Europol', 'Sayıştay',
  'Danıştay', 'Yargıtay', 'NATO', 'UNESCO', 'UNICEF', 'TBMM',
];
