import type { AnswerChoice, LocalizedText } from '../indicator-system/schema.ts';

/** The answer scale as a respondent reads it (domain.md §3.1). */
export const ANSWER_CHOICE_LABELS: Record<AnswerChoice, LocalizedText> = {
  full: { zh: '全部满足', en: 'Fully met' },
  most: { zh: '大部分满足', en: 'Mostly met' },
  partial: { zh: '部分满足', en: 'Partly met' },
  none: { zh: '不满足', en: 'Not met' },
  na: { zh: '不适用', en: 'Not applicable' },
};
