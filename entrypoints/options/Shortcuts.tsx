import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { useTranslator } from '@/components/i18n-context';
import type { MessageKey } from '@/utils/i18n/messages-en';
import { shortcutFromKeyPress } from '@/utils/settings/shortcut';

const COMMAND_LABELS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPopup',
  'clip-article': 'commandClip',
  'open-reader': 'commandRead',
};

/** Firefox lets an extension set its own shortcuts; Chrome has `commands` without `update`. */
const canUpdate = typeof (browser.commands as { update?: unknown }).update === 'function';
const isMac = /Mac/.test(navigator.platform);

/** The keyboard shortcuts: listed everywhere, editable where the browser allows it. */
export function Shortcuts() {
  const t = useTranslator();
  const [commands, setCommands] = useState<Browser.commands.Command[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const load = () => void browser.commands.getAll().then(setCommands);
  useEffect(load, []);

  async function save(name: string): Promise<void> {
    try {
      await (browser.commands as unknown as { update(detail: { name: string; shortcut: string }): Promise<void> }).update({ name, shortcut: draft });
      setEditing(null);
      setProblem(null);
      load();
    } catch (error) {
      setProblem(t.t('optShortcutInvalid', { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <section class="options-section" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t.t('optShortcuts')}</h2>
      <table class="shortcut-table">
        <tbody>
          {commands.map((command) => {
            const name = command.name ?? '';
            const label = COMMAND_LABELS[name];
            return (
              <tr key={name} data-testid={`shortcut-${name}`}>
                <th scope="row">{label ? t.t(label) : command.description}</th>
                <td>
                  {editing === name ? (
                    <input
                      type="text"
                      dir="ltr"
                      readOnly
                      value={draft}
                      placeholder={t.t('optShortcutHint')}
                      aria-label={t.t('optShortcutHint')}
                      onKeyDown={(event) => {
                        if (event.key === 'Tab') return;
                        event.preventDefault();
                        const result = shortcutFromKeyPress(event, isMac);
                        if (result.ok) {
                          setDraft(result.shortcut);
                          setProblem(null);
                        } else if (result.reason !== 'incomplete') {
                          setProblem(t.t('optShortcutInvalid', { reason: t.t(result.reason === 'needs-modifier' ? 'shortcutNeedsModifier' : 'shortcutUnsupportedKey') }));
                        }
                      }}
                      ref={(input) => input?.focus()}
                    />
                  ) : (
                    <kbd dir="ltr">{command.shortcut || t.t('optShortcutNotSet')}</kbd>
                  )}
                </td>
                {canUpdate && (
                  <td>
                    {editing === name ? (
                      <button type="button" class="button primary" disabled={!draft} onClick={() => void save(name)}>
                        {t.t('optShortcutSave')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        class="button"
                        onClick={() => {
                          setEditing(name);
                          setDraft(command.shortcut ?? '');
                          setProblem(null);
                        }}
                      >
                        {t.t('optShortcutChange')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      {canUpdate ? (
        <p class="muted">{t.t('optShortcutsFirefox')}</p>
      ) : (
        <p>
          {t.t('optShortcutsBrowser')}{' '}
          <button type="button" class="button" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
            {t.t('optShortcutsOpen')}
          </button>
        </p>
      )}
    </section>
  );
}
