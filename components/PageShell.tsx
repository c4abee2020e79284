import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { Settings } from '@/utils/settings/settings';
import { interfaceTranslator } from '@/utils/extension/settings-store';
import type { Translator } from '@/utils/i18n/translate';
import { I18nProvider } from './i18n-context';
import { useSettings } from './use-settings';

interface PageShellProps {
  /** The document title, in the interface language. */
  title: (t: Translator) => string;
  /** Pages that let the user pick a theme of their own (the reader) pass it; others follow the settings. */
  theme?: Settings['theme'];
  children: (settings: Settings, t: Translator) => ComponentChildren;
}

/**
 * Every Katib page: waits for the settings, then sets the interface language, its direction and the theme
 * on <html> (so that the whole page mirrors in Arabic) and renders the page.
 */
export function PageShell({ title, theme, children }: PageShellProps) {
  const settings = useSettings();
  const translator = useMemo(() => (settings ? interfaceTranslator(settings) : null), [settings]);
  useEffect(() => {
    if (!settings || !translator) return;
    const root = document.documentElement;
    root.lang = translator.lang;
    root.dir = translator.dir;
    root.dataset.theme = theme ?? settings.theme;
    document.title = title(translator);
  }, [settings, translator, theme, title]);
  if (!settings || !translator) return null;
  return <I18nProvider translator={translator}>{children(settings, translator)}</I18nProvider>;
}
