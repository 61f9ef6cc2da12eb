/**
 * Compact authoring helpers for draft-2024 requirements. A sub-domain's requirements are
 * written as a list of `req(...)` specs; `numberRequirements` gives them their ids
 * (`d24.<subdomain>.L<level>.<nn>`, numbered per level in the order written).
 */
import type {
  IntelligenceTag,
  Level,
  LifecycleTag,
  LocalizedText,
  SystemLevelTag,
} from '@zhiping/shared';
import type { RequirementInput } from '../types.ts';

/** [zh, en] */
export type Pair = readonly [string, string];

export interface RequirementSpec {
  level: Level;
  text: LocalizedText;
  guidance: LocalizedText;
  evidenceHints: LocalizedText[];
  tags: {
    lifecycle: LifecycleTag[];
    systemLevel: SystemLevelTag[];
    intelligence: IntelligenceTag[];
  };
  naAllowed?: boolean;
}

export const lt = ([zh, en]: Pair): LocalizedText => ({ zh, en });

export function tags(
  lifecycle: LifecycleTag[],
  systemLevel: SystemLevelTag[],
  intelligence: IntelligenceTag[],
): RequirementSpec['tags'] {
  return { lifecycle, systemLevel, intelligence };
}

export function req(
  level: Level,
  text: Pair,
  guidance: Pair,
  evidence: Pair[],
  tagSet: RequirementSpec['tags'],
): RequirementSpec {
  return {
    level,
    text: lt(text),
    guidance: lt(guidance),
    evidenceHints: evidence.map(lt),
    tags: tagSet,
  };
}

export const requirementId = (subdomainId: string, level: number, index: number): string =>
  `d24.${subdomainId}.L${level}.${String(index).padStart(2, '0')}`;

/** Sorts by level (stable) and assigns ids numbered per level. */
export function numberRequirements(
  subdomainId: string,
  specs: readonly RequirementSpec[],
): RequirementInput[] {
  const perLevel = new Map<number, number>();
  return [...specs]
    .sort((a, b) => a.level - b.level)
    .map((spec) => {
      const index = (perLevel.get(spec.level) ?? 0) + 1;
      perLevel.set(spec.level, index);
      const requirement: RequirementInput = {
        id: requirementId(subdomainId, spec.level, index),
        level: spec.level,
        text: spec.text,
        guidance: spec.guidance,
        evidenceHints: spec.evidenceHints,
        tags: spec.tags,
      };
      if (spec.naAllowed !== undefined) requirement.naAllowed = spec.naAllowed;
      return requirement;
    });
}
