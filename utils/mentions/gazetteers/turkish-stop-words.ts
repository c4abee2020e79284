/** Capitalised Turkish words that are never part of a person's name. */
export const TURKISH_NAME_STOP_WORDS = [
  'Türkiye', 'Türk', 'Bakanlık', 'Bakanlar', 'Hükümeti', 'Cumhuriyeti', 'Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs',
  'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık', 'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe',
  'Cuma', 'Cumartesi', 'Pazar', 'Genel', 'Mahallesi', 'Caddesi', 'Sokağı', 'Bulvarı', 'İlçesi', 'Kenti',
  'Büyükşehir', 'Belediye', 'Milli', 'Ulusal', 'Cumhuriyet', 'Emniyet', 'Valilik', 'Kaymakamlık',
];
