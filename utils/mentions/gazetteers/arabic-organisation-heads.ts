/** Words that open the name of an Arabic institution, and what follows them. */

/**
 * Institution words that open a name on their own ("وزارة الخارجية", "البنك الدولي"), indefinite; the
 * definite form is derived. The name goes on as a genitive chain after them.
 */
export const ARABIC_ORGANISATION_HEADS = [
  'وزارة', 'منظمة', 'هيئة', 'صندوق', 'مجلس', 'جامعة', 'مؤسسة', 'وكالة', 'بنك', 'مصرف', 'اتحاد', 'أمانة',
  'شركة', 'حلف', 'حزب', 'جمعية', 'نقابة', 'محكمة', 'معهد', 'أكاديمية', 'مفوضية', 'سفارة', 'قنصلية', 'مستشفى',
  'جهاز', 'مجموعة', 'لجنة', 'التلفزيون', 'الإذاعة',
];

/**
 * Institution words that are just as often common nouns (إدارة المياه "water management", مركز إيواء "a
 * shelter", دائرة الإنتاج "the production cycle"). They open a name only with an institutional adjective
 * after them (المركز الوطني, الإدارة العامة), in a list beside other institutions, after "مع", with an
 * alias in Latin letters, or when "بالوزارة" places them in a ministry.
 */
export const ARABIC_AMBIGUOUS_HEADS = ['إدارة', 'قطاع', 'كلية', 'دائرة', 'مركز', 'مصلحة', 'مديرية', 'وقف'];

/** Parts of a larger body; a person's role that names one ("رئيس قطاع الري") does not list it. */
export const ARABIC_SUBUNIT_HEADS = ['إدارة', 'قطاع', 'كلية', 'مصلحة', 'مديرية', 'مكتب'];

/** Adjectives that make an ambiguous head an institution: المركز الوطني, الإدارة العامة. */
export const ARABIC_INSTITUTIONAL_ADJECTIVES = [
  'الوطني', 'الوطنية', 'العام', 'العامة', 'المركزي', 'المركزية', 'الاتحادي', 'الاتحادية', 'الأعلى', 'العليا',
  'الدولي', 'الدولية', 'الإقليمي', 'الإقليمية',
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

/** Generic bodies that every company or agency has; on their own they name nothing. */
export const ARABIC_GENERIC_BODIES = [['مجلس', 'إدارة'], ['مجلس', 'الإدارة'], ['مجلس', 'الأمناء']];
