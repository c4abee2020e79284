/** Words that open the name of an Arabic institution, and what follows them. */

/**
 * Institution words that open a name on their own ("وزارة الخارجية", "البنك الدولي"), indefinite; the
 * definite form is derived. The name goes on as a genitive chain after them.
 */
export const ARABIC_ORGANISATION_HEADS = [
  'وزارة', 'منظمة', 'هيئة', 'صندوق', 'مجلس', 'جامعة', 'مؤسسة', 'وكالة', 'بنك', 'مصرف', 'اتحاد', 'أمانة',
  'شركة', 'حلف', 'حزب', 'جمعية', 'نقابة', 'محكمة', 'معهد', 'أكاديمية', 'مفوضية', 'سفارة', 'قنصلية', 'مستشفى',
  'جهاز', 'مجموعة', 'لجنة', 'التلفزيون', 'الإذاعة',
  // groups, parties, armed factions and the press
  'جبهة', 'ائتلاف', 'كتلة', 'رابطة', 'جيش', 'لواء', 'كتيبة', 'كتائب', 'مرصد', 'نادي', 'قناة',
  'صحيفة', 'جريدة', 'مجلة',
];

/**
 * Institution words that are just as often common nouns (إدارة المياه "water management", مركز إيواء "a
 * shelter", دائرة الإنتاج "the production cycle"). They open a name only with an institutional adjective
 * after them (المركز الوطني, الإدارة العامة), in a list beside other institutions, after "مع", with an
 * alias in Latin letters, or when "بالوزارة" places them in a ministry.
 */
export const ARABIC_AMBIGUOUS_HEADS = [
  'إدارة', 'قطاع', 'كلية', 'دائرة', 'مركز', 'مصلحة', 'مديرية', 'وقف', 'قوات', 'وحدات', 'تنظيم', 'غرفة', 'دار',
  'حركة', 'تيار',
];

/**
 * Ambiguous heads whose names are proper nouns: one indefinite word names the body ("حركة حماس", "تيار
 * المستقبل" needs an adjective like any ambiguous head), while a definite complement is a common noun
 * ("حركة المرور", "حركة الركاب").
 */
export const ARABIC_MOVEMENT_HEADS = ['حركة', 'تيار'];

/** Parts of a larger body; a person's role that names one ("رئيس قطاع الري") does not list it. */
export const ARABIC_SUBUNIT_HEADS = ['إدارة', 'قطاع', 'كلية', 'مصلحة', 'مديرية', 'مكتب'];

/** Adjectives that make an ambiguous head an institution: المركز الوطني, الإدارة العامة. */
export const ARABIC_INSTITUTIONAL_ADJECTIVES = [
  'الوطني', 'الوطنية', 'العام', 'العامة', 'المركزي', 'المركزية', 'الاتحادي', 'الاتحادية', 'الأعلى', 'العليا',
  'الدولي', 'الدولية', 'الإقليمي', 'الإقليمية', 'الحر', 'الحرة',
];

/**
 * Adjectives without an adjective ending that go on qualifying a name after its genitive chain: "الجيش
 * الحر", "المحكمة الدستورية العليا", "المجلس الأعلى". Relative adjectives (-ي, -ية) and participles are
 * recognised by their shape.
 */
export const ARABIC_NAME_ADJECTIVES = [
  'العام', 'العامة', 'الخاص', 'الخاصة', 'الحر', 'الحرة', 'الكبير', 'الكبيرة', 'الكبرى', 'الصغرى', 'العليا', 'الأعلى',
  'الدائم', 'الدائمة', 'الموحد', 'الموحدة', 'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع',
  'الرابعة', 'الخامس', 'الخامسة', 'الأحمر', 'الأخضر', 'الأبيض', 'الأزرق', 'الأوسط', 'الأدنى', 'الأقصى', 'العظمى',
  'الوسطى', 'المسلح', 'المسلحة', 'المعارض', 'المؤقت', 'المؤقتة', 'المنتخب', 'المنتخبة', 'المفتوحة',
];

/** Names complete in themselves: nothing after them belongs to the name, bar one adjective where allowed. */
export const ARABIC_COMPLETE_NAMES: { words: string[]; takesAdjective: boolean }[] = [
  { words: ['الأمم', 'المتحدة'], takesAdjective: false },
  { words: ['الهلال', 'الأحمر'], takesAdjective: true },
  { words: ['الصليب', 'الأحمر'], takesAdjective: true },
];

/** Two-word openings whose first word is not an institution word alone: "برنامج الأمم المتحدة للبيئة". */
export const ARABIC_PHRASE_HEADS = [['برنامج', 'الأمم', 'المتحدة'], ['صندوق', 'الأمم', 'المتحدة']];

/** Dual forms: "وزارتا الاقتصاد والطاقة" names two ministries. */
export const ARABIC_DUAL_HEADS: Record<string, string> = { وزارتا: 'وزارة', وزارتي: 'وزارة', هيئتا: 'هيئة', هيئتي: 'هيئة' };

/**
 * Generic bodies that every company or agency has, kinds of facility, and places whose names open with an
 * institution word; on their own they name no institution.
 */
export const ARABIC_GENERIC_BODIES = [
  ['مجلس', 'إدارة'], ['مجلس', 'الإدارة'], ['مجلس', 'الأمناء'], ['مستشفى', 'العزل'], ['مستشفيات', 'العزل'],
  ['مستشفى', 'الولادة'], ['مستشفى', 'الطوارئ'], ['مستشفى', 'ميداني'], ['قناة', 'السويس'], ['قناة', 'بنما'],
  ['الكتلة', 'النقدية'],
];

/** Plural institution words that introduce a list of names written in Latin letters: "شركات Apple وSamsung". */
export const ARABIC_LATIN_LIST_HEADS = ['شركات', 'الشركات', 'شركتي', 'شركتا', 'علامات', 'العلامات'];

/**
 * Words that open a place name: an institution word right after one is part of the place ("بلدة تل حلف",
 * "شارع الجامعة"), not an institution.
 */
export const ARABIC_PLACE_WORDS = [
  'تل', 'مدينة', 'بلدة', 'قرية', 'منطقة', 'حي', 'شارع', 'ميدان', 'جبل', 'وادي', 'مخيم', 'ريف', 'جزيرة', 'ساحة',
  'محطة', 'طريق', 'جسر', 'مطار', 'ميناء',
];

/**
 * Titles that a name follows inside an institution's name: "جامعة الملك سعود", "مستشفى الأمير محمد بن
 * عبدالعزيز".
 */
export const ARABIC_TITLES_IN_NAMES = ['الملك', 'الأمير', 'الشيخ', 'السلطان', 'الإمام', 'الشهيد'];

/**
 * Verbs in the feminine whose subject, right after them, is a company when it is one Latin word ("أعلنت
 * Apple"): Arabic treats companies as feminine, and writes people's names in Arabic letters.
 */
export const ARABIC_COMPANY_VERBS = [
  'أعلنت', 'أطلقت', 'كشفت', 'طرحت', 'أصدرت', 'استحوذت', 'وقعت', 'قالت', 'أكدت', 'نفت', 'ذكرت', 'أوضحت',
  'أفادت', 'باعت', 'اشترت', 'حققت', 'سجلت', 'قررت', 'أوقفت', 'رفعت', 'خفضت', 'قدمت', 'افتتحت', 'دشنت',
];
