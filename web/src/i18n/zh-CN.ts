/** Chinese (default) strings. Keys are the contract: en.ts must provide every one. */
export const zhCN = {
  'app.name': '智评',
  'app.tagline': '智能制造能力成熟度评估平台',
  'nav.home': '首页',
  'nav.language': 'English',
  'nav.languageLabel': '切换语言',
  'home.title': '智能制造能力成熟度评估',
  'home.lead':
    '依据 GB/T 39116-2020 智能制造能力成熟度模型与 GB/T 39117-2020 评估方法，在线完成自评估，即时获得等级、得分、差距分析与改进路线图。',
  'home.stats.enterprises': '注册企业',
  'home.stats.assessments': '评估项目',
  'home.stats.systems': '已发布指标体系',
  'home.levels.title': '五个成熟度等级',
  'level.1': '一级 规划级',
  'level.2': '二级 规范级',
  'level.3': '三级 集成级',
  'level.4': '四级 优化级',
  'level.5': '五级 引领级',
  'state.loading': '加载中…',
  'state.error': '加载失败，请稍后重试。',
  'state.retry': '重试',
  'notFound.title': '页面不存在',
  'notFound.back': '返回首页',
} as const;

export type MessageKey = keyof typeof zhCN;
