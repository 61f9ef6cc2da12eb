import type { LocalizedText } from '../indicator-system/schema.ts';
import type { ScenarioKey } from './scenarios.ts';

/** A function of a manufacturing enterprise that owns a piece of the roadmap [D]. */
export const OWNER_ROLES = {
  management: { zh: '总经理 / 战略规划部门', en: 'General management / strategy office' },
  hr: { zh: '人力资源部门', en: 'Human resources' },
  it: { zh: '信息化 / 数字化部门', en: 'IT / digital office' },
  equipment: { zh: '设备 / 工程部门', en: 'Equipment and engineering' },
  rnd: { zh: '研发 / 技术部门', en: 'R&D and engineering design' },
  process: { zh: '工艺 / 制造工程部门', en: 'Process and manufacturing engineering' },
  purchasing: { zh: '采购 / 供应链部门', en: 'Purchasing and supply chain' },
  planning: { zh: '生产计划部门', en: 'Production planning' },
  production: { zh: '生产 / 质量部门', en: 'Production and quality' },
  logistics: { zh: '仓储物流部门', en: 'Warehousing and logistics' },
  ehs: { zh: '安全环保部门', en: 'Safety and environment' },
  energy: { zh: '能源 / 动力部门', en: 'Energy and utilities' },
  sales: { zh: '销售 / 市场部门', en: 'Sales and marketing' },
  service: { zh: '客户服务部门', en: 'Customer service' },
} as const satisfies Record<string, LocalizedText>;
export type OwnerRole = keyof typeof OWNER_ROLES;

/** Owner of each sub-domain of the 2020 model and of our draft-2024 reading. */
const BY_SUBDOMAIN: Readonly<Record<string, OwnerRole>> = {
  strategy: 'management',
  lean: 'management',
  skills: 'hr',
  data: 'it',
  integration: 'it',
  security: 'it',
  network: 'it',
  equipment: 'equipment',
  maintenance: 'equipment',
  'factory-planning': 'process',
  'product-design': 'rnd',
  'product-innovation': 'rnd',
  'process-design': 'process',
  procurement: 'purchasing',
  'supply-chain': 'purchasing',
  planning: 'planning',
  operations: 'production',
  quality: 'production',
  warehousing: 'logistics',
  logistics: 'logistics',
  ehs: 'ehs',
  energy: 'energy',
  'energy-carbon': 'energy',
  sales: 'sales',
  'customer-service': 'service',
  'product-service': 'service',
};

/** For sub-domains of other trees: the owner of the item's scenario. */
const BY_SCENARIO: Readonly<Record<ScenarioKey, OwnerRole>> = {
  product_design: 'rnd',
  process_design: 'process',
  factory_planning: 'process',
  planning_scheduling: 'planning',
  production_execution: 'production',
  quality_control: 'production',
  equipment_maintenance: 'equipment',
  procurement: 'purchasing',
  sales_service: 'sales',
  energy_management: 'energy',
  safety_environment: 'ehs',
  lean_management: 'management',
  warehousing_distribution: 'logistics',
  integration_optimization: 'it',
  supply_chain: 'purchasing',
  product_service: 'service',
  smart_equipment: 'equipment',
  industrial_network: 'it',
  data_intelligence: 'it',
  security: 'it',
  strategy_talent: 'management',
};

export function ownerOf(subdomainId: string, scenario: ScenarioKey): OwnerRole {
  return BY_SUBDOMAIN[subdomainId] ?? BY_SCENARIO[scenario];
}
