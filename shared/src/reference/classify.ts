import type { Division, IndustryCodeEntry, SizeClass, SizeRule } from './schema.ts';

/**
 * The size class of an industrial enterprise: the largest class whose staff and revenue
 * thresholds are both met; an enterprise meeting only one falls to the next class down.
 */
export function classifySize(rule: SizeRule, staff: number, revenueWan: number): SizeClass {
  for (const c of rule.classes) {
    if (staff >= c.minStaff && revenueWan >= c.minRevenueWan) return c.size;
  }
  return rule.fallback;
}

/** The entry that decides the profile: the 中类 when it is listed, else its 大类. */
export function industryEntryOf(
  entries: readonly IndustryCodeEntry[],
  code: string,
): IndustryCodeEntry | undefined {
  const byCode = entries.find((e) => e.code === code);
  if (byCode) return byCode;
  return code.length === 3 ? entries.find((e) => e.code === code.slice(0, 2)) : undefined;
}

/**
 * The code range of a division's subtree as [from, to] (inclusive): a province covers
 * XX0000–XX9999, a city XXYY00–XXYY99, a county itself. Range queries on a btree index.
 */
export function divisionRange(division: Pick<Division, 'code' | 'level'>): [string, string] {
  const keep = division.level === 'province' ? 2 : division.level === 'city' ? 4 : 6;
  const prefix = division.code.slice(0, keep);
  return [prefix.padEnd(6, '0'), prefix.padEnd(6, '9')];
}

export function inDivision(division: Pick<Division, 'code' | 'level'>, code: string): boolean {
  const [from, to] = divisionRange(division);
  return code >= from && code <= to;
}
