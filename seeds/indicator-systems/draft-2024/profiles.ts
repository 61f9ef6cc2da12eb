/**
 * Profiles of the draft-2024 model. The draft has no published weight table: these are
 * our default weights [D], relative among siblings. `discrete` uses the tree's node weights
 * (tree.ts); `process` overrides them.
 */
import type { ProfileInput } from '../types.ts';

export const profiles: ProfileInput[] = [
  {
    id: 'discrete',
    name: { zh: '离散型制造', en: 'Discrete manufacturing' },
    description: {
      zh: '离散型企业（装配、加工）：采用能力树上的默认权重。',
      en: 'Discrete enterprises (assembly, machining): the default weights of the capability tree.',
    },
    productionType: 'discrete',
    weights: {},
    tailorable: ['product-service'],
  },
  {
    id: 'process',
    name: { zh: '流程型制造', en: 'Process manufacturing' },
    description: {
      zh: '流程型企业（化工、冶金、建材等）：提高生产作业、安全环保和能碳管理的权重，降低研发设计和产品设计的权重；产品设计可裁剪。',
      en: 'Process enterprises (chemicals, metals, building materials, …): more weight on production, safety and environment, and energy and carbon; less on R&D and product design, which may be tailored out.',
    },
    productionType: 'process',
    weights: {
      'd-organization': 0.15,
      'd-factory': 0.25,
      'd-rnd': 0.1,
      'd-production': 0.35,
      'd-business': 0.15,
      'product-innovation': 0.3,
      'product-design': 0.2,
      'process-design': 0.5,
      planning: 0.14,
      operations: 0.18,
      quality: 0.14,
      maintenance: 0.14,
      warehousing: 0.08,
      ehs: 0.16,
      'energy-carbon': 0.16,
      procurement: 0.2,
      'supply-chain': 0.2,
      logistics: 0.2,
      sales: 0.2,
      'customer-service': 0.1,
      'product-service': 0.1,
    },
    tailorable: ['product-design'],
  },
];
