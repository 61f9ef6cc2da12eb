import type {
  AnswerChoice,
  GapHeatmap,
  GapKind,
  LocalizedText,
  NationalBand,
  Recommendations,
  ReportLang,
  ScoringParametersUsed,
} from '@zhiping/shared';

/** A result as the cover and summary show it. */
export interface PdfResult {
  maturityLevel: number;
  levelName: LocalizedText;
  /** Overall score S in [0, 5]. */
  score: number;
}

export interface PdfLevel {
  level: number;
  name: LocalizedText;
  /** Self-assessed level score; null where nothing is asked at the level. */
  self: number | null;
  selfAttained: boolean;
  /** Assessed level score when the assessment was reviewed. */
  assessed: number | null;
  assessedAttained: boolean;
}

export interface PdfSubdomain {
  id: string;
  name: LocalizedText;
  /** Domain or element it sits under (the path without the sub-domain), for tables. */
  path: LocalizedText | null;
  /** 0..5; null when tailored out or not applicable. */
  self: number | null;
  selfLevel: number | null;
  assessed: number | null;
  /** Effective weight per level 1..5 (null where absent), from the basis report. */
  effectiveWeights: (number | null)[];
  tailoredOut: boolean;
  notApplicable: boolean;
}

export interface PdfGap {
  requirementId: string;
  subdomainName: LocalizedText;
  level: number;
  requirement: LocalizedText;
  answer: AnswerChoice | null;
  impact: number;
  kind: GapKind;
}

export interface PdfBenchmark {
  /** Band of the basis maturity level. */
  band: NationalBand;
  national: {
    year: number;
    report: LocalizedText;
    source: 'V' | 'S';
    sampleLabel: LocalizedText;
    percent: Record<NationalBand, number>;
  }[];
  platform: { asOf: string; selfAssessed: number; levelTwoOrAbove: number } | null;
  /** Live peer groups inside zhiping; null when the report carries none. */
  peers: {
    label: LocalizedText;
    available: boolean;
    peers: number;
    /** Share of peers scoring lower, 0..1 (when available). */
    percentile: number | null;
  }[];
  minimumPeers: number | null;
}

/**
 * Everything the roadmap PDF shows, as plain data: the renderer reads nothing else.
 * Texts carry both languages; the renderer picks one.
 */
export interface RoadmapPdfData {
  generatedAt: Date;
  enterprise: {
    name: string;
    industry: LocalizedText;
    size: LocalizedText;
    region: string;
  };
  assessment: {
    id: string;
    title: string;
    status: string;
    submittedAt: Date | null;
  };
  /** `draftForComments`: the version is a draft for comments (征求意见稿), said on the cover and in every footer. */
  system: { code: string; version: string; name: LocalizedText; draftForComments: boolean };
  profileName: LocalizedText;
  targetLevel: number;
  targetLevelName: LocalizedText;
  /** Which result the roadmap speaks of: the assessed one once signed off. */
  basis: 'self' | 'assessed';
  result: PdfResult;
  self: PdfResult;
  assessed: PdfResult | null;
  review: {
    assessorName: string | null;
    judgment: string | null;
    opinion: string | null;
    signedOffAt: Date | null;
  } | null;
  tier: LocalizedText;
  /** Highest smart-factory tier the level qualifies for (e.g. 先进级); null when none. */
  tierName: LocalizedText | null;
  levels: PdfLevel[];
  subdomains: PdfSubdomain[];
  tailoring: { subdomainName: LocalizedText; reason: string }[];
  /** Every gap at levels ≤ target, in gap order. */
  gaps: PdfGap[];
  recommendations: Recommendations;
  benchmark: PdfBenchmark | null;
  /** Gaps by lifecycle × system level (the report's heat map); null when not computed. */
  heatmap: GapHeatmap | null;
  parameters: ScoringParametersUsed;
}

/**
 * 'board' (default): the report a general manager takes to the board — cover, one-page
 * executive summary, charts, the phased timeline, standards per phase and the heat map, at most
 * about 12 pages. 'full': the same, then every table (gaps, items per phase, consolidation,
 * benchmark, method and weights) as an appendix.
 */
export type PdfEdition = 'board' | 'full';
export const PDF_EDITIONS = ['board', 'full'] as const satisfies readonly PdfEdition[];

export interface RenderOptions {
  lang: ReportLang;
  edition?: PdfEdition | undefined;
}
