/** Texts of the board edition (cover, executive summary, timeline, standards, heat map). */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const zh = {
  reportTitle: '智能制造能力成熟度评估报告',
  reportSubtitle: '与改进提升路线图',
  headerTitle: '智能制造能力成熟度评估报告',
  assessmentNo: '评估编号',
  model: '评估模型',
  version: '版本',
  productionType: '生产类型',
  productionTypes: { discrete: '离散型制造', process: '流程型制造' } as Record<string, string>,
  profile: '行业模板',
  mode: '评估方式',
  modeSelf: '企业自评估',
  modeAssessed: (assessor: string | null) => `评估师评定${assessor ? `（${assessor}）` : ''}`,
  modeInReview: '企业自评估（评估师评审中）',
  reportDate: '报告日期',
  draftLabel: '征求意见稿',
  draftNotice:
    '本次评估依据的指标体系版本是标准的征求意见稿，不是正式发布的标准：结果可用于自我诊断和提前准备，不能作为正式评估结论引用。',
  submittedAt: '提交日期',
  signedOffAt: '判定日期',
  edition: (full: boolean): string => (full ? '完整版（含全部明细表）' : '董事会版'),
  editionLabel: '版本说明',

  summary: '一、执行摘要',
  kpiLevel: '成熟度等级',
  kpiScore: '总分（0–5）',
  kpiTier: '智能工厂梯度',
  kpiTarget: '目标等级',
  tierNone: '尚未达到',
  lead: (basis: string, level: string, score: string) => `${basis}结果为${level}，总分 ${score}。`,
  leadNext: (next: string, s: string, gap: string) => `${next}得分 ${s}，距达标线还差 ${gap}。`,
  leadNextAbsent: (next: string) => `${next}在本次评估中无适用要求。`,
  leadPlan: (phases: number, quarters: number, until: string, target: string) =>
    `按路线图分 ${phases} 个阶段、约 ${quarters} 个季度推进，预计 ${until} 达到${target}。`,
  leadReached: (target: string) => `已达到目标等级（${target}）；以下为巩固与持续提升重点。`,
  basisSelf: '企业自评估',
  basisAssessed: '评估师评定',
  strengths: '三项优势',
  strength: (name: string, score: string, level: string) => `${name}：${score} 分（${level}）`,
  noStrengths: '暂无已达一级的能力子域。',
  priorities: '五项优先事项',
  prioritiesIntro: (level: string) =>
    `下一个待达等级（${level}）中影响度最高的要求；"提升"为该项单独完全满足时该等级得分与总分的提升。`,
  colPriority: '要求',
  colGain: '提升',
  colOwner: '牵头',
  colEffort: '工作量',
  gain: (v: string, level: string) => `${level}得分 +${v}\n总分 +${v}`,
  noPriorities: '目标等级及以下没有待提升的要求。',
  position: '对标位置',
  national: (year: number, band: string, same: number, above: number) =>
    `全国（${year} 年报告）：本企业所在的"${band}"区间占 ${same}%，高于该区间的企业占 ${above}%。`,
  peers: (label: string, n: number, lower: string) =>
    `平台内${label}：同组 ${n} 家企业中得分低于本企业的占 ${lower}。`,
  peersTooFew: (label: string, n: number, min: number) =>
    `平台内${label}：同组仅 ${n} 家企业（少于 ${min} 家），为保护匿名性不显示。`,
  peersNone: '报告数据中没有平台内同行数据，仅显示全国分布。',
  opinion: '评估意见',
  quickWinTitle: '速赢的定义',

  charts: '二、等级得分与能力子域',
  levelChart: '各等级得分',
  levelChartNote: (t: string) =>
    `柱高为该等级得分（0–1），红色虚线为达标线 ${t}；绿色顶边表示该等级达标。`,
  radarChart: '能力子域得分（0–5）',
  radarNote: (t: string) =>
    `与总分同一刻度；红色虚线为达到目标等级的最低分 ${t}。裁剪和不适用的子域不画出。`,
  legendSelf: '自评估',
  legendAssessed: '评估师评定',
  legendTarget: '目标等级',
  radarLegend: '编号对照',

  roadmap: '三、提升路线图',
  roadmapIntro: (start: string) =>
    `每个阶段对应目标前的一个等级，自 ${start} 起依次推进；每阶段时长按其工作量估算（小 1、中 2、大 4 点，每季度约 16 点，1–4 个季度）。`,
  timeline: '时间安排',
  phaseHeading: (i: number, level: string) => `阶段 ${i}：达到${level}`,
  phaseSpan: (from: string, to: string) => (from === to ? from : `${from} – ${to}`),
  factWhen: '时间',
  factEffort: '工作量',
  factOwners: '牵头部门',
  factExpected: '完成后预计',
  effortLine: (items: number, s: number, m: number, l: number) =>
    `${items} 项要求（小 ${s}、中 ${m}、大 ${l}）`,
  expected: (level: string, score: string) => `${level}，总分约 ${score}`,
  threshold: (n: number) => `完成排在前面的 ${n} 项即可使该等级达标。`,
  thresholdAll: '需完成全部项目后复评。',
  attainedNow: '该等级已达标，以下为尚未完全满足的要求。',
  absentPhase: '该等级在本次评估中无适用要求，随下一级一并达成。',
  keyItems: '重点工作',
  moreItems: (n: number, full: boolean) =>
    full ? `其余 ${n} 项见附录 B。` : `其余 ${n} 项见完整版报告附录 B。`,
  colNo: '序',
  colItem: '要求',
  quickWin: '速赢',
  consolidation: (n: number) =>
    `另有 ${n} 项巩固项：已达等级中尚未完全满足的要求，维持等级需要持续巩固。`,
  quarter: (y: number, q: number) => `${y}年Q${q}`,

  standards: '四、各阶段推荐标准',
  standardsIntro: (n: number) =>
    `按所解决要求的影响度之和排序，每阶段列出前 ${n} 项；只推荐适用于本企业生产类型、且覆盖差距所在等级的已确认国家标准。`,
  phaseStandards: (i: number, level: string) => `阶段 ${i}（${level}）`,
  colStandard: '标准',
  colFramework: '体系分类',
  colWhy: '推荐理由与对应要求',
  addresses: (n: number) => `对应 ${n} 项要求：`,
  andMore: (n: number) => `等 ${n} 项`,
  noStandards: '目录中暂无与本阶段要求对应的已确认标准。',
  uncovered: '尚无标准覆盖的能力子域',
  frameworkTitle: '体系分类说明',

  heatmap: '五、差距热力图',
  heatmapIntro: (gaps: number) =>
    `目标等级及以下未完全满足的 ${gaps} 项要求按生命周期 × 系统层级分布；格内为项数与影响度占比，颜色越深影响越大。`,
  heatmapHot: '影响最集中的位置',
  hotCell: (life: string, level: string, gaps: string, share: string) =>
    `${life} × ${level}：${gaps} 项，占影响度 ${share}`,
  noHeatmap: '目标等级及以下的要求均已完全满足，没有差距可分布。',
  lifecycle: {
    design: '设计',
    production: '生产',
    logistics: '物流',
    sales: '销售',
    service: '服务',
    untagged: '未标注',
  } as Record<string, string>,
  systemLevel: {
    equipment: '设备层',
    unit: '单元层',
    workshop: '车间层',
    enterprise: '企业层',
    collaboration: '协同层',
    untagged: '未标注',
  } as Record<string, string>,

  appendix: '附录',
  appendixGaps: '附录 A：差距清单',
  appendixPhases: '附录 B：各阶段全部提升项',
  appendixBenchmark: '附录 C：对标数据',
  appendixMethod: '附录 D：评分方法与有效权重',
  points: (n: number) => `${n} 点`,
  quarters: (n: number) => `${n} 个季度`,
  phases: (n: number) => `${n} 个阶段`,
};

export type BoardMessages = typeof zh;

const en: BoardMessages = {
  reportTitle: 'Smart-manufacturing capability maturity',
  reportSubtitle: 'Assessment report and improvement roadmap',
  headerTitle: 'Capability maturity report',
  assessmentNo: 'Assessment no.',
  model: 'Model',
  version: 'Version',
  productionType: 'Production type',
  productionTypes: { discrete: 'Discrete manufacturing', process: 'Process manufacturing' },
  profile: 'Industry profile',
  mode: 'Assessed by',
  modeSelf: 'Self-assessment by the enterprise',
  modeAssessed: (assessor) => `Assessor${assessor ? ` (${assessor})` : ''}`,
  modeInReview: 'Self-assessment (assessor review in progress)',
  reportDate: 'Report date',
  draftLabel: 'draft for comments',
  draftNotice:
    'The indicator-system version of this assessment is a draft for comments, not an issued standard: use the result for self-diagnosis and preparation, not as a formal assessment conclusion.',
  submittedAt: 'Submitted',
  signedOffAt: 'Signed off',
  edition: (full) => (full ? 'Full edition (every table included)' : 'Board edition'),
  editionLabel: 'Edition',

  summary: '1. Executive summary',
  kpiLevel: 'Maturity level',
  kpiScore: 'Score (0–5)',
  kpiTier: 'Smart-factory tier',
  kpiTarget: 'Target level',
  tierNone: 'Not yet eligible',
  lead: (basis, level, score) => `${basis} result: ${level}, overall score ${score}.`,
  leadNext: (next, s, gap) => `${next} scores ${s}, ${gap} short of the threshold.`,
  leadNextAbsent: (next) => `Nothing is asked at ${next} in this assessment.`,
  leadPlan: (phases, quarters, until, target) =>
    `The roadmap runs in ${plural(phases, 'phase', 'phases')} over about ${plural(quarters, 'quarter', 'quarters')}, reaching ${target} by ${until}.`,
  leadReached: (target) =>
    `The target level (${target}) is reached; below are the points to consolidate and improve.`,
  basisSelf: 'Self-assessment',
  basisAssessed: 'Assessed',
  strengths: 'Three strengths',
  strength: (name, score, level) => `${name}: ${score} (${level})`,
  noStrengths: 'No sub-domain has reached level 1 yet.',
  priorities: 'Five priorities',
  prioritiesIntro: (level) =>
    `The requirements of the next level to reach (${level}) with the highest impact; "gain" is the rise of that level's score and of the overall score if the requirement alone were fully met.`,
  colPriority: 'Requirement',
  colGain: 'Gain',
  colOwner: 'Owner',
  colEffort: 'Effort',
  gain: (v, level) => `${level} score +${v}\nscore +${v}`,
  noPriorities: 'No requirement at or below the target level is left to raise.',
  position: 'Position',
  national: (year, band, same, above) =>
    `Nationally (${year} report): ${same}% of enterprises are in the enterprise's band ("${band}"), ${above}% above it.`,
  peers: (label, n, lower) =>
    `On this platform, ${label.toLowerCase()}: ${lower} of ${n} peers score lower.`,
  peersTooFew: (label, n, min) =>
    `On this platform, ${label.toLowerCase()}: only ${n} peers (fewer than ${min}); hidden to stay anonymous.`,
  peersNone:
    'The report data holds no peer figures from this platform; the national distribution alone is shown.',
  opinion: "Assessor's opinion",
  quickWinTitle: 'Quick wins',

  charts: '2. Level scores and sub-domains',
  levelChart: 'Level scores',
  levelChartNote: (t) =>
    `Bar height is the level score (0–1); the red dashed line is the threshold ${t}; a green top edge marks an attained level.`,
  radarChart: 'Sub-domain scores (0–5)',
  radarNote: (t) =>
    `On the scale of the overall score; the red dashed ring is the lowest score at the target level (${t}). Tailored-out and not-applicable sub-domains are left out.`,
  legendSelf: 'Self-assessment',
  legendAssessed: 'Assessed',
  legendTarget: 'Target level',
  radarLegend: 'Key',

  roadmap: '3. Improvement roadmap',
  roadmapIntro: (start) =>
    `One phase per level up to the target, one after another from ${start}; each phase lasts by its effort (small 1, medium 2, large 4 points, about 16 points a quarter, 1–4 quarters).`,
  timeline: 'Timeline',
  phaseHeading: (i, level) => `Phase ${i}: reach ${level}`,
  phaseSpan: (from, to) => (from === to ? from : `${from} – ${to}`),
  factWhen: 'When',
  factEffort: 'Effort',
  factOwners: 'Owners',
  factExpected: 'Once done',
  effortLine: (items, s, m, l) =>
    `${plural(items, 'requirement', 'requirements')} (${s} small, ${m} medium, ${l} large)`,
  expected: (level, score) => `${level}, score about ${score}`,
  threshold: (n) =>
    `The level is attained once the first ${plural(n, 'item', 'items')} below ${n === 1 ? 'is' : 'are'} met.`,
  thresholdAll: 'Complete every item, then reassess.',
  attainedNow: 'This level is attained; these requirements are still not fully met.',
  absentPhase: 'Nothing is asked at this level in this assessment; it follows with the next level.',
  keyItems: 'Key work',
  moreItems: (n, full) =>
    full
      ? `${plural(n, 'more item is', 'more items are')} listed in appendix B.`
      : `${plural(n, 'more item is', 'more items are')} listed in appendix B of the full edition.`,
  colNo: '#',
  colItem: 'Requirement',
  quickWin: 'Quick win',
  consolidation: (n) =>
    `Plus ${plural(n, 'consolidation item', 'consolidation items')}: requirements of attained levels not yet fully met, which keeping the level depends on.`,
  quarter: (y, q) => `Q${q} ${y}`,

  standards: '4. Standards to adopt per phase',
  standardsIntro: (n) =>
    `Ranked by the summed impact of the requirements they address, the first ${n} per phase; only confirmed national standards that fit the enterprise's production type and the levels of its gaps.`,
  phaseStandards: (i, level) => `Phase ${i} (${level})`,
  colStandard: 'Standard',
  colFramework: 'Framework',
  colWhy: 'Why, and the requirements it addresses',
  addresses: (n) => `Addresses ${plural(n, 'requirement', 'requirements')}: `,
  andMore: (n) => `and ${n} more`,
  noStandards: 'No confirmed standard of the catalog addresses these requirements yet.',
  uncovered: 'Sub-domains no standard covers yet',
  frameworkTitle: 'Framework badges',

  heatmap: '5. Gap heat map',
  heatmapIntro: (gaps) =>
    `The ${plural(gaps, 'requirement', 'requirements')} at or below the target level not fully met, by lifecycle × system level; each cell gives the count and its share of the impact, darker is more.`,
  heatmapHot: 'Where the impact concentrates',
  hotCell: (life, level, gaps, share) =>
    `${life} × ${level}: ${plural(Number(gaps), 'item', 'items')}, ${share} of the impact`,
  noHeatmap: 'Every requirement at or below the target level is fully met: no gap to map.',
  lifecycle: {
    design: 'Design',
    production: 'Production',
    logistics: 'Logistics',
    sales: 'Sales',
    service: 'Service',
    untagged: 'Untagged',
  },
  systemLevel: {
    equipment: 'Equipment',
    unit: 'Unit',
    workshop: 'Workshop',
    enterprise: 'Enterprise',
    collaboration: 'Collaboration',
    untagged: 'Untagged',
  },

  appendix: 'Appendix',
  appendixGaps: 'Appendix A: Gaps',
  appendixPhases: 'Appendix B: Every item of each phase',
  appendixBenchmark: 'Appendix C: Benchmark figures',
  appendixMethod: 'Appendix D: How the score was computed',
  points: (n) => plural(n, 'point', 'points'),
  quarters: (n) => plural(n, 'quarter', 'quarters'),
  phases: (n) => plural(n, 'phase', 'phases'),
};

export const boardMessages = (lang: 'zh' | 'en'): BoardMessages => (lang === 'en' ? en : zh);
export { plural };
