import type { MessageKey } from './zh-CN.ts';

export const en: Record<MessageKey, string> = {
  'app.name': 'zhiping',
  'app.tagline': 'Smart-manufacturing capability maturity assessment',
  'nav.home': 'Home',
  'nav.language': '中文',
  'nav.languageLabel': 'Switch language',
  'home.title': 'Smart-manufacturing capability maturity assessment',
  'home.lead':
    'Self-assess against the GB/T 39116-2020 maturity model with the GB/T 39117-2020 method, and get your level, scores, gap analysis and an improvement roadmap at once.',
  'home.stats.enterprises': 'Enterprises',
  'home.stats.assessments': 'Assessments',
  'home.stats.systems': 'Published indicator systems',
  'home.levels.title': 'Five maturity levels',
  'level.1': 'Level 1 Planning',
  'level.2': 'Level 2 Standardized',
  'level.3': 'Level 3 Integrated',
  'level.4': 'Level 4 Optimized',
  'level.5': 'Level 5 Leading',
  'state.loading': 'Loading…',
  'state.error': 'Could not load. Please try again.',
  'state.retry': 'Retry',
  'notFound.title': 'Page not found',
  'notFound.back': 'Back to home',
};
