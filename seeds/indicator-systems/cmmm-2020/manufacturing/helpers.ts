/**
 * Compact authoring helpers for the manufacturing element of the CMMM 2020 seed.
 *
 * Requirement texts are our own wording, written from the public level meanings of
 * GB/T 39116-2020 and the smart-factory scenarios of the 2024 national standard-system
 * guide; no standard text is reproduced.
 */
import type {
  IntelligenceTag,
  Level,
  LifecycleTag,
  LocalizedText,
  SystemLevelTag,
} from '@zhiping/shared';
import type { NodeInput, RequirementInput } from '../../types.ts';

/** A bilingual string as a [zh, en] pair. */
export type Bi = readonly [zh: string, en: string];

type NonEmpty<T> = readonly [T, ...T[]];

export interface ReqSpec {
  /** `<subdomain>.L<level>.<nn>`; the level is read from the id. */
  id: string;
  /** zh: an “应…” requirement; en: “The enterprise shall …”. */
  text: Bi;
  /** What it means concretely, what a reviewer looks for, how to get there. */
  guidance: Bi;
  /** 1–3 concrete kinds of evidence. */
  evidence: NonEmpty<Bi>;
  /** 生命周期 (at least one). */
  lc: NonEmpty<LifecycleTag>;
  /** 系统层级 (at least one). */
  sl: NonEmpty<SystemLevelTag>;
  /** 智能特征. */
  it?: readonly IntelligenceTag[];
  /** true only where the requirement may genuinely not apply to an enterprise. */
  na?: boolean;
}

const ID = /^([a-z][a-z-]*)\.L([1-5])\.(\d{2})$/;

export const bi = ([zh, en]: Bi): LocalizedText => ({ zh, en });

export function req(spec: ReqSpec): RequirementInput {
  const m = ID.exec(spec.id);
  if (!m) throw new Error(`bad requirement id: ${spec.id}`);
  if (spec.evidence.length < 1 || spec.evidence.length > 3) {
    throw new Error(`${spec.id}: 1–3 evidence hints expected`);
  }
  return {
    id: spec.id,
    level: Number(m[2]) as Level,
    text: bi(spec.text),
    guidance: bi(spec.guidance),
    evidenceHints: spec.evidence.map(bi),
    naAllowed: spec.na ?? false,
    tags: {
      lifecycle: [...spec.lc],
      systemLevel: [...spec.sl],
      intelligence: [...(spec.it ?? [])],
    },
  };
}

/** A sub-domain (leaf) node; checks that every requirement id carries the sub-domain id. */
export function subdomain(
  id: string,
  name: Bi,
  description: Bi,
  specs: readonly ReqSpec[],
): NodeInput {
  for (const s of specs) {
    if (!s.id.startsWith(`${id}.`)) throw new Error(`${s.id} is not in sub-domain ${id}`);
  }
  return {
    id,
    name: bi(name),
    description: bi(description),
    weight: 1,
    requirements: specs.map(req),
  };
}

/** A domain node grouping sub-domains. */
export function domain(id: string, name: Bi, description: Bi, children: NodeInput[]): NodeInput {
  return { id, name: bi(name), description: bi(description), weight: 1, children };
}
