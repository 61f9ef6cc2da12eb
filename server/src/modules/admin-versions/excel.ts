import {
  INDUSTRIES,
  INTELLIGENCE_TAGS,
  LIFECYCLE_TAGS,
  PRODUCTION_TYPES,
  SYSTEM_LEVEL_TAGS,
  resolveProfile,
  treeDepth,
  validateIndicatorSystem,
  type CapabilityNode,
  type IndicatorSystem,
  type Requirement,
} from '@zhiping/shared';
import type { FieldError } from '../../lib/errors.ts';
import {
  columnName,
  restoreFormulaText,
  type CellValue,
  type ReadSheet,
  type Sheet,
} from '../../lib/spreadsheet/sheet.ts';
import { pathSegments } from './document-issues.ts';

/**
 * An indicator-system version as a workbook an admin edits in Excel: texts, default weights,
 * per-profile effective weights and profile lists are editable; the structure (which nodes,
 * requirements and profiles exist, and where) is not, and changing it is a row error.
 */

const TREE = 'Tree';
const REQUIREMENTS = 'Requirements';
const PROFILES = 'Profiles';
/** Quick-scan items (docs/quick-scan.md): one row per sub-domain, optional as a whole. */
const QUICK_SCAN = 'QuickScan';
const QUICK_SCAN_LEVELS = [1, 2, 3, 4, 5] as const;
const QUICK_SCAN_HEAD = [
  'sub-domain id',
  'question (zh)',
  'question (en)',
  ...QUICK_SCAN_LEVELS.flatMap((l) => [`option ${l} (zh)`, `option ${l} (en)`]),
];

const TREE_HEAD = ['id', 'parent id', 'kind', 'name (zh)', 'name (en)', 'default weight'];
const REQ_HEAD = [
  'id',
  'sub-domain id',
  'level',
  'text (zh)',
  'text (en)',
  'guidance (zh)',
  'guidance (en)',
  'naAllowed',
  'tags',
];
const PROFILE_HEAD = [
  'id',
  'base',
  'productionType',
  'industry',
  'name (zh)',
  'name (en)',
  'notApplicable',
  'tailorable',
];
const WEIGHT_PREFIX = 'weight: ';
const TAG_GROUPS = {
  lifecycle: LIFECYCLE_TAGS,
  systemLevel: SYSTEM_LEVEL_TAGS,
  intelligence: INTELLIGENCE_TAGS,
} as const;
type TagGroup = keyof typeof TAG_GROUPS;

interface NodeEntry {
  node: CapabilityNode;
  parentId: string | null;
  kind: 'element' | 'domain' | 'subdomain';
}

function nodesOf(doc: IndicatorSystem): NodeEntry[] {
  const depth = treeDepth(doc.tree);
  const out: NodeEntry[] = [];
  const walk = (nodes: CapabilityNode[], parentId: string | null, level: number) => {
    for (const node of nodes) {
      const kind = node.requirements
        ? 'subdomain'
        : depth === 3 && level === 1
          ? 'element'
          : 'domain';
      out.push({ node, parentId, kind });
      if (node.children) walk(node.children, node.id, level + 1);
    }
  };
  walk(doc.tree, null, 1);
  return out;
}

const formatTags = (tags: Requirement['tags']) =>
  (Object.keys(TAG_GROUPS) as TagGroup[])
    .flatMap((g) => tags[g].map((t) => `${g}:${t}`))
    .join(', ');

const heading = (cells: string[]) => ({ cells, heading: true });

/** The three sheets of a version. Profile weight columns hold effective (inherited) weights. */
export function versionWorkbook(doc: IndicatorSystem): Sheet[] {
  const entries = nodesOf(doc);
  const effective = doc.profiles.map((p) => resolveProfile(doc, p.id).weights);
  const tree: Sheet = {
    name: TREE,
    widths: [22, 22, 10, 30, 30, 14, ...doc.profiles.map(() => 18)],
    rows: [
      heading([...TREE_HEAD, ...doc.profiles.map((p) => `${WEIGHT_PREFIX}${p.id}`)]),
      ...entries.map(({ node, parentId, kind }) => ({
        cells: [
          node.id,
          parentId,
          kind,
          node.name.zh,
          node.name.en,
          node.weight,
          ...effective.map((w) => w[node.id] ?? null),
        ],
      })),
    ],
  };
  const requirements: Sheet = {
    name: REQUIREMENTS,
    widths: [22, 22, 6, 50, 50, 50, 50, 10, 40],
    rows: [
      heading(REQ_HEAD),
      ...entries.flatMap(({ node }) =>
        (node.requirements ?? []).map((r) => ({
          cells: [
            r.id,
            node.id,
            r.level,
            r.text.zh,
            r.text.en,
            r.guidance.zh,
            r.guidance.en,
            r.naAllowed ? 'TRUE' : 'FALSE',
            formatTags(r.tags),
          ] as CellValue[],
        })),
      ),
    ],
  };
  const profiles: Sheet = {
    name: PROFILES,
    widths: [20, 20, 14, 18, 24, 24, 40, 40],
    rows: [
      heading(PROFILE_HEAD),
      ...doc.profiles.map((p) => ({
        cells: [
          p.id,
          p.base ?? null,
          p.productionType,
          p.industry ?? null,
          p.name.zh,
          p.name.en,
          p.notApplicable.join(', '),
          p.tailorable.join(', '),
        ],
      })),
    ],
  };
  const quickScan: Sheet = {
    name: QUICK_SCAN,
    widths: [22, 40, 40, ...QUICK_SCAN_LEVELS.flatMap(() => [36, 36])],
    rows: [
      heading(QUICK_SCAN_HEAD),
      ...(doc.quickScan?.items ?? []).map((item) => ({
        cells: [
          item.subdomainId,
          item.question.zh,
          item.question.en,
          ...item.options.flatMap((o) => [o.text.zh, o.text.en]),
        ] as CellValue[],
      })),
    ],
  };
  return [tree, requirements, profiles, quickScan];
}

// ---- Import ----

/** One sheet being read: cell access by header label, errors named `Sheet!B7`. */
class SheetReader {
  readonly columns = new Map<string, number>();
  constructor(
    readonly sheet: ReadSheet,
    private readonly errors: FieldError[],
  ) {
    (sheet.rows[0] ?? []).forEach((label, c) => {
      if (typeof label === 'string' && label.trim()) this.columns.set(label.trim(), c);
    });
  }
  ref(row: number, label: string): string {
    const c = this.columns.get(label);
    return `${this.sheet.name}!${c === undefined ? '' : columnName(c)}${row + 1}`;
  }
  error(row: number, label: string, message: string) {
    this.errors.push({ field: this.ref(row, label), message });
  }
  requireColumns(labels: string[]): boolean {
    const missing = labels.filter((l) => !this.columns.has(l));
    for (const l of missing) {
      this.errors.push({ field: `${this.sheet.name}!1`, message: `missing column "${l}"` });
    }
    return missing.length === 0;
  }
  /** Data rows (1-based sheet row − 1), blank rows skipped. */
  dataRows(): number[] {
    const out: number[] = [];
    this.sheet.rows.forEach((cells, r) => {
      if (r > 0 && cells.some((v) => v !== null && String(v).trim() !== '')) out.push(r);
    });
    return out;
  }
  /** A cell; text as exported (the quote the export adds before = + - @ is dropped again). */
  raw(row: number, label: string): CellValue {
    const c = this.columns.get(label);
    const v = c === undefined ? null : (this.sheet.rows[row]?.[c] ?? null);
    return typeof v === 'string' ? restoreFormulaText(v) : v;
  }
  text(row: number, label: string): string {
    const v = this.raw(row, label);
    return v === null ? '' : String(v).trim();
  }
  /** A required text; undefined (and an error) when blank. */
  required(row: number, label: string): string | undefined {
    const v = this.text(row, label);
    if (!v) this.error(row, label, `${label} is required`);
    return v || undefined;
  }
  list(row: number, label: string): string[] {
    return this.text(row, label)
      .split(/[,，;；\s]+/)
      .filter(Boolean);
  }
  /** A positive weight with at most 6 decimals; undefined (and an error) otherwise. */
  weight(row: number, label: string): number | undefined {
    const v = this.raw(row, label);
    const n = typeof v === 'number' ? v : v === null ? NaN : Number(String(v).trim());
    if (!Number.isFinite(n) || n <= 0 || (typeof v === 'string' && !v.trim())) {
      this.error(row, label, 'weight must be a positive number');
      return undefined;
    }
    if (Math.abs(n * 1e6 - Math.round(n * 1e6)) > Math.max(1e-6, Math.abs(n) * 1e-6)) {
      this.error(row, label, 'weight has at most 6 decimals');
      return undefined;
    }
    return n;
  }
}

const BOOLEANS: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
  是: true,
  否: false,
};

function findSheet(sheets: ReadSheet[], name: string, errors: FieldError[]) {
  const sheet = sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
  if (!sheet) errors.push({ field: name, message: `the workbook has no sheet "${name}"` });
  return sheet && new SheetReader(sheet, errors);
}

/** Rows seen per id: a second row for the same id is an error, a missing id too. */
function claimRow(rows: Map<string, number>, id: string, row: number, s: SheetReader): boolean {
  const first = rows.get(id);
  if (first !== undefined) {
    s.error(row, 'id', `"${id}" already appears in row ${first + 1}`);
    return false;
  }
  rows.set(id, row);
  return true;
}

export interface WorkbookImport {
  document: IndicatorSystem;
  errors: FieldError[];
}

/**
 * Applies a workbook to a version's document. Cells that fail are reported and left out, so
 * the document validation that follows reports only what the good cells produce; both lists
 * come back together.
 */
export function applyWorkbook(current: IndicatorSystem, sheets: ReadSheet[]): WorkbookImport {
  const errors: FieldError[] = [];
  const doc = structuredClone(current);
  const entries = nodesOf(doc);
  const nodes = new Map(entries.map((e) => [e.node.id, e]));
  const nodeRows = new Map<string, number>();
  const reqRows = new Map<string, number>();
  const profileRows = new Map<string, number>();

  const tree = findSheet(sheets, TREE, errors);
  /** Weight cells per profile id (undefined: blank, inherit), only for profiles with a column. */
  const cellWeights = new Map<string, Map<string, number | undefined>>();
  if (tree?.requireColumns(TREE_HEAD)) {
    const profileColumns = [...tree.columns.keys()].filter((l) => l.startsWith(WEIGHT_PREFIX));
    for (const label of profileColumns) {
      const pid = label.slice(WEIGHT_PREFIX.length).trim();
      if (doc.profiles.some((p) => p.id === pid)) cellWeights.set(pid, new Map());
      else tree.error(0, label, `no profile "${pid}" in this version`);
    }
    for (const r of tree.dataRows()) {
      const id = tree.text(r, 'id');
      const entry = nodes.get(id);
      if (!entry) {
        tree.error(
          r,
          'id',
          id
            ? `unknown node "${id}": adding nodes is not supported in Excel (use the JSON editor)`
            : 'id is required',
        );
        continue;
      }
      if (!claimRow(nodeRows, id, r, tree)) continue;
      if (tree.text(r, 'parent id') !== (entry.parentId ?? '')) {
        tree.error(r, 'parent id', 'moving nodes is not supported in Excel');
      }
      const zh = tree.required(r, 'name (zh)');
      const en = tree.required(r, 'name (en)');
      entry.node.name = { zh: zh ?? entry.node.name.zh, en: en ?? entry.node.name.en };
      entry.node.weight = tree.weight(r, 'default weight') ?? entry.node.weight;
      for (const label of profileColumns) {
        const cells = cellWeights.get(label.slice(WEIGHT_PREFIX.length).trim());
        if (!cells) continue;
        const blank = tree.text(r, label) === '';
        const w = blank ? undefined : tree.weight(r, label);
        if (blank || w !== undefined) cells.set(id, w);
      }
    }
    for (const { node } of entries) {
      if (!nodeRows.has(node.id)) {
        errors.push({
          field: TREE,
          message: `node "${node.id}" has no row: removing nodes is not supported in Excel`,
        });
      }
    }
  }

  const reqSheet = findSheet(sheets, REQUIREMENTS, errors);
  if (reqSheet?.requireColumns(REQ_HEAD)) {
    const reqs = new Map(
      entries.flatMap(({ node }) => (node.requirements ?? []).map((r) => [r.id, { r, node }])),
    );
    for (const row of reqSheet.dataRows()) {
      const id = reqSheet.text(row, 'id');
      const found = reqs.get(id);
      if (!found) {
        reqSheet.error(
          row,
          'id',
          id
            ? `unknown requirement "${id}": adding requirements is not supported in Excel`
            : 'id is required',
        );
        continue;
      }
      if (!claimRow(reqRows, id, row, reqSheet)) continue;
      const { r, node } = found;
      if (reqSheet.text(row, 'sub-domain id') !== node.id) {
        reqSheet.error(row, 'sub-domain id', 'moving requirements is not supported in Excel');
      }
      const level = Number(reqSheet.text(row, 'level'));
      if ([1, 2, 3, 4, 5].includes(level)) r.level = level as Requirement['level'];
      else reqSheet.error(row, 'level', 'level must be 1 to 5');
      r.text = {
        zh: reqSheet.required(row, 'text (zh)') ?? r.text.zh,
        en: reqSheet.required(row, 'text (en)') ?? r.text.en,
      };
      r.guidance = {
        zh: reqSheet.required(row, 'guidance (zh)') ?? r.guidance.zh,
        en: reqSheet.required(row, 'guidance (en)') ?? r.guidance.en,
      };
      const na = BOOLEANS[reqSheet.text(row, 'naAllowed').toLowerCase()];
      if (na === undefined) reqSheet.error(row, 'naAllowed', 'naAllowed must be TRUE or FALSE');
      else r.naAllowed = na;
      const tags: Requirement['tags'] = { lifecycle: [], systemLevel: [], intelligence: [] };
      let tagsOk = true;
      for (const token of reqSheet.list(row, 'tags')) {
        const [group, value] = token.split(':') as [string, string | undefined];
        const allowed = (TAG_GROUPS as Record<string, readonly string[]>)[group];
        if (!allowed || !value || !allowed.includes(value)) {
          reqSheet.error(
            row,
            'tags',
            `unknown tag "${token}" (write group:value, e.g. lifecycle:design)`,
          );
          tagsOk = false;
        } else (tags[group as TagGroup] as string[]).push(value);
      }
      if (tagsOk) r.tags = tags;
    }
    for (const id of reqs.keys()) {
      if (!reqRows.has(id)) {
        errors.push({
          field: REQUIREMENTS,
          message: `requirement "${id}" has no row: removing requirements is not supported in Excel`,
        });
      }
    }
  }

  const profSheet = findSheet(sheets, PROFILES, errors);
  if (profSheet?.requireColumns(PROFILE_HEAD)) {
    for (const row of profSheet.dataRows()) {
      const id = profSheet.text(row, 'id');
      const p = doc.profiles.find((x) => x.id === id);
      if (!p) {
        profSheet.error(
          row,
          'id',
          id
            ? `unknown profile "${id}": adding profiles is not supported in Excel`
            : 'id is required',
        );
        continue;
      }
      if (!claimRow(profileRows, id, row, profSheet)) continue;
      p.base = profSheet.text(row, 'base') || undefined;
      const type = profSheet.text(row, 'productionType');
      if ((PRODUCTION_TYPES as readonly string[]).includes(type)) {
        p.productionType = type as (typeof PRODUCTION_TYPES)[number];
      } else
        profSheet.error(
          row,
          'productionType',
          `productionType is one of ${PRODUCTION_TYPES.join(', ')}`,
        );
      const industry = profSheet.text(row, 'industry');
      if (!industry) p.industry = undefined;
      else if ((INDUSTRIES as readonly string[]).includes(industry)) {
        p.industry = industry as (typeof INDUSTRIES)[number];
      } else profSheet.error(row, 'industry', `unknown industry "${industry}"`);
      p.name = {
        zh: profSheet.required(row, 'name (zh)') ?? p.name.zh,
        en: profSheet.required(row, 'name (en)') ?? p.name.en,
      };
      p.notApplicable = profSheet.list(row, 'notApplicable');
      p.tailorable = profSheet.list(row, 'tailorable');
    }
    for (const p of doc.profiles) {
      if (!profileRows.has(p.id)) {
        errors.push({
          field: PROFILES,
          message: `profile "${p.id}" has no row: removing profiles is not supported in Excel`,
        });
      }
    }
  }

  // Quick-scan items: a workbook without the sheet (exported before it existed) keeps them;
  // with the sheet, its rows are the items (an empty sheet removes them all).
  const quickRows = new Map<string, number>();
  const quickSheet = sheets.find((x) => x.name.trim().toLowerCase() === QUICK_SCAN.toLowerCase());
  const quick = quickSheet && new SheetReader(quickSheet, errors);
  if (quick?.requireColumns(QUICK_SCAN_HEAD)) {
    const items: NonNullable<IndicatorSystem['quickScan']>['items'] = [];
    for (const row of quick.dataRows()) {
      const id = quick.text(row, 'sub-domain id');
      const entry = nodes.get(id);
      if (!entry || entry.kind !== 'subdomain') {
        quick.error(
          row,
          'sub-domain id',
          id ? `"${id}" is not a sub-domain of this version` : 'sub-domain id is required',
        );
        continue;
      }
      const first = quickRows.get(id);
      if (first !== undefined) {
        quick.error(row, 'sub-domain id', `"${id}" already has an item in row ${first + 1}`);
        continue;
      }
      quickRows.set(id, items.length);
      const text = (label: string) => quick.required(row, label) ?? '';
      items.push({
        subdomainId: id,
        question: { zh: text('question (zh)'), en: text('question (en)') },
        options: QUICK_SCAN_LEVELS.map((level) => ({
          level,
          text: { zh: text(`option ${level} (zh)`), en: text(`option ${level} (en)`) },
        })),
      });
    }
    doc.quickScan = items.length ? { items } : undefined;
  }
  /** Sheet row of each quick-scan item, by its index in the document. */
  const quickItemRows = new Map<number, number>();
  if (quick) {
    const rowsById = new Map<string, number>();
    for (const r of quick.dataRows()) rowsById.set(quick.text(r, 'sub-domain id'), r);
    doc.quickScan?.items.forEach((item, i) => {
      const r = rowsById.get(item.subdomainId);
      if (r !== undefined) quickItemRows.set(i, r);
    });
  }

  applyProfileWeights(current, doc, cellWeights);

  const result = validateIndicatorSystem(doc);
  if (!result.ok) {
    const locate = locator(doc, {
      tree,
      reqSheet,
      profSheet,
      nodeRows,
      reqRows,
      profileRows,
      quick,
      quickItemRows,
    });
    for (const issue of result.issues) {
      const field = locate(issue.path);
      if (!errors.some((e) => e.field === field && e.message === issue.message)) {
        errors.push({ field, message: issue.message });
      }
    }
  }
  return { document: result.ok ? result.system : doc, errors };
}

/**
 * Profile weight cells show effective weights. A cell left as exported keeps what the profile
 * had (its override, or inheritance, which then follows an edited default or base); an edited
 * cell becomes an override unless it equals what the profile now inherits; a blank cell inherits.
 */
function applyProfileWeights(
  before: IndicatorSystem,
  doc: IndicatorSystem,
  cells: Map<string, Map<string, number | undefined>>,
) {
  const byId = new Map(doc.profiles.map((p) => [p.id, p]));
  const defaults = new Map(nodesOf(doc).map(({ node }) => [node.id, node.weight]));
  const effective = new Map<string, Map<string, number>>();
  const resolve = (pid: string, seen: ReadonlySet<string>): Map<string, number> => {
    const done = effective.get(pid);
    if (done) return done;
    const p = byId.get(pid);
    if (!p) return defaults;
    // A base cycle is the validator's to report; here it just stops the recursion.
    const inherited =
      p.base && byId.has(p.base) && !seen.has(p.base)
        ? resolve(p.base, new Set([...seen, pid]))
        : defaults;
    const sheet = cells.get(pid);
    const exported = before.profiles.some((x) => x.id === pid)
      ? resolveProfile(before, pid).weights
      : {};
    const own = new Map<string, number>();
    for (const [nodeId, fallback] of inherited) {
      if (sheet?.has(nodeId)) {
        const cell = sheet.get(nodeId);
        if (cell === undefined) delete p.weights[nodeId];
        else if (cell !== exported[nodeId]) {
          if (cell === fallback) delete p.weights[nodeId];
          else p.weights[nodeId] = cell;
        }
      }
      own.set(nodeId, p.weights[nodeId] ?? fallback);
    }
    effective.set(pid, own);
    return own;
  };
  for (const p of doc.profiles) resolve(p.id, new Set());
}

interface Located {
  tree: SheetReader | undefined;
  reqSheet: SheetReader | undefined;
  profSheet: SheetReader | undefined;
  nodeRows: Map<string, number>;
  reqRows: Map<string, number>;
  profileRows: Map<string, number>;
  quick: SheetReader | undefined;
  quickItemRows: Map<number, number>;
}

const TREE_FIELDS: Record<string, string> = {
  id: 'id',
  weight: 'default weight',
  'name.zh': 'name (zh)',
  'name.en': 'name (en)',
};
const REQ_FIELDS: Record<string, string> = {
  id: 'id',
  level: 'level',
  'text.zh': 'text (zh)',
  'text.en': 'text (en)',
  'guidance.zh': 'guidance (zh)',
  'guidance.en': 'guidance (en)',
  naAllowed: 'naAllowed',
  tags: 'tags',
};
const PROFILE_FIELDS: Record<string, string> = {
  id: 'id',
  base: 'base',
  productionType: 'productionType',
  industry: 'industry',
  'name.zh': 'name (zh)',
  'name.en': 'name (en)',
  notApplicable: 'notApplicable',
  tailorable: 'tailorable',
};

/** Maps a document path of a validation issue to the cell that holds it (`Tree!F7`). */
function locator(doc: IndicatorSystem, at: Located) {
  const cell = (
    s: SheetReader | undefined,
    row: number | undefined,
    fields: Record<string, string>,
    rest: string[],
    fallback: string,
  ) => {
    if (!s || row === undefined) return fallback;
    const second = rest[1];
    const key =
      second !== undefined && !/^\d+$/.test(second) ? rest.slice(0, 2).join('.') : rest[0];
    const label = fields[key ?? ''] ?? fields[rest[0] ?? ''] ?? 'id';
    return s.ref(row, label);
  };
  return (path: string): string => {
    const seg = pathSegments(path);
    if (seg[0] === 'tree') {
      let nodes: CapabilityNode[] | undefined = doc.tree;
      let node: CapabilityNode | undefined;
      let i = 1;
      for (
        let index = seg[i];
        nodes && index !== undefined && /^\d+$/.test(index);
        index = seg[i]
      ) {
        node = nodes[Number(index)];
        i++;
        if (seg[i] === 'children') {
          nodes = node?.children;
          i++;
        } else break;
      }
      if (seg[i] === 'requirements' && seg[i + 1] !== undefined && node) {
        const r = node.requirements?.[Number(seg[i + 1])];
        return cell(
          at.reqSheet,
          r && at.reqRows.get(r.id),
          REQ_FIELDS,
          seg.slice(i + 2),
          REQUIREMENTS,
        );
      }
      return cell(at.tree, node && at.nodeRows.get(node.id), TREE_FIELDS, seg.slice(i), TREE);
    }
    if (seg[0] === 'profiles' && seg[1] !== undefined) {
      const p = doc.profiles[Number(seg[1])];
      if (p && seg[2] === 'weights' && seg[3] !== undefined && at.tree) {
        const row = at.nodeRows.get(seg[3]);
        if (row !== undefined) return at.tree.ref(row, `${WEIGHT_PREFIX}${p.id}`);
      }
      return cell(
        at.profSheet,
        p && at.profileRows.get(p.id),
        PROFILE_FIELDS,
        seg.slice(2),
        PROFILES,
      );
    }
    if (seg[0] === 'quickScan' && seg[1] === 'items') {
      const row = seg[2] === undefined ? undefined : at.quickItemRows.get(Number(seg[2]));
      if (!at.quick || row === undefined) return at.quick ? QUICK_SCAN : 'document.quickScan';
      const label =
        seg[3] === 'question' && (seg[4] === 'zh' || seg[4] === 'en')
          ? `question (${seg[4]})`
          : seg[3] === 'options' && seg[4] !== undefined && /^(zh|en)$/.test(seg[6] ?? '')
            ? `option ${Number(seg[4]) + 1} (${seg[6]})`
            : 'sub-domain id';
      return at.quick.ref(row, label);
    }
    return ['document', ...seg].join('.');
  };
}
