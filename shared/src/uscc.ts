/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-letter alphabet, the last one a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET.charAt(check);
}

export type UsccProblem = 'length' | 'characters' | 'check_digit';

/** Returns null when valid, else what is wrong. Input is upper-cased and trimmed first. */
export function usccProblem(code: string): UsccProblem | null {
  const c = code.trim().toUpperCase();
  if (c.length !== 18) return 'length';
  if (![...c].every((ch) => ALPHABET.includes(ch))) return 'characters';
  return usccCheckCharacter(c.slice(0, 17)) === c.charAt(17) ? null : 'check_digit';
}

export const isValidUscc = (code: string): boolean => usccProblem(code) === null;
