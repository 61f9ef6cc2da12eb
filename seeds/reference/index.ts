import {
  classifySize,
  divisionCatalogSchema,
  industryCatalogSchema,
  sizeRuleSchema,
  type DivisionCatalog,
  type IndustryCatalog,
  type SizeRule,
} from '@zhiping/shared';
import { buildDivisionCatalog } from './divisions.ts';
import { industryCatalog } from './industries.ts';
import { sizeRule } from './size-rule.ts';

/** Generated reference files under seeds/data (path relative to it). */
export const REFERENCE_FILES = {
  divisions: 'reference/divisions.json',
  industries: 'reference/industries.json',
  sizeRule: 'reference/size-rule.json',
} as const;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function buildReferenceFiles(): Record<string, string> {
  return {
    [REFERENCE_FILES.divisions]: json(divisionCatalogSchema.parse(buildDivisionCatalog())),
    [REFERENCE_FILES.industries]: json(industryCatalogSchema.parse(industryCatalog)),
    [REFERENCE_FILES.sizeRule]: json(sizeRuleSchema.parse(sizeRule)),
  };
}

export interface ReferenceProblem {
  where: string;
  path: string;
  message: string;
}

export function checkDivisions(input: unknown, problems: ReferenceProblem[]): string {
  const where = 'divisions';
  const parsed = divisionCatalogSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      problems.push({ where, path: i.path.join('.'), message: i.message });
    return 'invalid';
  }
  const catalog: DivisionCatalog = parsed.data;
  const byCode = new Map(catalog.divisions.map((d) => [d.code, d]));
  if (byCode.size !== catalog.divisions.length)
    problems.push({ where, path: '', message: 'duplicate codes' });
  const counts = { province: 0, city: 0, county: 0 };
  for (const d of catalog.divisions) {
    counts[d.level]++;
    const parent = d.parent === null ? undefined : byCode.get(d.parent);
    if (d.level === 'province') {
      if (d.parent !== null || !d.code.endsWith('0000'))
        problems.push({ where, path: d.code, message: 'a province is XX0000 without parent' });
    } else if (!parent) {
      problems.push({ where, path: d.code, message: `parent ${d.parent} is not in the list` });
    } else if (
      d.level === 'city' &&
      (parent.level !== 'province' || d.code.slice(0, 2) !== parent.code.slice(0, 2))
    ) {
      problems.push({
        where,
        path: d.code,
        message: `a city must lie in its province (${parent.code})`,
      });
    } else if (d.level === 'county') {
      const keep = parent.level === 'province' ? 2 : 4;
      if (parent.level === 'county' || d.code.slice(0, keep) !== parent.code.slice(0, keep))
        problems.push({
          where,
          path: d.code,
          message: `a county must lie in its parent (${parent.code})`,
        });
    }
  }
  if (counts.province < 31)
    problems.push({ where, path: '', message: `only ${counts.province} provinces` });
  if (counts.county < 2800)
    problems.push({ where, path: '', message: `only ${counts.county} counties` });
  return `${catalog.source.package}@${catalog.source.version}: ${counts.province} provinces, ${counts.city} cities, ${counts.county} counties`;
}

export function checkIndustries(input: unknown, problems: ReferenceProblem[]): string {
  const where = 'industries';
  const parsed = industryCatalogSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      problems.push({ where, path: i.path.join('.'), message: i.message });
    return 'invalid';
  }
  const catalog: IndustryCatalog = parsed.data;
  const codes = new Set<string>();
  for (const e of catalog.entries) {
    if (codes.has(e.code)) problems.push({ where, path: e.code, message: 'duplicate code' });
    codes.add(e.code);
  }
  for (let major = 13; major <= 43; major++) {
    if (!codes.has(String(major)))
      problems.push({ where, path: String(major), message: 'manufacturing 大类 missing' });
  }
  for (const code of codes) {
    const major = Number(code.slice(0, 2));
    if (major < 13 || major > 43)
      problems.push({ where, path: code, message: 'outside manufacturing 大类 13–43' });
    if (code.length === 3 && !codes.has(code.slice(0, 2)))
      problems.push({ where, path: code, message: `its 大类 ${code.slice(0, 2)} is not listed` });
  }
  const profiles = new Set(catalog.entries.map((e) => e.profile));
  return `${catalog.standard}: ${catalog.entries.filter((e) => e.code.length === 2).length} 大类, ${catalog.entries.filter((e) => e.code.length === 3).length} 中类, ${profiles.size} profiles`;
}

export function checkSizeRule(input: unknown, problems: ReferenceProblem[]): string {
  const where = 'size rule';
  const parsed = sizeRuleSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      problems.push({ where, path: i.path.join('.'), message: i.message });
    return 'invalid';
  }
  const rule: SizeRule = parsed.data;
  rule.classes.forEach((c, i) => {
    const next = rule.classes[i + 1];
    if (next && (next.minStaff >= c.minStaff || next.minRevenueWan >= c.minRevenueWan))
      problems.push({
        where,
        path: `classes.${i + 1}`,
        message: 'thresholds must fall class by class',
      });
  });
  const sizes = [...rule.classes.map((c) => c.size), rule.fallback];
  if (new Set(sizes).size !== sizes.length)
    problems.push({ where, path: 'classes', message: 'a size appears twice' });
  if (classifySize(rule, 0, 0) !== rule.fallback)
    problems.push({ where, path: 'fallback', message: 'an empty enterprise must fall back' });
  return `${rule.version}: ${sizes.join(' > ')}`;
}
