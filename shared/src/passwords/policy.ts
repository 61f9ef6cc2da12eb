import { COMMON_PASSWORDS_TEXT } from './common-passwords.ts';

/** Why a password is refused, beyond its length (zod's too_small / too_big). */
export type PasswordProblem = 'whitespace' | 'letter_digit' | 'common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | undefined;
/** Built on first use: the list is only parsed where a password is set. */
const commonPasswords = () => (common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n')));

/** Case-insensitive: `Password12` is as guessable as `password12`. */
export const isCommonPassword = (password: string) => commonPasswords().has(password.toLowerCase());

/** The first problem of a password of acceptable length, or null. */
export function passwordProblem(password: string): PasswordProblem | null {
  // Leading or trailing whitespace is refused rather than trimmed: "ten spaces + 1a" is a
  // three-character password to anyone who guesses that the padding is there.
  if (password !== password.trim()) return 'whitespace';
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'letter_digit';
  if (isCommonPassword(password)) return 'common';
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  whitespace: 'must not begin or end with a space',
  letter_digit: 'must contain a letter and a digit',
  common: 'is one of the most common passwords; choose another',
};
