import type { LevelDefinitionInput } from '../types.ts';

/** The five maturity levels of GB/T 39116-2020, described in zhiping's own words. */
export const levels: LevelDefinitionInput[] = [
  {
    level: 1,
    name: { zh: '一级 规划级', en: 'Level 1 Planning' },
    description: {
      zh: '企业开始为智能制造打基础：有了方向和规划，设计、生产、物流、销售、服务等核心业务按制度和流程进行管理，关键数据有记录可查。',
      en: 'The enterprise is laying the groundwork for smart manufacturing: it has a direction and a plan, its core activities (design, production, logistics, sales, service) are run as managed processes, and key data is recorded.',
    },
  },
  {
    level: 2,
    name: { zh: '二级 规范级', en: 'Level 2 Standardized' },
    description: {
      zh: '核心装备和核心业务采用自动化和信息化手段，形成规范的管理；数据在单项业务内部采集和共享。',
      en: 'Core equipment and core activities use automation and information systems under standardized management; data is collected and shared within each activity.',
    },
  },
  {
    level: 3,
    name: { zh: '三级 集成级', en: 'Level 3 Integrated' },
    description: {
      zh: '装备之间、系统之间实现集成，业务流程贯通，数据在不同业务活动之间自动流转和共享。',
      en: 'Equipment and systems are integrated, processes run end to end, and data flows and is shared automatically across activities.',
    },
  },
  {
    level: 4,
    name: { zh: '四级 优化级', en: 'Level 4 Optimized' },
    description: {
      zh: '通过数据挖掘沉淀知识、建立模型，对核心业务进行精准预测和优化，决策由数据和模型支撑。',
      en: 'Data mining turns data into knowledge and models that predict and optimize core activities precisely; decisions rest on data and models.',
    },
  },
  {
    level: 5,
    name: { zh: '五级 引领级', en: 'Level 5 Leading' },
    description: {
      zh: '模型持续驱动业务自我优化和创新，企业与产业链伙伴深度协同，形成新的制造模式和商业模式，在行业中起示范引领作用。',
      en: 'Models continuously drive self-optimization and innovation, the enterprise collaborates closely with its industry chain, and new manufacturing and business models emerge that set an example for the industry.',
    },
  },
];
