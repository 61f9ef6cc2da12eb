/**
 * Input types for authoring indicator-system seed documents.
 *
 * These are the `z.input` types of the schemas in @zhiping/shared (fields with defaults may
 * be omitted). `zod` is not a dependency of the seeds package, so the input type is read
 * from the schema's `_zod.input` member, which is exactly what `z.input<T>` does.
 */
import type {
  extraRequirementsSchema,
  industryProfileSchema,
  IndicatorSystemInput,
  levelDefinitionSchema,
  LocalizedText,
  quickScanSchema,
  requirementSchema,
  scoringParametersSchema,
} from '@zhiping/shared';

type InputOf<T> = T extends { _zod: { input: infer I } } ? I : never;

export type { IndicatorSystemInput, LocalizedText };

/** A requirement as authored (evidenceHints, naAllowed, tags may be omitted). */
export type RequirementInput = InputOf<typeof requirementSchema>;

/**
 * A capability node as authored: an element or domain (with children) or a sub-domain
 * (with requirements). Mirrors CapabilityNode with requirement input types.
 */
export interface NodeInput {
  id: string;
  name: LocalizedText;
  description?: LocalizedText | undefined;
  /** Default weight among its siblings (relative). */
  weight: number;
  children?: NodeInput[] | undefined;
  requirements?: RequirementInput[] | undefined;
}

export type ExtraRequirementsInput = InputOf<typeof extraRequirementsSchema>;
export type ProfileInput = InputOf<typeof industryProfileSchema>;
export type LevelDefinitionInput = InputOf<typeof levelDefinitionSchema>;
export type ScoringParametersInput = InputOf<typeof scoringParametersSchema>;
export type QuickScanInput = InputOf<typeof quickScanSchema>;
