/**
 * Common Turkish given names. A capitalised pair that opens with one ("Mehmet Şimşek ile görüştü") is a
 * person's name even with no role or title before it. Names that are also words or places written with a
 * capital in other names (Deniz, Barış, Umut, Güneş, Zafer, Bayram, Devlet, Aydın…) are left out.
 */
export const TURKISH_GIVEN_NAMES = [
  // men
  'Mehmet', 'Ahmet', 'Mustafa', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'İsmail', 'Osman', 'Yusuf', 'Murat', 'Ömer',
  'Ramazan', 'Halil', 'Süleyman', 'Abdullah', 'Mahmut', 'Recep', 'Salih', 'Fatih', 'Kadir', 'Emre', 'Hakan',
  'Adem', 'Kemal', 'Yaşar', 'Bekir', 'Musa', 'Metin', 'Orhan', 'Serkan', 'Burak', 'Gökhan', 'Erkan', 'Uğur',
  'Levent', 'Volkan', 'Tolga', 'Sinan', 'Cem', 'Emin', 'Erdal', 'Erol', 'Cengiz', 'Selim', 'Selçuk', 'Sedat',
  'Bülent', 'Tuncay', 'Tayfun', 'Tamer', 'Taner', 'Turgut', 'Tahir', 'Yılmaz', 'Yavuz', 'Yunus', 'Zeki',
  'Nihat', 'Necati', 'Nuri', 'Oğuz', 'Okan', 'Orhun', 'Rıza', 'Sami', 'Sabri', 'Şükrü', 'Şahin',
  'Tevfik', 'Veli', 'Vahit', 'Abdülkadir', 'Abdurrahman', 'Alper', 'Arif', 'Atilla', 
  'Berat', 'Bilal', 'Cahit', 'Celal', 'Cemal', 'Cevdet', 'Cihan', 'Dursun', 'Engin', 'Enver', 'Ercan', 'Erhan',
  'Ersin', 'Fikret', 'Fuat', 'Hacı', 'Hamdi', 'Hamza', 'Haluk', 'Hilmi', 'Hulusi', 'İlhan', 'İlker', 'İsa',
  'Kaan', 'Kenan', 'Kerem', 'Kürşat', 'Lütfi', 'Melih', 'Mert', 'Mesut', 'Mithat', 'Muhammed',
  'Muharrem', 'Muammer', 'Namık', 'Naci', 'Necmettin', 'Nevzat', 'Numan', 'Nurettin', 'Özgür', 'Özer', 'Refik',
  'Rahmi', 'Reşat', 'Rüştü', 'Sadık', 'Sadettin', 'Saffet', 'Sebahattin', 'Semih', 'Serdar', 'Sezai', 'Soner',
  'Şenol', 'Şevket', 'Talat', 'Tarık', 'Tuğrul', 'Ufuk', 'Vedat', 'Vehbi', 'Yakup', 'Yasin', 'Yiğit', 'Zekai',
  'Ziya', 'Binali', 'Kemalettin', 'Numan', 'Hulki', 'Akın', 'Alparslan', 'Cüneyt', 'Efkan', 'Ekrem',
  'Ertuğrul', 'Faruk', 'Ferhat', 'Gürsel', 'Hikmet', 'Kazım', 'Mevlüt', 'Nazım', 'Nedim', 'Oktay', 'Özcan',
  'Rauf', 'Sıtkı', 'Süleyman', 'Tanju', 'Tuncer', 'Veysel', 'Yaşar', 'Zülfü',
  // women
  'Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Meryem', 'Şerife', 'Zehra', 'Hanife',
  'Merve', 'Özlem', 'Esra', 'Büşra', 'Aysel', 'Ayten', 'Aynur', 'Gülsüm', 'Hacer', 'Havva', 'Leyla',
  'Selin', 'Seda', 'Sevgi', 'Songül', 'Tuğba', 'Yasemin', 'Zeliha', 'Derya', 'Dilek', 'Ebru', 'Emel', 'Esma',
  'Filiz', 'Gamze', 'Gizem', 'Gülay', 'Hülya', 'İlknur', 'Kübra', 'Melek', 'Melike', 'Nazlı', 'Neslihan',
  'Nermin', 'Nilay', 'Nurcan', 'Pınar', 'Rabia', 'Sibel', 'Sevim', 'Serpil', 'Şule', 'Tülay', 'Ümran', 'Yeliz',
  'Canan', 'Çiğdem', 'Demet', 'Didem', 'Duygu', 'Ece', 'Eda', 'Elvan', 'Esin', 'Feride', 'Gönül', 'Gülşen',
  'Hande', 'Işıl', 'İpek', 'Jale', 'Meltem', 'Mine', 'Nilgün', 'Nihal', 'Nuray', 'Oya', 'Perihan',
  'Sema', 'Semra', 'Sevda', 'Şebnem', 'Tuba', 'Ülkü', 'Zuhal', 'Mahinur', 'Nesrin', 'Sevil', 'Belgin', 'Beyza',
];
