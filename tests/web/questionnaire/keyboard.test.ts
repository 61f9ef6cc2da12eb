import { describe, expect, test } from 'vitest';
import { isTypingTarget, keyCommand } from '../../../web/src/features/questionnaire/keyboard.ts';

const key = (k: string, target: EventTarget | null = document.body, mods = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
});
const input = (type: string) => Object.assign(document.createElement('input'), { type });

describe('single-key answering', () => {
  test.each([
    ['1', true, { kind: 'choose', choice: 'full' }],
    ['2', true, { kind: 'choose', choice: 'most' }],
    ['3', false, { kind: 'choose', choice: 'partial' }],
    ['4', false, { kind: 'choose', choice: 'none' }],
    ['5', true, { kind: 'choose', choice: 'na' }],
    ['5', false, null],
    ['6', true, null],
    ['0', true, null],
    ['ArrowDown', false, { kind: 'move', step: 1 }],
    ['j', false, { kind: 'move', step: 1 }],
    ['ArrowUp', false, { kind: 'move', step: -1 }],
    ['k', false, { kind: 'move', step: -1 }],
    ['Enter', false, null],
  ])('key %s (不适用 allowed: %s) → %j', (k, na, expected) => {
    expect(keyCommand(key(k), na)).toEqual(expected);
  });

  test.each([
    ['a text field', input('text'), true],
    ['an email field', input('email'), true],
    ['a URL field', input('url'), true],
    ['a textarea', document.createElement('textarea'), true],
    ['a select', document.createElement('select'), true],
    ['a radio button', input('radio'), false],
    ['a checkbox', input('checkbox'), false],
    ['a button', document.createElement('button'), false],
    ['the page', document.body, false],
  ])('typing into %s is left alone: %s', (_name, target, typing) => {
    expect(isTypingTarget(target)).toBe(typing);
    expect(keyCommand(key('1', target), true) === null).toBe(typing);
  });

  test('keys with Ctrl, ⌘ or Alt are the browser’s, not shortcuts', () => {
    expect(keyCommand(key('1', document.body, { ctrlKey: true }), true)).toBeNull();
    expect(keyCommand(key('ArrowDown', document.body, { metaKey: true }), true)).toBeNull();
    expect(keyCommand(key('2', document.body, { altKey: true }), true)).toBeNull();
  });

  test('contenteditable counts as typing', () => {
    const div = document.createElement('div');
    div.contentEditable = 'true';
    document.body.append(div);
    // jsdom does not compute isContentEditable; the browser does.
    Object.defineProperty(div, 'isContentEditable', { value: true });
    expect(isTypingTarget(div)).toBe(true);
    div.remove();
  });
});
