import { describe, expect, test } from 'vitest';
import { COMMON_PASSWORDS_TEXT } from '@zhiping/shared/passwords/common-passwords';
import { isCommonPassword, passwordProblem, passwordSchema } from '@zhiping/shared';

const problemOf = (p: string) => {
  const r = passwordSchema.safeParse(p);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return issue.code === 'custom'
    ? (issue.params as { password: string }).password
    : `${issue.code}:${String((issue as { minimum?: number | bigint }).minimum ?? '')}`;
};

describe('password policy (issue #13)', () => {
  test.each([
    ['password12', 'common'],
    ['PASSWORD12', 'common'],
    ['qwerty12345', 'common'],
    ['1qaz2wsx3edc', 'common'],
    ['woaini1314', 'common'],
    [`${' '.repeat(10)}1a`, 'whitespace'],
    [' Secret-pass-2026', 'whitespace'],
    ['Secret-pass-2026\t', 'whitespace'],
    ['onlyletters-here', 'letter_digit'],
    ['1234567890123', 'letter_digit'],
    ['short1a', 'too_small:10'],
  ])('%j is refused: %s', (password, problem) => {
    expect(problemOf(password)).toBe(problem);
  });

  test.each([
    'Secret-pass-2026',
    'Demo@2026!',
    'Another-pass-2026',
    'inner space 2026',
    '密码很长的一句话2026',
  ])('%j is accepted', (password) => {
    expect(passwordSchema.safeParse(password).success).toBe(true);
    expect(passwordProblem(password)).toBeNull();
  });

  test('the shipped list is lower-case, deduplicated, 10+ characters and holds the usual suspects', () => {
    const list = COMMON_PASSWORDS_TEXT.split('\n');
    expect(list.length).toBeGreaterThan(1000);
    expect(new Set(list).size).toBe(list.length);
    for (const p of list) {
      expect(p).toBe(p.toLowerCase());
      expect(p.length).toBeGreaterThanOrEqual(10);
    }
    for (const p of ['password12', 'password123', '1234567890', 'qwertyuiop', 'a123456789'])
      expect(isCommonPassword(p)).toBe(true);
    expect(isCommonPassword('Secret-pass-2026')).toBe(false);
  });
});
