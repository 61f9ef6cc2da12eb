import {
  LIFECYCLE_TAGS,
  SYSTEM_LEVEL_TAGS,
  type LifecycleTag,
  type SystemLevelTag,
} from '../indicator-system/schema.ts';
import { missing } from '../invariant.ts';
import type { Gap } from '../scoring/types.ts';

/** The bucket of a requirement that carries no tag on an axis. */
export const UNTAGGED = 'untagged' as const;

export const HEATMAP_LIFECYCLE = [...LIFECYCLE_TAGS, UNTAGGED] as const;
export const HEATMAP_SYSTEM_LEVEL = [...SYSTEM_LEVEL_TAGS, UNTAGGED] as const;
export type HeatmapLifecycle = (typeof HEATMAP_LIFECYCLE)[number];
export type HeatmapSystemLevel = (typeof HEATMAP_SYSTEM_LEVEL)[number];

export interface RequirementTags {
  lifecycle: readonly LifecycleTag[];
  systemLevel: readonly SystemLevelTag[];
}

export interface HeatmapCell {
  lifecycle: HeatmapLifecycle;
  systemLevel: HeatmapSystemLevel;
  /** Gaps whose requirement is tagged with both (a gap with several tags counts in each cell). */
  gaps: number;
  /** This cell's share of the gap count: a gap spreads 1 evenly over its cells. */
  share: number;
  /** This cell's share of the summed impact, spread the same way. */
  impact: number;
}

export interface GapHeatmap {
  lifecycle: HeatmapLifecycle[];
  systemLevel: HeatmapSystemLevel[];
  /** Every (lifecycle, systemLevel) pair, lifecycle-major, zeros included. */
  cells: HeatmapCell[];
  /** Σ share over the cells equals `gaps`; Σ impact equals `impact`. */
  totals: { gaps: number; impact: number };
}

/**
 * Gaps over the national standard system's lifecycle × system-level dimensions (domain.md §1).
 * A gap tagged with several values touches several cells; its count and impact are split
 * evenly among them, so the heat map sums to the gap list and no gap weighs twice.
 */
export function gapHeatmap(
  gaps: readonly Gap[],
  tagsOf: (requirementId: string) => RequirementTags | undefined,
): GapHeatmap {
  const index = (l: HeatmapLifecycle, s: HeatmapSystemLevel) =>
    HEATMAP_LIFECYCLE.indexOf(l) * HEATMAP_SYSTEM_LEVEL.length + HEATMAP_SYSTEM_LEVEL.indexOf(s);
  const cells: HeatmapCell[] = HEATMAP_LIFECYCLE.flatMap((lifecycle) =>
    HEATMAP_SYSTEM_LEVEL.map((systemLevel) => ({
      lifecycle,
      systemLevel,
      gaps: 0,
      share: 0,
      impact: 0,
    })),
  );
  let impact = 0;
  for (const gap of gaps) {
    const tags = tagsOf(gap.requirementId);
    const lifecycle: HeatmapLifecycle[] = tags?.lifecycle.length
      ? [...new Set(tags.lifecycle)]
      : [UNTAGGED];
    const systemLevel: HeatmapSystemLevel[] = tags?.systemLevel.length
      ? [...new Set(tags.systemLevel)]
      : [UNTAGGED];
    const parts = lifecycle.length * systemLevel.length;
    for (const l of lifecycle) {
      for (const s of systemLevel) {
        const cell = cells[index(l, s)] ?? missing();
        cell.gaps += 1;
        cell.share += 1 / parts;
        cell.impact += gap.impact / parts;
      }
    }
    impact += gap.impact;
  }
  return {
    lifecycle: [...HEATMAP_LIFECYCLE],
    systemLevel: [...HEATMAP_SYSTEM_LEVEL],
    cells,
    totals: { gaps: gaps.length, impact },
  };
}
