// The lab's keyboard shortcuts as a pure table: which key means what, and when a key belongs to something else.

export type ShortcutCommand =
  | { kind: 'toggle-play' }
  | { kind: 'step' }
  | { kind: 'reset' }
  | { kind: 'undo' }
  | { kind: 'preset'; index: number }
  | { kind: 'present' }
  | { kind: 'help' };

/** What a keydown tells us; built from a KeyboardEvent, or by hand in tests. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element's tag name (upper case, as the DOM gives it), or null. */
  targetTag: string | null;
  targetEditable: boolean;
  /** The focus is inside an open dialog, whose keys are its own. */
  inDialog: boolean;
}

/** Where keys are typing: inputs (sliders and checkboxes too, whose arrows and space are theirs), selects, text. */
const TYPING_TAGS = ['INPUT', 'SELECT', 'TEXTAREA'];
/** Where space presses the focused control instead (a button's own click must not also toggle play). */
const PRESSABLE_TAGS = ['BUTTON', 'A', 'SUMMARY'];

/** Keys 1 to 9 choose presets 1 to 9, and 0 the tenth (the order of the preset menu). */
export const PRESET_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function shortcutFor(press: KeyPress): ShortcutCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.inDialog || press.targetEditable) return null;
  if (press.targetTag !== null && TYPING_TAGS.includes(press.targetTag)) return null;
  if (press.key === ' ') return press.targetTag !== null && PRESSABLE_TAGS.includes(press.targetTag) ? null : { kind: 'toggle-play' };
  if (press.key === 'ArrowRight') return { kind: 'step' };
  if (press.key === 'r' || press.key === 'R') return { kind: 'reset' };
  if (press.key === 'u' || press.key === 'U') return { kind: 'undo' };
  if (press.key === 'p' || press.key === 'P') return { kind: 'present' };
  if (press.key === '?') return { kind: 'help' };
  const preset = PRESET_KEYS.indexOf(press.key);
  return preset >= 0 ? { kind: 'preset', index: preset } : null;
}

/** The KeyPress of a browser event. */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    targetTag: target?.tagName ?? null,
    targetEditable: target?.isContentEditable ?? false,
    inDialog: target?.closest('dialog[open]') != null,
  };
}
