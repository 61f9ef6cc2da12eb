import type { LocalizedText } from '../indicator-system/schema.ts';

/**
 * Sub-domains for which the standards research (shared/reference/standards.md) found no
 * national standard at all, with what a report says instead [V/S]. Keyed by sub-domain id; the
 * same ids are used by the 2020 model and our draft-2024 reading.
 */
export const NO_NATIONAL_STANDARD: Readonly<Record<string, LocalizedText>> = {
  skills: {
    zh: '目前尚无覆盖智能制造人员技能的国家标准。《国家智能制造标准体系建设指南（2024版）》将"AF 人员能力"（能力要求、能力评价）列为下一步建设重点；现阶段可参照国家职业分类中的"智能制造工程技术人员"（2-02-07-13）职业制定岗位能力要求和培训计划。',
    en: 'No national standard covers smart-manufacturing skills yet. The 2024 national guide lists "AF Personnel capability" (competence requirements and evaluation) as work to come; until then, the occupation "intelligent manufacturing engineering technician" (2-02-07-13) of the national occupational classification is a basis for role requirements and training plans.',
  },
};

/** What a report says where the catalog has no standard for the sub-domain's gap levels. */
export function noStandardNote(subdomainId: string, levels: readonly number[]): LocalizedText {
  const known = NO_NATIONAL_STANDARD[subdomainId];
  if (known) return known;
  if (levels.length === 0) {
    return {
      zh: '该能力子域没有未满足的要求可对应标准；可参照 GB/T 39116-2020 中该子域的要求巩固提升。',
      en: 'This sub-domain has no unmet requirement to point a standard at; work from its requirements in GB/T 39116-2020.',
    };
  }
  const zhLevels = levels.map((l) => `${l}级`).join('、');
  const enLevels = levels.map((l) => `L${l}`).join(', ');
  return {
    zh: `目录中暂无适用于本企业生产类型、覆盖该能力子域 ${zhLevels} 要求的已确认国家标准；可参照 GB/T 39116-2020 中该子域的要求逐条落实。`,
    en: `The catalog holds no confirmed national standard for this sub-domain's ${enLevels} requirements that fits the enterprise's production type; work from the sub-domain's requirements in GB/T 39116-2020.`,
  };
}
