import type { KeyInput } from '../../src/features/editor/keyboard/keymap';

/** A key press as the shortcut maps read it: no modifier unless `mods` sets one. */
export const key = (k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
