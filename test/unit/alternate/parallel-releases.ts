/**
 * Parallel ministry releases for alignment tests: the same consultations told by Türkiye's ministry in
 * Turkish and English, and by Jordan's ministry in Arabic and English. The versions differ the way real
 * ones do: the English splits a paragraph, leaves one out, or merges two.
 */

/** Turkish release, paragraph by paragraph. */
export const TR_RELEASE = [
  "Türkiye ile Ürdün arasındaki siyasi istişarelerin on birinci turu 21-22 Nisan 2025 tarihlerinde Amman'da gerçekleştirilmiştir.",
  'İstişarelerde Türk heyetine Dışişleri Bakan Yardımcısı Büyükelçi Kerem Aydınlı, Ürdün heyetine ise Ürdün Dışişleri ve Gurbetçiler Bakanlığı Genel Sekreteri Büyükelçi Sami Haddadin başkanlık etmiştir.',
  'Toplantıda ikili ilişkilerin tüm boyutları ele alınmış; ticaret, enerji, ulaştırma, savunma sanayii ve eğitim alanlarındaki işbirliğinin derinleştirilmesi için atılabilecek somut adımlar görüşülmüştür. Taraflar, 2024 yılında 1,2 milyar doları aşan ikili ticaret hacminin kısa vadede 2 milyar dolara çıkarılması hedefini teyit etmiştir.',
  "Heyetler, Akabe Limanı ile Mersin Limanı arasında düzenli Ro-Ro seferlerinin başlatılmasına ilişkin teknik çalışmaların hızlandırılması konusunda mutabık kalmıştır. Bu çerçevede Ulaştırma ve Altyapı Bakanlığı ile Ürdün Ulaştırma Bakanlığı uzmanlarından oluşan ortak çalışma grubunun Haziran ayında Ankara'da toplanması kararlaştırılmıştır.",
  "İstişarelerde Gazze'deki insani durum başta olmak üzere bölgesel gelişmeler de kapsamlı biçimde değerlendirilmiştir. Türk tarafı, Ürdün'ün Gazze'ye insani yardım ulaştırılmasındaki kritik rolünü takdirle karşıladığını belirtmiş; iki ülkenin Türk Kızılay ve Ürdün Haşimi Hayır Örgütü aracılığıyla yürüttüğü ortak yardım faaliyetlerinin sürdürülmesinin önemine dikkat çekmiştir.",
  "Taraflar ayrıca Suriye'de istikrarın sağlanmasına yönelik çabaları, Suriyeli mültecilerin gönüllü, güvenli ve onurlu geri dönüşüne ilişkin koşulları ve terörle mücadele alanındaki işbirliği imkânlarını ayrıntılı biçimde ele almıştır. Bu bağlamda, İslam İşbirliği Teşkilatı ve Birleşmiş Milletler nezdinde iki ülke arasındaki eşgüdümün artırılması kararlaştırılmıştır.",
  "Kudüs'teki kutsal mekânların tarihi statüsünün korunmasına ve Haşimi Vesayeti'ne verilen desteğin altı çizilmiş; 1967 sınırları temelinde, başkenti Doğu Kudüs olan bağımsız bir Filistin Devleti'nin kurulması hedefi teyit edilmiştir.",
  "Heyetler, Türkiye-Ürdün Yüksek Düzeyli Stratejik İşbirliği Konseyi toplantısının 2026 yılı içinde Ankara'da düzenlenmesi için hazırlıklara başlanması konusunda da mutabakata varmıştır.",
  "Siyasi istişarelerin on ikinci turunun 2026 yılında Ankara'da yapılması kararlaştırılmıştır.",
];

/** Its English version: the third paragraph split in two, the sixth (on Syria) left out. */
export const EN_OF_TR_RELEASE = [
  'The eleventh round of political consultations between Türkiye and Jordan was held in Amman on 21-22 April 2025.',
  'The Turkish delegation was headed by Ambassador Kerem Aydınlı, Deputy Minister of Foreign Affairs, and the Jordanian delegation by Ambassador Sami Haddadin, Secretary General of the Ministry of Foreign Affairs and Expatriates of Jordan.',
  'During the meeting, all aspects of bilateral relations were addressed, and concrete steps to deepen cooperation in trade, energy, transport, the defence industry and education were discussed.',
  'The Parties reaffirmed the goal of raising the bilateral trade volume, which exceeded 1.2 billion dollars in 2024, to 2 billion dollars in the short term.',
  'The delegations agreed to accelerate the technical work on launching regular Ro-Ro services between the Port of Aqaba and the Port of Mersin. In this framework, it was decided that a joint working group of experts from the Ministry of Transport and Infrastructure of Türkiye and the Ministry of Transport of Jordan would meet in Ankara in June.',
  "Regional developments, in particular the humanitarian situation in Gaza, were also discussed in depth. The Turkish side expressed its appreciation for Jordan's critical role in delivering humanitarian aid to Gaza and underlined the importance of continuing the joint relief activities carried out by the two countries through the Turkish Red Crescent and the Jordan Hashemite Charity Organization.",
  'The Parties underlined their support for preserving the historical status of the holy sites in Jerusalem and for the Hashemite Custodianship, and reaffirmed the goal of establishing an independent State of Palestine on the basis of the 1967 borders, with East Jerusalem as its capital.',
  'The delegations also agreed to start preparations for the meeting of the Türkiye-Jordan High-Level Strategic Cooperation Council to be held in Ankara in 2026.',
  'It was decided that the twelfth round of political consultations would take place in Ankara in 2026.',
];

/** The expected beads from the Turkish release to its English version. */
export const TR_EN_BEADS = [
  { a: [0], b: [0] },
  { a: [1], b: [1] },
  { a: [2], b: [2, 3] },
  { a: [3], b: [4] },
  { a: [4], b: [5] },
  { a: [5], b: [] },
  { a: [6], b: [6] },
  { a: [7], b: [7] },
  { a: [8], b: [8] },
];

/** Jordan's ministry's Arabic release, figures in Arabic-Indic digits. */
export const AR_RELEASE = [
  'عمّان – عقدت المملكة الأردنية الهاشمية والجمهورية التركية جولة المشاورات السياسية الحادية عشرة بين البلدين في مقر وزارة الخارجية وشؤون المغتربين في عمّان، يومي ٢١ و٢٢ نيسان ٢٠٢٥.',
  'وترأس الجانب الأردني في المشاورات أمين عام وزارة الخارجية وشؤون المغتربين السفير سامي حدادين، فيما ترأس الجانب التركي نائب وزير الخارجية التركي السفير كرم آيدنلي.',
  'وبحث الجانبان سبل تعزيز العلاقات الثنائية في المجالات الاقتصادية والتجارية والاستثمارية، وأكدا أهمية البناء على ما تحقق، إذ تجاوز حجم التبادل التجاري بين البلدين ١٫٢ مليار دولار خلال عام ٢٠٢٤، والعمل على رفعه إلى ٢ مليار دولار على المدى القريب.',
  'واتفق الجانبان على تسريع العمل الفني لإطلاق خط ملاحي منتظم لسفن الدحرجة بين ميناء العقبة وميناء مرسين التركي، وعلى عقد اجتماع لفريق العمل الفني المشترك في أنقرة خلال شهر حزيران المقبل.',
  'وتطرق الجانبان إلى التعاون في مجال التعليم العالي، حيث رحّب الجانب الأردني بزيادة عدد المنح الدراسية التي تقدمها الحكومة التركية للطلبة الأردنيين ضمن برنامج منح تركيا إلى ١٥٠ منحة سنوياً، واتفق الجانبان على تشجيع التوأمة وتبادل أعضاء الهيئات التدريسية بين الجامعات في البلدين.',
  'وتناولت المشاورات المستجدات الإقليمية، وفي مقدمتها الأوضاع الإنسانية الكارثية في قطاع غزة، حيث ثمّن الجانب التركي الدور المحوري الذي تضطلع به المملكة في إيصال المساعدات الإنسانية إلى القطاع عبر الهيئة الخيرية الأردنية الهاشمية.',
  'وأكد الجانبان ضرورة التوصل إلى وقف فوري ودائم لإطلاق النار في غزة، وضمان دخول المساعدات الإنسانية دون قيود، ورفض أي محاولات لتهجير الفلسطينيين من أرضهم.',
  'كما أكد الجانبان أهمية الحفاظ على الوضع التاريخي والقانوني القائم في القدس ومقدساتها الإسلامية والمسيحية، وثمّن الجانب التركي دور الوصاية الهاشمية في حماية هذه المقدسات.',
  'واتفق الجانبان على عقد الجولة الثانية عشرة من المشاورات السياسية في أنقرة عام ٢٠٢٦.',
];

/** Its English version: the two paragraphs on Gaza made one. */
export const EN_OF_AR_RELEASE = [
  'Amman – The Hashemite Kingdom of Jordan and the Republic of Türkiye held the eleventh round of political consultations between the two countries at the Ministry of Foreign Affairs and Expatriates in Amman on 21 and 22 April 2025.',
  'The Jordanian side was headed by Secretary General of the Ministry of Foreign Affairs and Expatriates Ambassador Sami Haddadin, and the Turkish side by Deputy Foreign Minister Ambassador Kerem Aydınlı.',
  'The two sides discussed ways to strengthen bilateral relations in the economic, trade and investment fields, stressing the importance of building on what has been achieved: trade between the two countries exceeded 1.2 billion dollars in 2024, and they will work to raise it to 2 billion dollars in the near term.',
  'The two sides agreed to speed up the technical work to launch a regular Ro-Ro shipping line between the Port of Aqaba and the Turkish port of Mersin, and to convene the joint technical working group in Ankara next June.',
  'The two sides also discussed cooperation in higher education. The Jordanian side welcomed the increase in the number of Türkiye Scholarships offered to Jordanian students to 150 a year, and the two sides agreed to encourage twinning and the exchange of teaching staff between universities in the two countries.',
  "The consultations addressed regional developments, foremost the catastrophic humanitarian situation in the Gaza Strip. The Turkish side commended the pivotal role the Kingdom plays in delivering humanitarian aid to the Strip through the Jordan Hashemite Charity Organization. The two sides stressed the need for an immediate and lasting ceasefire in Gaza, for unhindered humanitarian access, and rejected any attempt to displace Palestinians from their land.",
  'The two sides also stressed the importance of preserving the historical and legal status quo in Jerusalem and its Islamic and Christian holy sites, and the Turkish side commended the role of the Hashemite Custodianship in protecting these sites.',
  'The two sides agreed to hold the twelfth round of political consultations in Ankara in 2026.',
];

/** The expected beads from the Arabic release to its English version. */
export const AR_EN_BEADS = [
  { a: [0], b: [0] },
  { a: [1], b: [1] },
  { a: [2], b: [2] },
  { a: [3], b: [3] },
  { a: [4], b: [4] },
  { a: [5, 6], b: [5] },
  { a: [7], b: [6] },
  { a: [8], b: [7] },
];
