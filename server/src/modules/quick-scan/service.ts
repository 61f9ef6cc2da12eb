import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  levelName,
  QUICK_SCAN_TTL_DAYS,
  scoreQuickScan,
  tierForLevel,
  weakestQuickScanSubdomains,
  type AssessmentQuickScan,
  type CreateQuickScanBody,
  type CreatedQuickScan,
  type LocalizedText,
  type QuickScanChoice,
  type QuickScanOptions,
  type QuickScanResult,
  type QuickScanView,
  type SaveQuickScanAnswersBody,
  type TailoringEntry,
} from '@zhiping/shared';
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import {
  indicatorSystems,
  indicatorSystemVersions,
  quickScans,
  reportSnapshots,
} from '../../db/schema.ts';
import { audit } from '../../lib/audit.ts';
import { AppError, NotFoundError, UnauthorizedError, ValidationError } from '../../lib/errors.ts';
import type { AccessClaims, Actor } from '../../lib/actor.ts';
import type { AssessmentRow } from '../assessments/index.ts';
import { loadVersion, scorerFor, type VersionRecord } from '../scoring/index.ts';
import { itemView, scanPlan, type ScanPlan } from './plan.ts';
import { defined, deleteOldest } from '../../lib/invariant.ts';

export type QuickScanRow = typeof quickScans.$inferSelect;

/** 256 random bits, base64url: the only credential of an anonymous scan. */
export const newScanToken = () => randomBytes(32).toString('base64url');
export const hashScanToken = (token: string) =>
  createHash('sha256').update(token, 'utf8').digest('hex');

const DAY_MS = 86_400_000;
/** Expired anonymous scans answer 410 this long, then are deleted (404). */
const PURGE_AFTER_EXPIRY_DAYS = 30;

export class GoneError extends AppError {
  constructor(message: string) {
    super(410, 'quick_scan_expired', message);
  }
}

export const INDICATIVE_LABEL: LocalizedText = { zh: '指示性结果', en: 'Indicative result' };
export const METHOD: LocalizedText = {
  zh:
    '每个子域所选的选项代表：该级及以下的要求全部满足、以上的要求不满足（“以上都还没有”即全部不满足）；' +
    '按所选行业画像的权重、裁剪与不适用，用完整评估的同一计分引擎算出成熟度等级与得分。' +
    '这是自我声明的指示性结果，不是评估结论，也不计入同行对标。',
  en:
    'The option chosen for a sub-domain stands for every requirement at its level and below fully met ' +
    'and every one above not met ("none of these yet": none met); the level and score come from the ' +
    'engine of a full assessment with the profile’s weights, tailoring and N/A. This is a ' +
    'self-declared, indicative result, never a judgment, and it is not counted in peer benchmarks.',
};

function tokenMatches(row: QuickScanRow, token: string | undefined): boolean {
  if (!token || token.length > 200) return false;
  const given = Buffer.from(hashScanToken(token), 'hex');
  const stored = Buffer.from(row.tokenHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * Who asks for a scan: the actor (anonymous, or signed in when a session was presented), the
 * scan token presented (QUICK_SCAN_TOKEN_HEADER), and why a presented session was refused.
 */
export interface ScanCaller {
  actor: Actor;
  token: string | undefined;
  sessionError: Error | undefined;
}

const choicesOf = (row: Pick<QuickScanRow, 'choices'>) =>
  row.choices as Record<string, QuickScanChoice>;
const tailoringOf = (row: Pick<QuickScanRow, 'tailoring'>) => row.tailoring as TailoringEntry[];

/** The sub-domains a scan asks about: its plan minus profile exclusions and tailoring. */
function askedItems(plan: ScanPlan, tailoring: readonly TailoringEntry[]) {
  const tailored = new Set(tailoring.map((t) => t.subdomainId));
  return plan.items.filter((i) => !i.notApplicable && !tailored.has(i.subdomainId));
}

/** Scores a scan's choices with the full engine (docs/quick-scan.md). */
function scoreScan(
  version: VersionRecord,
  row: Pick<QuickScanRow, 'profileId' | 'choices' | 'tailoring'>,
) {
  const plan = scanPlan(version, row.profileId);
  const asked = askedItems(plan, tailoringOf(row));
  const all = choicesOf(row);
  const choices: Record<string, QuickScanChoice> = {};
  for (const i of asked) {
    const choice = all[i.subdomainId];
    if (choice !== undefined) choices[i.subdomainId] = choice;
  }
  const report = scoreQuickScan({
    system: version.document,
    profileId: row.profileId,
    tailoring: tailoringOf(row),
    choices,
    scorer: scorerFor(version, row.profileId),
  });
  return { plan, asked, choices, report };
}

/** The indicative result of a scan's choices (docs/quick-scan.md). */
function computeResult(version: VersionRecord, row: QuickScanRow): QuickScanResult {
  const { asked, choices, report } = scoreScan(version, row);
  const nodes = new Map(report.nodes.map((n) => [n.id, n]));
  const plan = scanPlan(version, row.profileId);
  const tier = tierForLevel(report.maturityLevel);
  return {
    id: row.id,
    indicative: true,
    label: INDICATIVE_LABEL,
    maturityLevel: report.maturityLevel,
    levelName: levelName(version.document, report.maturityLevel),
    score: report.score,
    tier: { key: tier.highest?.key ?? null, label: tier.label },
    subdomains: asked.map((i) => {
      const n = nodes.get(i.subdomainId);
      return {
        id: i.subdomainId,
        name: i.name,
        parentName: i.parentName,
        choice: choices[i.subdomainId] ?? null,
        level: n?.level ?? null,
        score: n?.score ?? null,
      };
    }),
    weakest: weakestQuickScanSubdomains(report).map((n) => {
      const level = n.level ?? 0;
      const item = defined(plan.byId.get(n.id), `scan plan item ${n.id}`);
      const next = item.options.find((o) => o.level === level + 1);
      const sentence: LocalizedText = next
        ? {
            zh: `下一步（${levelName(version.document, level + 1).zh}）：${next.text.zh}`,
            en: `Next (${levelName(version.document, level + 1).en}): ${next.text.en}`,
          }
        : {
            zh: '已选最高一级的描述：保持并巩固。',
            en: 'The highest level described is chosen: keep it up.',
          };
      return { id: n.id, name: n.name, level, sentence };
    }),
    answered: Object.keys(choices).length,
    total: asked.length,
    method: METHOD,
  };
}

/** Results by their inputs; a published version never changes, so entries never go stale. */
const results = new Map<string, QuickScanResult>();

export function createQuickScanService(deps: { db: Db }) {
  const { db } = deps;

  async function publishedWithItems(versionId: string): Promise<VersionRecord> {
    // Only a missing version is the caller's fault; a database outage stays a 503.
    const version = await loadVersion(db, versionId).catch((err: unknown) => {
      if (!(err instanceof NotFoundError)) throw err;
      throw new ValidationError([
        { field: 'body.versionId', message: 'no such indicator-system version' },
      ]);
    });
    if (version.status !== 'published') {
      throw new ValidationError([
        { field: 'body.versionId', message: 'only a published version can be scanned' },
      ]);
    }
    if (!version.document.quickScan?.items.length) {
      throw new ValidationError([
        {
          field: 'body.versionId',
          message: 'this indicator-system version has no quick-scan items',
        },
      ]);
    }
    return version;
  }

  async function view(row: QuickScanRow): Promise<QuickScanView> {
    const version = await loadVersion(db, row.versionId);
    const plan = scanPlan(version, row.profileId);
    const asked = askedItems(plan, tailoringOf(row));
    const all = choicesOf(row);
    const choices: Record<string, QuickScanChoice> = {};
    for (const i of asked) {
      const choice = all[i.subdomainId];
      if (choice !== undefined) choices[i.subdomainId] = choice;
    }
    const profile = defined(
      version.document.profiles.find((p) => p.id === row.profileId),
      `profile ${row.profileId}`,
    );
    return {
      id: row.id,
      version: {
        id: version.id,
        systemCode: version.systemCode,
        version: version.version,
        name: version.document.name,
      },
      profileId: row.profileId,
      profileName: profile.name,
      tailoring: tailoringOf(row),
      items: asked.map(itemView),
      choices,
      answered: Object.keys(choices).length,
      total: asked.length,
      organizationId: row.organizationId,
      claimedAt: row.claimedAt?.toISOString() ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /**
   * The scan the request may use, or an error: an anonymous scan needs its token (404
   * otherwise, never confirming the id) and answers 410 once expired; a claimed scan needs a
   * signed-in user of its enterprise (401 without a session, 404 for anyone else).
   */
  async function accessible(
    caller: ScanCaller,
    id: string,
    tx: Tx = db,
    opts: { forUpdate?: boolean } = {},
  ): Promise<QuickScanRow> {
    const q = tx.select().from(quickScans).where(eq(quickScans.id, id));
    const [row] = opts.forUpdate ? await q.for('update') : await q;
    if (!row) throw new NotFoundError('Quick scan');
    if (row.organizationId) {
      const { actor } = caller;
      if (actor.userId === null) {
        if (caller.sessionError) throw caller.sessionError;
        throw new UnauthorizedError('This quick scan belongs to an enterprise; sign in');
      }
      if (actor.role !== 'respondent' || actor.organizationId !== row.organizationId) {
        throw new NotFoundError('Quick scan');
      }
      return row;
    }
    if (!tokenMatches(row, caller.token)) throw new NotFoundError('Quick scan');
    if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) {
      throw new GoneError(`This quick scan expired after ${QUICK_SCAN_TTL_DAYS} days`);
    }
    return row;
  }

  return {
    view,
    accessible,

    async options(): Promise<QuickScanOptions> {
      const rows = await db
        .select({ id: indicatorSystemVersions.id })
        .from(indicatorSystemVersions)
        .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
        .where(eq(indicatorSystemVersions.status, 'published'))
        .orderBy(indicatorSystems.code, desc(indicatorSystemVersions.publishedAt));
      const versions = await Promise.all(rows.map((r) => loadVersion(db, r.id)));
      return {
        items: versions
          .filter((v) => v.document.quickScan?.items.length)
          .map((v) => ({
            versionId: v.id,
            systemCode: v.systemCode,
            version: v.version,
            name: v.document.name,
            itemCount: v.document.quickScan?.items.length ?? 0,
            profiles: v.document.profiles.map((p) => ({
              id: p.id,
              name: p.name,
              productionType: p.productionType,
              industry: p.industry ?? null,
              tailorable: scanPlan(v, p.id)
                .items.filter((i) => i.tailorable)
                .map((i) => i.subdomainId),
            })),
          })),
      };
    },

    async create(
      body: CreateQuickScanBody & { tailoring: TailoringEntry[] },
    ): Promise<CreatedQuickScan> {
      const version = await publishedWithItems(body.versionId);
      if (!version.document.profiles.some((p) => p.id === body.profileId)) {
        throw new ValidationError([
          {
            field: 'body.profileId',
            message: `no profile ${body.profileId} in this indicator system`,
          },
        ]);
      }
      const issues = scorerFor(version, body.profileId).checkAnswers({
        tailoring: body.tailoring,
        answers: {},
        targetLevel: 5,
      });
      if (issues.length) {
        throw new ValidationError(
          issues.map((i) => ({ field: 'body.tailoring', message: i.message })),
        );
      }
      const token = newScanToken();
      const now = Date.now();
      // Expired anonymous scans answer 410 for a while, then go.
      await db
        .delete(quickScans)
        .where(
          and(
            isNull(quickScans.organizationId),
            lt(quickScans.expiresAt, new Date(now - PURGE_AFTER_EXPIRY_DAYS * DAY_MS)),
          ),
        );
      const [row] = await db
        .insert(quickScans)
        .values({
          tokenHash: hashScanToken(token),
          versionId: version.id,
          profileId: body.profileId,
          tailoring: body.tailoring,
          choices: {},
          expiresAt: new Date(now + QUICK_SCAN_TTL_DAYS * DAY_MS),
        })
        .returning();
      return { ...(await view(defined(row, 'the quick scan just inserted'))), token };
    },

    async get(caller: ScanCaller, id: string) {
      return view(await accessible(caller, id));
    },

    async saveAnswers(caller: ScanCaller, id: string, body: SaveQuickScanAnswersBody) {
      const row = await db.transaction(async (tx) => {
        const row = await accessible(caller, id, tx, { forUpdate: true });
        const version = await loadVersion(tx, row.versionId);
        const asked = new Map(
          askedItems(scanPlan(version, row.profileId), tailoringOf(row)).map((i) => [
            i.subdomainId,
            i,
          ]),
        );
        const errors = body.answers.flatMap((a, i) => {
          const item = asked.get(a.subdomainId);
          if (!item) {
            return [
              {
                field: `body.answers.${i}.subdomainId`,
                message: `no question for sub-domain ${a.subdomainId} in this quick scan`,
              },
            ];
          }
          if (a.choice === 'na' && !item.naAllowed) {
            return [
              {
                field: `body.answers.${i}.choice`,
                message: `sub-domain ${a.subdomainId} cannot be marked not applicable`,
              },
            ];
          }
          return [];
        });
        if (errors.length) throw new ValidationError(errors);
        const choices = { ...choicesOf(row) };
        for (const a of body.answers) {
          if (a.choice === null) delete choices[a.subdomainId];
          else choices[a.subdomainId] = a.choice;
        }
        const [updated] = await tx
          .update(quickScans)
          .set({ choices, updatedAt: new Date() })
          .where(eq(quickScans.id, row.id))
          .returning();
        if (row.organizationId) {
          await audit(tx, caller.actor, {
            action: 'quick_scan.answers_saved',
            entityType: 'quick_scan',
            entityId: row.id,
            organizationId: row.organizationId,
            before: Object.fromEntries(
              body.answers.map((a) => [a.subdomainId, choicesOf(row)[a.subdomainId] ?? null]),
            ),
            after: Object.fromEntries(body.answers.map((a) => [a.subdomainId, a.choice])),
          });
        }
        return defined(updated, 'the quick scan just updated');
      });
      return view(row);
    },

    async result(caller: ScanCaller, id: string): Promise<QuickScanResult> {
      const row = await accessible(caller, id);
      const version = await loadVersion(db, row.versionId);
      // The result depends only on the version, the profile, tailoring and choices.
      const key = `${version.id}@${version.revision}/${row.profileId}/${JSON.stringify(row.tailoring)}/${JSON.stringify(row.choices)}`;
      const known = results.get(key);
      if (known) return { ...known, id: row.id };
      const computed = computeResult(version, row);
      if (results.size >= 1000) deleteOldest(results);
      results.set(key, computed);
      return computed;
    },
    async claim(caller: ScanCaller, user: AccessClaims, id: string) {
      const row = await db.transaction(async (tx) => {
        const [row] = await tx.select().from(quickScans).where(eq(quickScans.id, id)).for('update');
        if (!row) throw new NotFoundError('Quick scan');
        if (row.organizationId) {
          // Claiming twice is harmless for the owner; anyone else learns nothing.
          if (row.organizationId === user.org && tokenMatches(row, caller.token)) return row;
          throw new NotFoundError('Quick scan');
        }
        if (!tokenMatches(row, caller.token)) throw new NotFoundError('Quick scan');
        if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) {
          throw new GoneError(`This quick scan expired after ${QUICK_SCAN_TTL_DAYS} days`);
        }
        const [claimed] = await tx
          .update(quickScans)
          .set({
            organizationId: user.org,
            claimedBy: user.sub,
            claimedAt: new Date(),
            expiresAt: null,
            updatedAt: new Date(),
          })
          .where(eq(quickScans.id, row.id))
          .returning();
        const version = await loadVersion(tx, row.versionId);
        await audit(tx, caller.actor, {
          action: 'quick_scan.claimed',
          entityType: 'quick_scan',
          entityId: row.id,
          organizationId: user.org,
          after: {
            version: `${version.systemCode}@${version.version}`,
            profileId: row.profileId,
            choices: choicesOf(row),
          },
        });
        return defined(claimed, 'the quick scan just claimed');
      });
      return view(row);
    },

    async list(user: AccessClaims) {
      const rows = await db
        .select()
        .from(quickScans)
        .where(eq(quickScans.organizationId, defined(user.org, "the respondent's enterprise")))
        .orderBy(desc(quickScans.createdAt))
        .limit(100);
      const items = await Promise.all(rows.map(view));
      return {
        items: items.map((v) => ({
          id: v.id,
          version: v.version,
          profileId: v.profileId,
          profileName: v.profileName,
          answered: v.answered,
          total: v.total,
          claimedAt: v.claimedAt,
          createdAt: v.createdAt,
        })),
      };
    },

    /** The origin scan beside an assessment: its indication and how well it predicted the report. */
    async besideAssessment(row: AssessmentRow): Promise<AssessmentQuickScan> {
      if (!row.quickScanId) throw new NotFoundError('Quick scan of this assessment');
      const [scan] = await db
        .select()
        .from(quickScans)
        .where(
          and(
            eq(quickScans.id, row.quickScanId),
            eq(quickScans.organizationId, row.organizationId),
          ),
        );
      if (!scan) throw new NotFoundError('Quick scan of this assessment');
      const version = await loadVersion(db, scan.versionId);
      const { asked, choices, report } = scoreScan(version, scan);
      const [latest] = await db
        .select({
          kind: reportSnapshots.kind,
          maturityLevel: reportSnapshots.maturityLevel,
          score: reportSnapshots.score,
          nodes: sql<{ id: string; level: number | null }[]>`(
            select coalesce(jsonb_agg(jsonb_build_object('id', n->'id', 'level', n->'level')), '[]'::jsonb)
            from jsonb_array_elements(${reportSnapshots.report}->'nodes') n
            where n->>'kind' = 'subdomain')`,
        })
        .from(reportSnapshots)
        .where(eq(reportSnapshots.assessmentId, row.id))
        .orderBy(desc(reportSnapshots.createdAt))
        .limit(1);
      const actualLevels = new Map((latest?.nodes ?? []).map((n) => [n.id, n.level]));
      const indicated = new Map(report.nodes.map((n) => [n.id, n.level]));
      const subdomains = asked.map((i) => ({
        id: i.subdomainId,
        name: i.name,
        choice: choices[i.subdomainId] ?? null,
        indicativeLevel: indicated.get(i.subdomainId) ?? null,
        actualLevel: latest ? (actualLevels.get(i.subdomainId) ?? null) : null,
      }));
      const compared = subdomains.flatMap((s) =>
        s.indicativeLevel !== null && s.actualLevel !== null
          ? [{ indicativeLevel: s.indicativeLevel, actualLevel: s.actualLevel }]
          : [],
      );
      return {
        quickScanId: scan.id,
        createdAt: scan.createdAt.toISOString(),
        indicative: { maturityLevel: report.maturityLevel, score: report.score },
        actual: latest
          ? {
              maturityLevel: latest.maturityLevel,
              score: latest.score,
              kind: latest.kind as 'self' | 'assessed',
            }
          : null,
        subdomains,
        weakestFirst: weakestQuickScanSubdomains(report, report.nodes.length).map((n) => n.id),
        agreement: latest
          ? {
              sameLevel: compared.filter((s) => s.indicativeLevel === s.actualLevel).length,
              compared: compared.length,
              meanAbsoluteDifference: compared.length
                ? compared.reduce(
                    (sum, s) => sum + Math.abs(s.indicativeLevel - s.actualLevel),
                    0,
                  ) / compared.length
                : 0,
              scoreDifference: latest.score - report.score,
            }
          : null,
      };
    },
  };
}
export type QuickScanService = ReturnType<typeof createQuickScanService>;
