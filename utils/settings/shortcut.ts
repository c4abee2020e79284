/**
 * Keyboard shortcuts as the WebExtension `commands` API writes them ("Alt+Shift+K"), built from a key
 * press. Firefox lets an extension change its own shortcuts (`commands.update`); Chrome only in its
 * shortcut settings page.
 */

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type ShortcutResult = { ok: true; shortcut: string } | { ok: false; reason: 'needs-modifier' | 'unsupported-key' | 'incomplete' };

const NAMED_KEYS: Record<string, string> = {
  Comma: 'Comma',
  Period: 'Period',
  Space: 'Space',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/** The key part from the physical key, so that a Turkish or Arabic keyboard layout gives the same letters. */
function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^Digit(\d)$/.exec(code);
  if (digit) return digit[1]!;
  if (/^F([1-9]|1[0-2])$/.test(code)) return code;
  return NAMED_KEYS[code] ?? null;
}

/** The shortcut for a key press, or why it cannot be one. */
export function shortcutFromKeyPress(press: KeyPress, isMac = false): ShortcutResult {
  if (['Control', 'Alt', 'Shift', 'Meta', 'AltGraph'].includes(press.key)) return { ok: false, reason: 'incomplete' };
  const key = keyName(press.code);
  if (!key) return { ok: false, reason: 'unsupported-key' };
  const parts: string[] = [];
  if (press.ctrlKey) parts.push(isMac ? 'MacCtrl' : 'Ctrl');
  if (press.metaKey) parts.push('Command');
  if (press.altKey) parts.push('Alt');
  if (press.shiftKey) parts.push('Shift');
  const hasMain = press.ctrlKey || press.altKey || press.metaKey;
  if (!hasMain && !/^F\d+$/.test(key)) return { ok: false, reason: 'needs-modifier' };
  return { ok: true, shortcut: [...parts, key].join('+') };
}
