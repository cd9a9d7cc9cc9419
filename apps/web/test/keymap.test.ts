import { describe, expect, it } from 'vitest';
import { stepIntensity } from '../src/features/editor/keyboard/intensity-step';
import { actionForKey, isTypingTarget, SHORTCUTS } from '../src/features/editor/keyboard/keymap';
import { key } from './support/key-input';

describe('editor shortcuts', () => {
  it('maps the frequent actions', () => {
    expect(actionForKey(key('b'))).toEqual({ type: 'tool', tool: 'brush' });
    expect(actionForKey(key('E', { shiftKey: true }))).toEqual({ type: 'tool', tool: 'eraser' });
    expect(actionForKey(key('3'))).toEqual({ type: 'pattern', index: 2 });
    expect(actionForKey(key('z'))).toEqual({ type: 'undo' });
    expect(actionForKey(key('Z', { shiftKey: true }))).toEqual({ type: 'redo' });
    expect(actionForKey(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(actionForKey(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(actionForKey(key('Enter'))).toEqual({ type: 'submit' });
    expect(actionForKey(key(']'))).toEqual({ type: 'brush-size', delta: 2 });
    expect(actionForKey(key('?', { shiftKey: true }))).toEqual({ type: 'help' });
    expect(actionForKey(key('x'))).toBeNull();
    expect(actionForKey(key('b', { altKey: true }))).toBeNull();
  });

  it('zooms with + and -, fits with 0, and the help lists the zoom readout and the fill rule', () => {
    expect(actionForKey(key('+', { shiftKey: true }))).toEqual({ type: 'zoom', factor: 1.25 });
    expect(actionForKey(key('-'))).toEqual({ type: 'zoom', factor: 0.8 });
    expect(actionForKey(key('0'))).toEqual({ type: 'fit' });
    const help = (keys: string) => SHORTCUTS.find((s) => s.keys === keys)?.action;
    expect(help('0')).toMatch(/Fit.*click the zoom level/);
    expect(help('+  -')).toMatch(/level shows/);
    expect(help('F')).toMatch(/inside a closed outline/);
  });

  it('leaves text fields alone but not sliders', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'range' } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('steps intensity within the ordered levels', () => {
    const levels = [{ id: 'neg' }, { id: 'int' }, { id: 'pos' }];
    expect(stepIntensity(levels, null, 1)).toBe('pos');
    expect(stepIntensity(levels, null, -1)).toBe('neg');
    expect(stepIntensity(levels, 'int', 1)).toBe('pos');
    expect(stepIntensity(levels, 'pos', 1)).toBe('pos');
    expect(stepIntensity([], null, 1)).toBeNull();
  });
});
