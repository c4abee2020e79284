/** Which languages an article can be translated into here, and which one the reader offers first. */

/** The target languages offered: the interface languages. */
export const TARGET_LANGUAGES = ['en', 'tr', 'ar'] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];

/**
 * The target offered first: a language of a translation already kept with the clip (the interface
 * language's if there is one), else the interface language, else the first that differs from the article's.
 * @param source the article's language, null when unknown
 * @param stored the languages of the clip's kept translations
 */
export function defaultTargetLanguage(uiLanguage: TargetLanguage, source: string | null, stored: readonly string[] = []): TargetLanguage {
  const candidates = [uiLanguage, ...TARGET_LANGUAGES.filter((lang) => lang !== uiLanguage)].filter((lang) => lang !== source);
  return candidates.find((lang) => stored.includes(lang)) ?? candidates[0] ?? uiLanguage;
}
