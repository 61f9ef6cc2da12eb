import { defineMessages } from '../define.ts';

/** Starting an assessment: version, industry profile, target level, tailoring. */
export const assessments = defineMessages({
  zh: {
    'newAssessment.title': '开始新评估',
    'newAssessment.lead':
      '选择指标体系版本和行业模板，设定目标等级；不适用于企业的子域可在说明理由后裁剪。评估开始后版本即锁定，报告可随时复现。',
    'newAssessment.defaultTitle': '{year} 年度自评估',
    'newAssessment.field.title': '评估名称',
    'newAssessment.field.version': '指标体系版本',
    'newAssessment.field.profile': '行业模板',
    'newAssessment.field.profileHint': '已按企业所属行业预选，可按实际情况调整',
    'newAssessment.field.targetLevel': '目标等级',
    'newAssessment.field.targetLevelHint': '（差距分析与改进路线图将以此为目标）',
    'newAssessment.profile.general': '通用',
    'newAssessment.profile.industry': '行业',
    'newAssessment.profile.yours': '本企业行业',
    'newAssessment.tailoring.title': '裁剪子域（可选）',
    'newAssessment.tailoring.lead':
      '以下子域在所选行业模板下允许裁剪。裁剪的子域不参与评分，须说明理由，理由会写入报告。',
    'newAssessment.tailoring.none': '所选行业模板没有可裁剪的子域。',
    'newAssessment.tailoring.count': '{count} 项要求',
    'newAssessment.tailoring.reason': '裁剪理由',
    'newAssessment.tailoring.reasonPlaceholder': '如：企业不提供产品售后服务，相关活动由经销商承担',
    'newAssessment.tailoring.invalid': '裁剪设置无效，请检查所选子域。',
    'newAssessment.submit': '开始评估',
    'newAssessment.noVersions': '目前没有已发布的指标体系，请稍后再试或联系平台管理员。',
  },
  en: {
    'newAssessment.title': 'Start a new assessment',
    'newAssessment.lead':
      'Choose the indicator-system version and the industry profile, and set a target level. Sub-domains that do not apply to your enterprise may be tailored out with a reason. The version is pinned when the assessment starts, so its report can always be reproduced.',
    'newAssessment.defaultTitle': '{year} self-assessment',
    'newAssessment.field.title': 'Assessment name',
    'newAssessment.field.version': 'Indicator-system version',
    'newAssessment.field.profile': 'Industry profile',
    'newAssessment.field.profileHint':
      "Preselected from your enterprise's industry; change it if needed",
    'newAssessment.field.targetLevel': 'Target level',
    'newAssessment.field.targetLevelHint': '(the gap analysis and roadmap aim at it)',
    'newAssessment.profile.general': 'General',
    'newAssessment.profile.industry': 'Industries',
    'newAssessment.profile.yours': 'your industry',
    'newAssessment.tailoring.title': 'Tailoring (optional)',
    'newAssessment.tailoring.lead':
      'These sub-domains may be tailored out under the chosen profile. A tailored-out sub-domain is not scored and needs a reason, which the report shows.',
    'newAssessment.tailoring.none':
      'The chosen profile has no sub-domains that may be tailored out.',
    'newAssessment.tailoring.count': '{count} requirements',
    'newAssessment.tailoring.reason': 'Reason for tailoring out',
    'newAssessment.tailoring.reasonPlaceholder':
      'e.g. we offer no after-sales product service; dealers carry it out',
    'newAssessment.tailoring.invalid': 'The tailoring is not valid; check the chosen sub-domains.',
    'newAssessment.submit': 'Start assessment',
    'newAssessment.noVersions':
      'No indicator system is published yet. Try again later or contact the platform administrator.',
  },
});
