import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '@/utils/i18n/translate';
import { translatorFor } from '@/utils/i18n/catalogs';

const I18nContext = createContext<Translator>(translatorFor('en'));

/** Makes the interface language available to every component below. */
export function I18nProvider({ translator, children }: { translator: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

/** The interface translator of the page. */
export function useTranslator(): Translator {
  return useContext(I18nContext);
}
