import {
  effectiveTree,
  type EffectiveNode,
  type LocalizedText,
  type QuickScanItemView,
} from '@zhiping/shared';
import type { VersionRecord } from '../scoring/index.ts';
import { deleteOldest } from '../../lib/invariant.ts';

/** One sub-domain a scan under a profile can ask about. */
export interface PlanItem extends QuickScanItemView {
  parentId: string | null;
  /** Excluded by the profile: never asked. */
  notApplicable: boolean;
  tailorable: boolean;
  /** Requirement ids and levels of the sub-domain under the profile, extras included. */
  requirements: { id: string; level: number }[];
}

export interface ScanPlan {
  /** Every sub-domain that has a quick-scan item, in document order. */
  items: PlanItem[];
  byId: Map<string, PlanItem>;
}

/**
 * The questions of a version under a profile. Published versions never change, so a plan is
 * built once per (version, revision, profile) and kept.
 */
const plans = new Map<string, ScanPlan>();

export function scanPlan(version: VersionRecord, profileId: string): ScanPlan {
  const key = `${version.id}@${version.revision}/${profileId}`;
  const cached = plans.get(key);
  if (cached) return cached;
  const questions = new Map(
    (version.document.quickScan?.items ?? []).map((i) => [i.subdomainId, i]),
  );
  const items: PlanItem[] = [];
  const names = new Map<string, LocalizedText>();
  const walk = (nodes: readonly EffectiveNode[]) => {
    for (const node of nodes) {
      names.set(node.id, node.name);
      if (node.kind !== 'subdomain') {
        walk(node.children);
        continue;
      }
      const q = questions.get(node.id);
      if (!q) continue;
      items.push({
        subdomainId: node.id,
        name: node.name,
        parentId: node.parentId,
        parentName: node.parentId ? (names.get(node.parentId) ?? null) : null,
        question: q.question,
        options: q.options.map((o) => ({ level: o.level, text: o.text })),
        naAllowed: node.requirements.length > 0 && node.requirements.every((r) => r.naAllowed),
        notApplicable: node.notApplicable,
        tailorable: node.tailorable,
        requirements: node.requirements.map((r) => ({ id: r.id, level: r.level })),
      });
    }
  };
  walk(effectiveTree(version.document, profileId));
  const plan = { items, byId: new Map(items.map((i) => [i.subdomainId, i])) };
  if (plans.size >= 256) deleteOldest(plans);
  plans.set(key, plan);
  return plan;
}

/** The item as the API shows it. */
export const itemView = (i: PlanItem): QuickScanItemView => ({
  subdomainId: i.subdomainId,
  name: i.name,
  parentName: i.parentName,
  question: i.question,
  options: i.options,
  naAllowed: i.naAllowed,
});
