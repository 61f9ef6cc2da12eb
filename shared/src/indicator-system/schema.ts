import { z } from 'zod';

/**
 * The indicator-system exchange document: one self-contained, versioned JSON document
 * holding the capability tree, the requirements, the industry profiles with their weights,
 * and every scoring parameter. See docs/indicator-system-format.md.
 */

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export const LIFECYCLE_TAGS = ['design', 'production', 'logistics', 'sales', 'service'] as const;
export type LifecycleTag = (typeof LIFECYCLE_TAGS)[number];

export const SYSTEM_LEVEL_TAGS = [
  'equipment',
  'unit',
  'workshop',
  'enterprise',
  'collaboration',
] as const;
export type SystemLevelTag = (typeof SYSTEM_LEVEL_TAGS)[number];

export const INTELLIGENCE_TAGS = [
  'resource',
  'interconnection',
  'fusion_sharing',
  'system_integration',
  'new_business',
] as const;
export type IntelligenceTag = (typeof INTELLIGENCE_TAGS)[number];

/** The 14 industries of the 2024 national standard-system guide, part C. */
export const INDUSTRIES = [
  'steel',
  'nonferrous',
  'petrochemical',
  'chemical',
  'building_materials',
  'automotive',
  'power_equipment',
  'shipbuilding',
  'rail_transit',
  'aerospace',
  'light_industry',
  'textile',
  'electronics',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const PRODUCTION_TYPES = ['discrete', 'process'] as const;
export type ProductionType = (typeof PRODUCTION_TYPES)[number];

/** Answer keys. Their numeric values are parameters of the version (scoring.answerScale). */
export const ANSWER_KEYS = ['full', 'most', 'partial', 'none'] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];
/** An answer as stored: a scale key, or 'na' (not applicable). */
export const ANSWER_CHOICES = [...ANSWER_KEYS, 'na'] as const;
export type AnswerChoice = (typeof ANSWER_CHOICES)[number];

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids use letters, digits, ".", "_" and "-"');

export const localizedTextSchema = z.object({
  zh: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A decimal number with at most 6 decimals, so it converts to an exact rational. */
const decimal = z
  .number()
  .finite()
  .refine((n) => {
    // Relative tolerance: n * 1e6 carries float noise that grows with n.
    const micro = n * 1e6;
    return Math.abs(micro - Math.round(micro)) <= Math.max(1e-6, Math.abs(micro) * 1e-12);
  }, 'at most 6 decimals');

export const weightSchema = decimal.refine((n) => n > 0, 'weights are positive');

export const requirementSchema = z.object({
  id,
  level: z.literal(LEVELS),
  text: localizedTextSchema,
  guidance: localizedTextSchema,
  evidenceHints: z.array(localizedTextSchema).max(20).default([]),
  naAllowed: z.boolean().default(false),
  tags: z
    .object({
      lifecycle: z.array(z.enum(LIFECYCLE_TAGS)).default([]),
      systemLevel: z.array(z.enum(SYSTEM_LEVEL_TAGS)).default([]),
      intelligence: z.array(z.enum(INTELLIGENCE_TAGS)).default([]),
    })
    .default({ lifecycle: [], systemLevel: [], intelligence: [] }),
});
export type Requirement = z.infer<typeof requirementSchema>;

/** A node of the capability tree. A node with requirements is a sub-domain (a leaf). */
export interface CapabilityNode {
  id: string;
  name: LocalizedText;
  description?: LocalizedText | undefined;
  /** Default weight among its siblings (relative; renormalized over the siblings present). */
  weight: number;
  children?: CapabilityNode[] | undefined;
  requirements?: Requirement[] | undefined;
}

/** The same node as written in a document, before defaults are applied. */
export interface CapabilityNodeInput {
  id: string;
  name: LocalizedText;
  description?: LocalizedText | undefined;
  weight: number;
  children?: CapabilityNodeInput[] | undefined;
  requirements?: z.input<typeof requirementSchema>[] | undefined;
}

export const capabilityNodeSchema: z.ZodType<CapabilityNode, CapabilityNodeInput> = z.lazy(() =>
  z
    .object({
      id,
      name: localizedTextSchema,
      description: localizedTextSchema.optional(),
      weight: weightSchema,
      children: z.array(capabilityNodeSchema).min(1).optional(),
      requirements: z.array(requirementSchema).optional(),
    })
    .refine((n) => (n.children === undefined) !== (n.requirements === undefined), {
      message: 'a node has either children or requirements (a sub-domain), not both',
    }),
);

export const extraRequirementsSchema = z.object({
  subdomainId: id,
  requirements: z.array(requirementSchema).min(1),
});

export const industryProfileSchema = z.object({
  id,
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Profile this one refines (an industry profile refines 'discrete' or 'process'). */
  base: id.optional(),
  productionType: z.enum(PRODUCTION_TYPES),
  industry: z.enum(INDUSTRIES).optional(),
  /** Weight overrides by node id (relative among siblings, like CapabilityNode.weight). */
  weights: z.record(z.string(), weightSchema).default({}),
  /** Sub-domains that do not apply to this profile at all (absent, like tailored out). */
  notApplicable: z.array(id).default([]),
  /** Sub-domains an enterprise of this profile may tailor out (with a reason). */
  tailorable: z.array(id).default([]),
  /** Requirements added to sub-domains for this profile. */
  extraRequirements: z.array(extraRequirementsSchema).default([]),
});
export type IndustryProfile = z.infer<typeof industryProfileSchema>;

export const answerScaleSchema = z.object({
  full: decimal,
  most: decimal,
  partial: decimal,
  none: decimal,
});

export const scoringParametersSchema = z.object({
  answerScale: answerScaleSchema.default({ full: 1, most: 0.8, partial: 0.5, none: 0 }),
  /** A level is attained when its score reaches this threshold. */
  threshold: decimal.default(0.8),
  /** true: score >= threshold attains; false: score > threshold attains. */
  thresholdInclusive: z.boolean().default(true),
});
export type ScoringParameters = z.infer<typeof scoringParametersSchema>;

export const levelDefinitionSchema = z.object({
  level: z.literal(LEVELS),
  name: localizedTextSchema,
  description: localizedTextSchema,
});

/** One level-anchored option of a quick-scan item: the sub-domain's capability at `level`. */
export const quickScanOptionSchema = z.object({
  level: z.literal(LEVELS),
  text: localizedTextSchema,
});

/**
 * One quick-scan (自诊断快评) question per sub-domain: five options in level order, 1..5.
 * "None of these yet" (level 0) is implicit and never written.
 */
export const quickScanItemSchema = z.object({
  subdomainId: id,
  question: localizedTextSchema,
  options: z.array(quickScanOptionSchema).length(5),
});
export type QuickScanItem = z.infer<typeof quickScanItemSchema>;

export const quickScanSchema = z.object({
  items: z.array(quickScanItemSchema).min(1),
});
export type QuickScan = z.infer<typeof quickScanSchema>;

export const indicatorSystemSchema = z.object({
  format: z.literal('zhiping.indicator-system/1'),
  code: id,
  version: z.string().min(1).max(32),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  levels: z.array(levelDefinitionSchema).length(5),
  /** Top-level nodes: elements (depth 3) or domains (depth 2). */
  tree: z.array(capabilityNodeSchema).min(1),
  profiles: z.array(industryProfileSchema).min(1),
  scoring: scoringParametersSchema.default({
    answerScale: { full: 1, most: 0.8, partial: 0.5, none: 0 },
    threshold: 0.8,
    thresholdInclusive: true,
  }),
  /**
   * A draft for comments (征求意见稿), not an issued standard: assessments against it are offered
   * with that label and a notice everywhere its results show (form, questionnaire, report, PDF).
   */
  draftForComments: z.boolean().default(false),
  /** Free-text notes on provenance (e.g. "default weights; replace with the official table"). */
  notes: localizedTextSchema.optional(),
  /** Quick-scan items: one per sub-domain when present (docs/quick-scan.md). */
  quickScan: quickScanSchema.optional(),
});
export type IndicatorSystem = z.infer<typeof indicatorSystemSchema>;
export type IndicatorSystemInput = z.input<typeof indicatorSystemSchema>;
