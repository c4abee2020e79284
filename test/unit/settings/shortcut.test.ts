import { describe, expect, it } from 'vitest';
import { shortcutFromKeyPress, type KeyPress } from '../../../utils/settings/shortcut';

const press = (code: string, mods: Partial<KeyPress> = {}, key = code): KeyPress => ({ key, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods });

describe('shortcutFromKeyPress', () => {
  it.each([
    [press('KeyK', { altKey: true, shiftKey: true }, 'K'), 'Alt+Shift+K'],
    [press('KeyS', { ctrlKey: true, shiftKey: true }, 'S'), 'Ctrl+Shift+S'],
    [press('Digit5', { altKey: true }, '5'), 'Alt+5'],
    [press('ArrowUp', { ctrlKey: true }), 'Ctrl+Up'],
    [press('F7'), 'F7'],
    // A Turkish Q keyboard types "ı" on the I key: the shortcut still names the key.
    [press('KeyI', { altKey: true }, 'ı'), 'Alt+I'],
    // An Arabic layout types "ك" on the semicolon key... and "ن" on K.
    [press('KeyK', { altKey: true }, 'ن'), 'Alt+K'],
  ])('%j → %s', (event, shortcut) => {
    expect(shortcutFromKeyPress(event)).toEqual({ ok: true, shortcut });
  });

  it('writes MacCtrl on a Mac', () => {
    expect(shortcutFromKeyPress(press('KeyK', { ctrlKey: true }), true)).toEqual({ ok: true, shortcut: 'MacCtrl+K' });
  });

  it.each([
    [press('KeyK', {}, 'k'), 'needs-modifier'],
    [press('KeyK', { shiftKey: true }, 'K'), 'needs-modifier'],
    [press('Backquote', { altKey: true }, '`'), 'unsupported-key'],
    [press('AltLeft', { altKey: true }, 'Alt'), 'incomplete'],
  ])('%j is refused: %s', (event, reason) => {
    expect(shortcutFromKeyPress(event)).toEqual({ ok: false, reason });
  });
});
