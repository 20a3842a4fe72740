// Keyboard shortcuts: each key's command, and the keys left alone while the reader types or presses a button.
import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './shortcuts';

const press = (key: string, change: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, targetTag: 'BODY', targetEditable: false, inDialog: false, ...change });

describe('shortcutFor', () => {
  it('maps space, the right arrow, r, u, p and ? to their commands', () => {
    expect(shortcutFor(press('u'))).toEqual({ kind: 'undo' });
    expect(shortcutFor(press('U'))).toEqual({ kind: 'undo' });
    expect(shortcutFor(press(' '))).toEqual({ kind: 'toggle-play' });
    expect(shortcutFor(press('ArrowRight'))).toEqual({ kind: 'step' });
    expect(shortcutFor(press('r'))).toEqual({ kind: 'reset' });
    expect(shortcutFor(press('R'))).toEqual({ kind: 'reset' });
    expect(shortcutFor(press('p'))).toEqual({ kind: 'present' });
    expect(shortcutFor(press('?'))).toEqual({ kind: 'help' });
  });

  it('chooses presets 1 to 9 with their number keys, and the tenth with 0', () => {
    expect(shortcutFor(press('1'))).toEqual({ kind: 'preset', index: 0 });
    expect(shortcutFor(press('9'))).toEqual({ kind: 'preset', index: 8 });
    expect(shortcutFor(press('0'))).toEqual({ kind: 'preset', index: 9 });
  });

  it('leaves keys alone while the reader types in an input, a select or editable text', () => {
    for (const targetTag of ['INPUT', 'SELECT', 'TEXTAREA']) {
      for (const key of [' ', 'ArrowRight', 'r', '1', '?']) expect(shortcutFor(press(key, { targetTag })), `${key} in ${targetTag}`).toBeNull();
    }
    expect(shortcutFor(press('r', { targetTag: 'DIV', targetEditable: true }))).toBeNull();
  });

  it('lets space press a focused button, and other shortcuts still work there', () => {
    expect(shortcutFor(press(' ', { targetTag: 'BUTTON' }))).toBeNull();
    expect(shortcutFor(press(' ', { targetTag: 'SUMMARY' }))).toBeNull();
    expect(shortcutFor(press('ArrowRight', { targetTag: 'BUTTON' }))).toEqual({ kind: 'step' });
  });

  it('leaves browser shortcuts, dialogs and unknown keys alone', () => {
    expect(shortcutFor(press('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('r', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('1', { altKey: true }))).toBeNull();
    expect(shortcutFor(press(' ', { inDialog: true }))).toBeNull();
    expect(shortcutFor(press('x'))).toBeNull();
    expect(shortcutFor(press('ArrowLeft'))).toBeNull();
  });
});
