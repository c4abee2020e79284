import { useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n-context';
import { splitTagField, type ClipEdits } from '@/utils/messaging/protocol';

interface EditPanelProps {
  title: string;
  userTags: readonly string[];
  note: string;
  /** Label of the confirming button: "Save" for a clip, "Clip" for a page not yet saved. */
  submitLabel: string;
  onSubmit(edits: Required<ClipEdits>): void;
  onCancel(): void;
}

/** The user's title, tags and note, edited before a page is clipped or on a clip. */
export function EditPanel({ title, userTags, note, submitLabel, onSubmit, onCancel }: EditPanelProps) {
  const t = useTranslator();
  const [draftTitle, setTitle] = useState(title);
  const [draftTags, setTags] = useState(userTags.join(t.dir === 'rtl' ? '، ' : ', '));
  const [draftNote, setNote] = useState(note);
  return (
    <form
      class="edit-panel"
      data-testid="edit-panel"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ title: draftTitle.trim() || title, userTags: splitTagField(draftTags), note: draftNote });
      }}
    >
      <label class="field">
        <span>{t.t('fieldTitle')}</span>
        <input type="text" dir="auto" value={draftTitle} onInput={(e) => setTitle(e.currentTarget.value)} data-testid="edit-title" />
      </label>
      <label class="field">
        <span>
          {t.t('fieldUserTags')} <span class="muted">({t.t('readerTagsHint')})</span>
        </span>
        <input type="text" dir="auto" value={draftTags} onInput={(e) => setTags(e.currentTarget.value)} data-testid="edit-tags" />
      </label>
      <label class="field">
        <span>{t.t('fieldNote')}</span>
        <textarea rows={4} dir="auto" value={draftNote} onInput={(e) => setNote(e.currentTarget.value)} data-testid="edit-note" />
      </label>
      <div class="edit-actions">
        <button type="button" class="button" onClick={onCancel}>
          {t.t('readerCancel')}
        </button>
        <button type="submit" class="button primary" data-testid="edit-submit">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
