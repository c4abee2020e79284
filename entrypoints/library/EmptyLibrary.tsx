import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useTranslator } from '@/components/i18n-context';

/** The first screen of an empty library: how to clip, with the user's real shortcut. */
export function EmptyLibrary() {
  const t = useTranslator();
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => setShortcut(commands.find((c) => c.name === 'clip-article')?.shortcut || null));
  }, []);
  return (
    <section class="empty-library" data-testid="empty-library">
      <img src="/icons/96.png" alt="" width={72} height={72} />
      <h2>{t.t('emptyTitle')}</h2>
      <p>{t.t('emptyBody')}</p>
      <ol>
        <li>{t.t('emptyStepButton')}</li>
        <li>{t.t('emptyStepMenu', { menu: t.t('menuClipArticle') })}</li>
        {shortcut && (
          <li>
            {t.t('emptyStepShortcut', { shortcut: '\u2068' + shortcut + '\u2069' })}
          </li>
        )}
      </ol>
      <p class="muted">{t.t('emptyImport')}</p>
    </section>
  );
}
