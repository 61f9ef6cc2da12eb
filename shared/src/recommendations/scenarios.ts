import type { LocalizedText, Requirement } from '../indicator-system/schema.ts';

/**
 * Typical scenarios of the 2024 national smart-manufacturing standard-system guide (section
 * 四(二)): the smart-factory scenarios of BC 智能工厂 (智能设计, 智能生产, 智能管理, 工厂智能物流,
 * 集成优化), BD 智慧供应链 and BF 新模式, plus the enabling parts every scenario rests on
 * (BA 智能装备, BG 工业网络, BE 赋能技术, AB 安全, AE/AF 评价与人员能力).
 */
export const SCENARIO_KEYS = [
  'product_design',
  'process_design',
  'factory_planning',
  'planning_scheduling',
  'production_execution',
  'quality_control',
  'equipment_maintenance',
  'procurement',
  'sales_service',
  'energy_management',
  'safety_environment',
  'lean_management',
  'warehousing_distribution',
  'integration_optimization',
  'supply_chain',
  'product_service',
  'smart_equipment',
  'industrial_network',
  'data_intelligence',
  'security',
  'strategy_talent',
] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

export interface Scenario {
  key: ScenarioKey;
  name: LocalizedText;
  /** The part of the guide the scenario belongs to. */
  group: LocalizedText;
  /** The guide's framework code for that part. */
  frameworkCode: string;
}

const DESIGN = { zh: '智能设计', en: 'Smart design' };
const PRODUCTION = { zh: '智能生产', en: 'Smart production' };
const MANAGEMENT = { zh: '智能管理', en: 'Smart management' };
const LOGISTICS = { zh: '工厂智能物流', en: 'Smart factory logistics' };
const FOUNDATION = { zh: '基础支撑', en: 'Foundations' };

export const SCENARIOS: Readonly<Record<ScenarioKey, Scenario>> = {
  product_design: {
    key: 'product_design',
    name: { zh: '产品设计与仿真', en: 'Product design and simulation' },
    group: DESIGN,
    frameworkCode: 'BC',
  },
  process_design: {
    key: 'process_design',
    name: { zh: '工艺设计与仿真', en: 'Process design and simulation' },
    group: DESIGN,
    frameworkCode: 'BC',
  },
  factory_planning: {
    key: 'factory_planning',
    name: { zh: '工厂设计与交付', en: 'Factory design and delivery' },
    group: { zh: '智能工厂', en: 'Smart factory' },
    frameworkCode: 'BC',
  },
  planning_scheduling: {
    key: 'planning_scheduling',
    name: { zh: '计划调度', en: 'Planning and scheduling' },
    group: PRODUCTION,
    frameworkCode: 'BC',
  },
  production_execution: {
    key: 'production_execution',
    name: { zh: '生产执行', en: 'Production execution' },
    group: PRODUCTION,
    frameworkCode: 'BC',
  },
  quality_control: {
    key: 'quality_control',
    name: { zh: '质量管控', en: 'Quality control' },
    group: PRODUCTION,
    frameworkCode: 'BC',
  },
  equipment_maintenance: {
    key: 'equipment_maintenance',
    name: { zh: '设备运维', en: 'Equipment operation and maintenance' },
    group: PRODUCTION,
    frameworkCode: 'BC',
  },
  procurement: {
    key: 'procurement',
    name: { zh: '采购管理', en: 'Procurement management' },
    group: MANAGEMENT,
    frameworkCode: 'BC',
  },
  sales_service: {
    key: 'sales_service',
    name: { zh: '销售与客户服务管理', en: 'Sales and customer-service management' },
    group: MANAGEMENT,
    frameworkCode: 'BC',
  },
  energy_management: {
    key: 'energy_management',
    name: { zh: '能源管理', en: 'Energy management' },
    group: MANAGEMENT,
    frameworkCode: 'BC',
  },
  safety_environment: {
    key: 'safety_environment',
    name: { zh: '安全环保管理', en: 'Safety and environmental management' },
    group: MANAGEMENT,
    frameworkCode: 'BC',
  },
  lean_management: {
    key: 'lean_management',
    name: { zh: '数字化精益管理', en: 'Digital lean management' },
    group: MANAGEMENT,
    frameworkCode: 'BC',
  },
  warehousing_distribution: {
    key: 'warehousing_distribution',
    name: { zh: '仓储配送', en: 'Warehousing and distribution' },
    group: LOGISTICS,
    frameworkCode: 'BC',
  },
  integration_optimization: {
    key: 'integration_optimization',
    name: { zh: '集成优化', en: 'Integration and optimization' },
    group: { zh: '集成优化', en: 'Integration and optimization' },
    frameworkCode: 'BC',
  },
  supply_chain: {
    key: 'supply_chain',
    name: { zh: '供应链协同', en: 'Supply-chain collaboration' },
    group: { zh: '智慧供应链', en: 'Smart supply chain' },
    frameworkCode: 'BD',
  },
  product_service: {
    key: 'product_service',
    name: { zh: '远程运维与产品服务', en: 'Remote O&M and product services' },
    group: { zh: '智能制造新模式', en: 'New manufacturing models' },
    frameworkCode: 'BF',
  },
  smart_equipment: {
    key: 'smart_equipment',
    name: { zh: '智能装备应用', en: 'Smart equipment' },
    group: FOUNDATION,
    frameworkCode: 'BA',
  },
  industrial_network: {
    key: 'industrial_network',
    name: { zh: '工业网络', en: 'Industrial network' },
    group: FOUNDATION,
    frameworkCode: 'BG',
  },
  data_intelligence: {
    key: 'data_intelligence',
    name: { zh: '工业数据与智能分析', en: 'Industrial data and analytics' },
    group: FOUNDATION,
    frameworkCode: 'BE',
  },
  security: {
    key: 'security',
    name: { zh: '网络与数据安全', en: 'Cyber and data security' },
    group: FOUNDATION,
    frameworkCode: 'AB',
  },
  strategy_talent: {
    key: 'strategy_talent',
    name: { zh: '战略规划与人员能力', en: 'Strategy and people capability' },
    group: FOUNDATION,
    frameworkCode: 'AF',
  },
};

interface KeywordRule {
  scenario: ScenarioKey;
  /** Matched against the requirement text (zh and en, case-insensitive for en). */
  zh: readonly string[];
  en: readonly string[];
}

interface SubdomainRule {
  scenario: ScenarioKey;
  /** First matching rule wins over `scenario`. */
  keywords?: readonly KeywordRule[];
  /**
   * A cross-cutting sub-domain (data, integration, …): its requirements tagged at the
   * collaboration layer (协同层) belong to supply-chain collaboration.
   */
  crossCutting?: boolean;
}

const QUALITY: KeywordRule = {
  scenario: 'quality_control',
  zh: ['质量', '检验', '检测', '追溯'],
  en: ['quality', 'inspection', 'traceab'],
};

/**
 * Sub-domain ids of the CMMM 2020 tree and of the draft-2024 tree. A sub-domain of another
 * indicator system falls back to its requirements' lifecycle tags (see `scenarioFor`).
 */
export const SUBDOMAIN_SCENARIOS: Readonly<Record<string, SubdomainRule>> = {
  strategy: { scenario: 'strategy_talent' },
  skills: { scenario: 'strategy_talent' },
  lean: { scenario: 'lean_management' },
  data: { scenario: 'data_intelligence', crossCutting: true },
  integration: { scenario: 'integration_optimization', crossCutting: true },
  security: { scenario: 'security' },
  equipment: { scenario: 'smart_equipment' },
  network: { scenario: 'industrial_network' },
  'factory-planning': { scenario: 'factory_planning' },
  'product-innovation': { scenario: 'product_design' },
  'product-design': { scenario: 'product_design' },
  'process-design': { scenario: 'process_design' },
  procurement: { scenario: 'procurement', crossCutting: true },
  planning: { scenario: 'planning_scheduling' },
  operations: { scenario: 'production_execution', keywords: [QUALITY] },
  quality: { scenario: 'quality_control' },
  maintenance: { scenario: 'equipment_maintenance' },
  warehousing: { scenario: 'warehousing_distribution' },
  ehs: { scenario: 'safety_environment' },
  energy: { scenario: 'energy_management' },
  'energy-carbon': { scenario: 'energy_management' },
  'supply-chain': { scenario: 'supply_chain' },
  logistics: { scenario: 'warehousing_distribution', crossCutting: true },
  sales: { scenario: 'sales_service', crossCutting: true },
  'customer-service': { scenario: 'sales_service' },
  'product-service': { scenario: 'product_service' },
};

const LIFECYCLE_SCENARIOS: Readonly<Record<string, ScenarioKey>> = {
  design: 'product_design',
  production: 'production_execution',
  logistics: 'warehousing_distribution',
  sales: 'sales_service',
  service: 'product_service',
};

function matches(rule: KeywordRule, text: Requirement['text']): boolean {
  const en = text.en.toLowerCase();
  return rule.zh.some((k) => text.zh.includes(k)) || rule.en.some((k) => en.includes(k));
}

/**
 * The scenario a requirement belongs to: a keyword rule of its sub-domain, then the
 * collaboration layer of a cross-cutting sub-domain, then the sub-domain's scenario; for an
 * unknown sub-domain, its first lifecycle tag, else integration and optimization.
 */
export function scenarioFor(
  subdomainId: string,
  requirement: Pick<Requirement, 'text' | 'tags'>,
): ScenarioKey {
  const rule = SUBDOMAIN_SCENARIOS[subdomainId];
  if (rule) {
    const keyword = rule.keywords?.find((k) => matches(k, requirement.text));
    if (keyword) return keyword.scenario;
    if (rule.crossCutting && requirement.tags.systemLevel.includes('collaboration')) {
      return 'supply_chain';
    }
    return rule.scenario;
  }
  if (requirement.tags.systemLevel.includes('collaboration')) return 'supply_chain';
  const lifecycle = requirement.tags.lifecycle[0];
  return (lifecycle && LIFECYCLE_SCENARIOS[lifecycle]) || 'integration_optimization';
}
