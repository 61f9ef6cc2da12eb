import { z } from 'zod';
import { IndicatorSystemError, resolveProfile } from './profile.ts';
import {
  answerScaleSchema,
  capabilityNodeSchema,
  extraRequirementsSchema,
  indicatorSystemSchema,
  industryProfileSchema,
  LEVELS,
  levelDefinitionSchema,
  localizedTextSchema,
  quickScanItemSchema,
  quickScanOptionSchema,
  quickScanSchema,
  requirementSchema,
  scoringParametersSchema,
  type CapabilityNode,
  type IndicatorSystem,
} from './schema.ts';

export interface ValidationIssue {
  /** Where in the document, e.g. `tree[0].children[2].requirements[3].id`. */
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; system: IndicatorSystem } | { ok: false; issues: ValidationIssue[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(document)' : out;
}

/** Keys allowed at the top level besides the schema's own: editors put `$schema` there. */
const EXTRA_ROOT_KEYS = new Set(['$schema']);

/**
 * zod strips unknown keys silently, so a typo such as `naAlowed` would change the scoring
 * without a word. Walks the parsed-valid document along the schema and reports every key
 * the schema does not know.
 */
function unknownKeys(
  schema: z.ZodType,
  value: unknown,
  path: PropertyKey[],
  out: ValidationIssue[],
) {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })
    ._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      if (value !== undefined && value !== null) {
        unknownKeys(def.innerType as z.ZodType, value, path, out);
      }
      return;
    case 'lazy':
      unknownKeys((def.getter as () => z.ZodType)(), value, path, out);
      return;
    case 'array':
      if (Array.isArray(value)) {
        value.forEach((item, i) => unknownKeys(def.element as z.ZodType, item, [...path, i], out));
      }
      return;
    case 'record':
      if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          unknownKeys(def.valueType as z.ZodType, v, [...path, k], out);
        }
      }
      return;
    case 'object': {
      if (value === null || typeof value !== 'object') return;
      const shape = def.shape as Record<string, z.ZodType>;
      for (const [k, v] of Object.entries(value)) {
        const field = shape[k];
        if (field !== undefined) unknownKeys(field, v, [...path, k], out);
        else if (!(path.length === 0 && EXTRA_ROOT_KEYS.has(k))) {
          out.push({ path: formatPath([...path, k]), message: `unknown field "${k}"` });
        }
      }
      return;
    }
    default:
      return;
  }
}

interface TreeIndex {
  /** Every node and requirement id (one namespace) → path of its first use. */
  ids: Map<string, string>;
  nodeIds: Set<string>;
  subdomainIds: Set<string>;
}

function checkTree(system: IndicatorSystem, issues: ValidationIssue[]): TreeIndex {
  const index: TreeIndex = { ids: new Map(), nodeIds: new Set(), subdomainIds: new Set() };
  const leaves: { path: string; depth: number }[] = [];
  const claim = (id: string, path: string) => {
    const first = index.ids.get(id);
    if (first !== undefined) {
      issues.push({ path, message: `duplicate id "${id}" (first used at ${first})` });
    } else index.ids.set(id, path);
  };
  const walk = (nodes: readonly CapabilityNode[], prefix: string, depth: number) => {
    nodes.forEach((node, i) => {
      const path = `${prefix}[${i}]`;
      claim(node.id, `${path}.id`);
      index.nodeIds.add(node.id);
      if (node.children) {
        walk(node.children, `${path}.children`, depth + 1);
        return;
      }
      index.subdomainIds.add(node.id);
      leaves.push({ path, depth });
      const requirements = node.requirements ?? [];
      requirements.forEach((r, j) => claim(r.id, `${path}.requirements[${j}].id`));
      const missing = LEVELS.filter((level) => !requirements.some((r) => r.level === level));
      if (missing.length > 0) {
        issues.push({
          path: `${path}.requirements`,
          message: `sub-domain "${node.id}" has no requirement at level ${missing.join(', ')}; every sub-domain needs at least one per level`,
        });
      }
    });
  };
  walk(system.tree, 'tree', 1);

  const first = leaves[0];
  if (first !== undefined && first.depth !== 2 && first.depth !== 3) {
    issues.push({
      path: first.path,
      message: `sub-domains sit at depth ${first.depth}; the tree must be element → domain → sub-domain (3) or domain → sub-domain (2)`,
    });
  }
  for (const leaf of leaves) {
    if (first !== undefined && leaf.depth !== first.depth) {
      issues.push({
        path: leaf.path,
        message: `sub-domain at depth ${leaf.depth}, but ${first.path} is at depth ${first.depth}; all sub-domains must sit at the same depth`,
      });
    }
  }
  system.profiles.forEach((profile, p) =>
    profile.extraRequirements.forEach((extra, e) =>
      extra.requirements.forEach((r, j) =>
        claim(r.id, `profiles[${p}].extraRequirements[${e}].requirements[${j}].id`),
      ),
    ),
  );
  return index;
}

function checkProfiles(system: IndicatorSystem, index: TreeIndex, issues: ValidationIssue[]) {
  const profileIds = new Map<string, number>();
  system.profiles.forEach((profile, p) => {
    const path = `profiles[${p}]`;
    const first = profileIds.get(profile.id);
    if (first !== undefined) {
      issues.push({
        path: `${path}.id`,
        message: `duplicate profile id "${profile.id}" (first at profiles[${first}])`,
      });
    } else profileIds.set(profile.id, p);
    if (profile.base !== undefined && !system.profiles.some((q) => q.id === profile.base)) {
      issues.push({
        path: `${path}.base`,
        message: `base profile "${profile.base}" does not exist`,
      });
    }
    for (const key of Object.keys(profile.weights)) {
      if (!index.nodeIds.has(key)) {
        issues.push({
          path: formatPath([...['profiles', p, 'weights'], key]),
          message: `"${key}" is not a node of the tree`,
        });
      }
    }
    const subdomainRefs: [string, readonly string[]][] = [
      ['notApplicable', profile.notApplicable],
      ['tailorable', profile.tailorable],
      ['extraRequirements', profile.extraRequirements.map((e) => e.subdomainId)],
    ];
    for (const [field, ids] of subdomainRefs) {
      ids.forEach((id, i) => {
        if (index.subdomainIds.has(id)) return;
        const at =
          field === 'extraRequirements'
            ? `${path}.${field}[${i}].subdomainId`
            : `${path}.${field}[${i}]`;
        const what = index.nodeIds.has(id)
          ? 'is not a sub-domain (it has children)'
          : 'is not a node of the tree';
        issues.push({ path: at, message: `"${id}" ${what}` });
      });
    }
  });
  system.profiles.forEach((profile, p) => {
    try {
      const resolved = resolveProfile(system, profile.id);
      const excluded = resolved.notApplicable.filter((id) => index.subdomainIds.has(id));
      if (excluded.length === index.subdomainIds.size) {
        issues.push({
          path: `profiles[${p}].notApplicable`,
          message: `profile "${profile.id}" leaves no sub-domain to assess`,
        });
      }
    } catch (error) {
      if (!(error instanceof IndicatorSystemError)) throw error;
      // A missing base is already reported on the profile that names it.
      if (error.code !== 'unknown-base-profile') {
        issues.push({ path: `profiles[${p}].base`, message: error.message });
      }
    }
  });
}

function checkScoring(system: IndicatorSystem, issues: ValidationIssue[]) {
  const scale = system.scoring.answerScale;
  for (const [key, value] of Object.entries(scale)) {
    if (value < 0 || value > 1) {
      issues.push({
        path: `scoring.answerScale.${key}`,
        message: `answer values lie in [0, 1]; got ${value}`,
      });
    } else if (value > scale.full) {
      issues.push({
        path: `scoring.answerScale.${key}`,
        message: `"${key}" (${value}) exceeds "full" (${scale.full})`,
      });
    }
  }
  const { threshold } = system.scoring;
  if (!(threshold > 0 && threshold <= 1)) {
    issues.push({
      path: 'scoring.threshold',
      message: `threshold lies in (0, 1]; got ${threshold}`,
    });
  }
}

function checkLevels(system: IndicatorSystem, issues: ValidationIssue[]) {
  const seen = new Set<number>();
  system.levels.forEach((definition, i) => {
    if (seen.has(definition.level)) {
      issues.push({
        path: `levels[${i}].level`,
        message: `level ${definition.level} is defined twice`,
      });
    }
    seen.add(definition.level);
  });
}

/** Quick-scan items: exactly one per sub-domain, options at levels 1..5 in that order. */
function checkQuickScan(system: IndicatorSystem, index: TreeIndex, issues: ValidationIssue[]) {
  const items = system.quickScan?.items;
  if (items === undefined) return;
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const path = `quickScan.items[${i}]`;
    if (!index.subdomainIds.has(item.subdomainId)) {
      const what = index.nodeIds.has(item.subdomainId)
        ? 'is not a sub-domain (it has children)'
        : 'is not a node of the tree';
      issues.push({ path: `${path}.subdomainId`, message: `"${item.subdomainId}" ${what}` });
    }
    const first = seen.get(item.subdomainId);
    if (first !== undefined) {
      issues.push({
        path: `${path}.subdomainId`,
        message: `a second quick-scan item for "${item.subdomainId}" (first at quickScan.items[${first}])`,
      });
    } else seen.set(item.subdomainId, i);
    item.options.forEach((option, j) => {
      if (option.level !== j + 1) {
        issues.push({
          path: `${path}.options[${j}].level`,
          message: `options are in level order 1..5: option ${j + 1} must be level ${j + 1}, got ${option.level}`,
        });
      }
    });
  });
  const missing = [...index.subdomainIds].filter((s) => !seen.has(s));
  if (missing.length > 0) {
    issues.push({
      path: 'quickScan.items',
      message: `no quick-scan item for sub-domain ${missing.map((m) => `"${m}"`).join(', ')}; every sub-domain needs exactly one`,
    });
  }
}

/** Parses an indicator-system document and checks what the schema alone cannot. */
export function validateIndicatorSystem(doc: unknown): ValidationResult {
  const parsed = indicatorSystemSchema.safeParse(doc);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const system = parsed.data;
  const issues: ValidationIssue[] = [];
  unknownKeys(indicatorSystemSchema, doc, [], issues);
  checkLevels(system, issues);
  const index = checkTree(system, issues);
  checkScoring(system, issues);
  checkProfiles(system, index, issues);
  checkQuickScan(system, index, issues);
  return issues.length === 0 ? { ok: true, system } : { ok: false, issues };
}

/** JSON Schema (2020-12) of the document as written by hand, i.e. with defaults optional. */
export function indicatorSystemJsonSchema(): Record<string, unknown> {
  // Named definitions instead of zod's generated `__schemaN`, without touching the schemas.
  const names = z.registry<{ id: string }>();
  const named: [z.ZodType, string][] = [
    [localizedTextSchema, 'LocalizedText'],
    [capabilityNodeSchema, 'CapabilityNode'],
    [requirementSchema, 'Requirement'],
    [industryProfileSchema, 'IndustryProfile'],
    [extraRequirementsSchema, 'ExtraRequirements'],
    [levelDefinitionSchema, 'LevelDefinition'],
    [scoringParametersSchema, 'ScoringParameters'],
    [answerScaleSchema, 'AnswerScale'],
    [quickScanSchema, 'QuickScan'],
    [quickScanItemSchema, 'QuickScanItem'],
    [quickScanOptionSchema, 'QuickScanOption'],
  ];
  for (const [schema, id] of named) names.add(schema, { id });
  const generated = z.toJSONSchema(indicatorSystemSchema, {
    io: 'input',
    metadata: names,
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://zhiping.example/schemas/indicator-system.schema.json',
    title: 'zhiping indicator system (zhiping.indicator-system/1)',
    description:
      'Capability tree, requirements, industry profiles and scoring parameters of one indicator-system version. Semantic rules (unique ids, levels per sub-domain, profile references) are checked by validateIndicatorSystem; see docs/indicator-system-format.md.',
    ...rest,
  };
}
