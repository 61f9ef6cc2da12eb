import type { LocalizedText } from '../indicator-system/schema.ts';
import { missing } from '../invariant.ts';

/** Codes of the 2024 national smart-manufacturing standard-system framework (domain.md §1). */
const FRAMEWORK_LABELS: Readonly<Record<string, LocalizedText>> = {
  A: { zh: '基础共性', en: 'Fundamentals' },
  AA: { zh: '通用', en: 'General' },
  AAA: { zh: '术语定义', en: 'Terms and definitions' },
  AAB: { zh: '参考模型', en: 'Reference models' },
  AAC: { zh: '场景', en: 'Scenarios' },
  AB: { zh: '安全', en: 'Safety and security' },
  ABA: { zh: '功能安全', en: 'Functional safety' },
  ABB: { zh: '网络安全', en: 'Cybersecurity' },
  ABC: { zh: '数据安全', en: 'Data security' },
  AC: { zh: '可靠性', en: 'Reliability' },
  AD: { zh: '检测', en: 'Testing' },
  AE: { zh: '评价', en: 'Evaluation' },
  AEA: { zh: '指标体系', en: 'Indicator systems' },
  AEB: { zh: '评价方法', en: 'Evaluation methods' },
  AEC: { zh: '解决方案', en: 'Solutions' },
  AF: { zh: '人员能力', en: 'Personnel capability' },
  B: { zh: '关键技术', en: 'Key technologies' },
  BA: { zh: '智能装备', en: 'Smart equipment' },
  BB: { zh: '工业软件', en: 'Industrial software' },
  BC: { zh: '智能工厂', en: 'Smart factory' },
  BD: { zh: '智慧供应链', en: 'Smart supply chain' },
  BE: { zh: '智能赋能技术', en: 'Enabling technologies' },
  BF: { zh: '智能制造新模式', en: 'New manufacturing models' },
  BG: { zh: '工业网络', en: 'Industrial networks' },
  C: { zh: '行业应用', en: 'Industry applications' },
};

/** Label of a framework code, falling back to its longest known prefix. */
export function frameworkLabel(code: string): LocalizedText {
  for (let n = code.length; n > 0; n--) {
    const label = FRAMEWORK_LABELS[code.slice(0, n)];
    if (label) return label;
  }
  return { zh: code, en: code };
}

export interface FrameworkStep {
  code: string;
  label: LocalizedText;
}

/**
 * A code explained from its part down: 'AEB' → A 基础共性 › AE 评价 › AEB 评价方法. Unknown
 * trailing letters are left out; an unknown code gives itself alone.
 */
export function frameworkPath(code: string): FrameworkStep[] {
  const steps: FrameworkStep[] = [];
  for (let n = 1; n <= code.length; n++) {
    const label = FRAMEWORK_LABELS[code.slice(0, n)];
    if (label) steps.push({ code: code.slice(0, n), label });
  }
  return steps.length ? steps : [{ code, label: { zh: code, en: code } }];
}

/** The three parts of the guide's framework, for a legend beside the badges. */
export const FRAMEWORK_PARTS: readonly FrameworkStep[] = (['A', 'B', 'C'] as const).map((code) => ({
  code,
  label: FRAMEWORK_LABELS[code] ?? missing(`framework label ${code}`),
}));

/** What a framework badge means, in one sentence (shown under the standards list). */
export const FRAMEWORK_NOTE: LocalizedText = {
  zh: '标签为《国家智能制造标准体系建设指南（2024版）》的体系框架编号：A 基础共性（如 AEB 评价方法、ABB 网络安全）、B 关键技术（如 BC 智能工厂、BG 工业网络）、C 行业应用。',
  en: 'Badges are codes of the framework of the 2024 national smart-manufacturing standard-system guide: A Fundamentals (e.g. AEB Evaluation methods, ABB Cybersecurity), B Key technologies (e.g. BC Smart factory, BG Industrial networks), C Industry applications.',
};
