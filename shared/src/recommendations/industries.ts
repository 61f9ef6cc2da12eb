import type { OrganizationSize } from '../api/common.ts';
import type { Industry, LocalizedText } from '../indicator-system/schema.ts';
import type { ScenarioKey } from './scenarios.ts';

export const INDUSTRY_NAMES: Readonly<Record<Industry, LocalizedText>> = {
  steel: { zh: '钢铁', en: 'Steel' },
  nonferrous: { zh: '有色金属', en: 'Non-ferrous metals' },
  petrochemical: { zh: '石化', en: 'Petrochemicals' },
  chemical: { zh: '化工', en: 'Chemicals' },
  building_materials: { zh: '建材', en: 'Building materials' },
  automotive: { zh: '汽车', en: 'Automotive' },
  power_equipment: { zh: '电力装备', en: 'Power equipment' },
  shipbuilding: { zh: '船舶与海洋工程装备', en: 'Ships and offshore engineering equipment' },
  rail_transit: { zh: '轨道交通装备', en: 'Rail transit equipment' },
  aerospace: { zh: '航空航天', en: 'Aerospace' },
  light_industry: { zh: '轻工', en: 'Light industry' },
  textile: { zh: '纺织', en: 'Textiles' },
  electronics: { zh: '电子信息', en: 'Electronics and information' },
  other: { zh: '其他', en: 'Other' },
};

export const ORGANIZATION_SIZE_NAMES: Readonly<Record<OrganizationSize, LocalizedText>> = {
  micro: { zh: '微型企业', en: 'Micro enterprise' },
  small: { zh: '小型企业', en: 'Small enterprise' },
  medium: { zh: '中型企业', en: 'Medium enterprise' },
  large: { zh: '大型企业', en: 'Large enterprise' },
};

export interface IndustryFocus {
  industry: Industry;
  name: LocalizedText;
  /** What the guide's section 四(三) puts first for this industry, in our own words. */
  note: LocalizedText;
  /** Scenarios that focus names, most characteristic first. */
  scenarios: readonly ScenarioKey[];
}

type FocusEntry = Omit<IndustryFocus, 'industry' | 'name'>;

/**
 * Per-industry focus of the 2024 guide (四(三) 行业应用标准), paraphrased. Items whose scenario
 * is listed here are flagged as industry priorities in a roadmap.
 */
const FOCUS: Readonly<Record<Industry, FocusEntry>> = {
  steel: {
    note: {
      zh: '流程长、工序界面多：优先推进质量、物流、能源环保、安全和设备的分层集成管控，铁钢轧各工序的过程智能控制与工序衔接，以及缺陷检测等智能检测装备和工业大数据应用。',
      en: 'Long process chains with many hand-overs: start with layered, integrated control of quality, logistics, energy and environment, safety and equipment; intelligent control and hand-over between iron, steel and rolling steps; smart inspection equipment and industrial big data.',
    },
    scenarios: [
      'quality_control',
      'energy_management',
      'safety_environment',
      'equipment_maintenance',
      'warehousing_distribution',
      'production_execution',
      'data_intelligence',
    ],
  },
  nonferrous: {
    note: {
      zh: '品种多、原料差异大、安全要求高：采选重本质安全与资源集约，冶炼重清洁环保与节能降耗，加工重质量稳定与柔性生产；同步做好标识编码、数据采集治理和智能控制装备。',
      en: 'Many metals, variable ores, high safety demands: inherent safety and resource efficiency in mining, clean and energy-saving smelting, stable quality and flexible processing; identification codes, data collection and governance, and intelligent control equipment alongside.',
    },
    scenarios: [
      'safety_environment',
      'energy_management',
      'quality_control',
      'data_intelligence',
      'smart_equipment',
      'warehousing_distribution',
    ],
  },
  petrochemical: {
    note: {
      zh: '安全风险高、能耗大、环保要求严：围绕智能工厂总体设计，优先推进运行优化控制、安全环保、仓储物流、设备管理和现场人员定位，并审慎引入人工智能与数字孪生。',
      en: 'High safety risk, heavy energy use, strict environmental rules: around an overall smart-plant design, put operations optimization and control, safety and environment, storage and logistics, equipment management and on-site personnel location first, and adopt AI and digital twins deliberately.',
    },
    scenarios: [
      'safety_environment',
      'energy_management',
      'production_execution',
      'equipment_maintenance',
      'warehousing_distribution',
      'factory_planning',
    ],
  },
  chemical: {
    note: {
      zh: '易燃易爆有毒有害、企业集中入园：优先推进优化控制、安全环保、质量管控、能源管理、仓储物流和设备管理，并以工程数字化交付和流程模拟支撑研发与工艺设计。',
      en: 'Flammable, explosive and toxic materials, plants clustered in chemical parks: optimized control, safety and environment, quality, energy, storage and logistics, and equipment management come first, with digital engineering hand-over and process simulation for R&D and process design.',
    },
    scenarios: [
      'safety_environment',
      'production_execution',
      'quality_control',
      'energy_management',
      'warehousing_distribution',
      'equipment_maintenance',
      'process_design',
    ],
  },
  building_materials: {
    note: {
      zh: '细分领域多、工艺差别大：水泥、玻璃、陶瓷等重工艺仿真、优化控制、质量管控、能源管理、设备管理与仓储物流；可引入基于人工智能的缺陷检测和基于工业云的供应链协同。',
      en: 'Many sub-sectors with different processes: for cement, glass and ceramics, process simulation, optimized control, quality, energy, equipment and warehouse logistics matter most; AI defect detection and cloud-based supply-chain collaboration help.',
    },
    scenarios: [
      'energy_management',
      'quality_control',
      'production_execution',
      'equipment_maintenance',
      'process_design',
      'warehousing_distribution',
      'supply_chain',
    ],
  },
  automotive: {
    note: {
      zh: '产业链长、零部件多、冲压焊装涂装总装工艺复杂：优先推进基于数字孪生的研发设计与试验验证、工厂规划仿真与产线调试，以及企业级与供应链协同级的集成应用。',
      en: 'Long supply chains, many parts, complex stamping, welding, painting and assembly: put digital-twin-based design and test, factory-planning simulation and line commissioning, and integration at enterprise and supply-chain level first.',
    },
    scenarios: [
      'product_design',
      'process_design',
      'factory_planning',
      'production_execution',
      'integration_optimization',
      'supply_chain',
    ],
  },
  power_equipment: {
    note: {
      zh: '产品种类多、个性化定制和运维需求大：优先推进制造过程数字化仿真、数字化过程控制与协同制造、设备远程运维和个性化定制。',
      en: 'Many products, custom orders and heavy after-sales service: digital simulation of manufacturing, digital process control and collaborative manufacturing, remote equipment O&M and customization come first.',
    },
    scenarios: [
      'process_design',
      'production_execution',
      'product_service',
      'product_design',
      'integration_optimization',
    ],
  },
  shipbuilding: {
    note: {
      zh: '智能装备集成应用和协同管控是短板：优先推进智能装备研发应用、船厂生产协同管控、数字化示范船厂建设和5G等新技术的集成应用。',
      en: 'Integration of smart equipment and coordinated control are the weak points: put smart equipment, coordinated shipyard production control, digital model shipyards and 5G and other new technologies first.',
    },
    scenarios: [
      'smart_equipment',
      'planning_scheduling',
      'integration_optimization',
      'supply_chain',
      'industrial_network',
    ],
  },
  rail_transit: {
    note: {
      zh: '多品种小批量、新造与运维并重：围绕焊接、打磨、装配调试、物流等典型场景建设智能工厂，推进三维模型应用、工业机器人应用和远程运维。',
      en: 'High mix, low volume, new build and maintenance alike: build smart factories around welding, grinding, assembly and commissioning and logistics; apply 3D models, industrial robots and remote O&M.',
    },
    scenarios: [
      'smart_equipment',
      'production_execution',
      'warehousing_distribution',
      'process_design',
      'product_service',
    ],
  },
  aerospace: {
    note: {
      zh: '基于模型的研制、设计制造多方协同：优先推进基于模型的数字化设计、云协同设计、复杂工艺产线虚拟仿真与环境监测，以及基于工业大数据的过程状态预知。',
      en: 'Model-based development with many design and manufacturing partners: model-based digital design, cloud collaborative design, virtual simulation of complex lines and environment monitoring, and process-state prediction from industrial big data come first.',
    },
    scenarios: [
      'product_design',
      'process_design',
      'data_intelligence',
      'production_execution',
      'supply_chain',
    ],
  },
  light_industry: {
    note: {
      zh: '细分领域多、面向消费者需求差异大：推进专用装备互联互通、远程运维与能效检测，生产端重智能生产管控和质量在线检测与追溯，消费端重大规模个性化定制和智能产品服务。',
      en: 'Many sub-sectors serving varied consumer demand: connect special-purpose machinery with remote O&M and efficiency checks; on the production side, smart production control and online quality inspection and traceability; on the consumer side, mass customization and smart-product services.',
    },
    scenarios: [
      'production_execution',
      'quality_control',
      'smart_equipment',
      'product_service',
      'energy_management',
      'sales_service',
    ],
  },
  textile: {
    note: {
      zh: '总体离散、局部流程：推进专用装备互联互通和远程运维，数字化车间的数据、物流仓储和系统集成，以及大规模个性化定制。',
      en: 'Mostly discrete with process steps: connect special-purpose machinery with remote O&M; data, warehouse logistics and system integration in digital workshops; mass customization.',
    },
    scenarios: [
      'smart_equipment',
      'industrial_network',
      'data_intelligence',
      'warehousing_distribution',
      'integration_optimization',
      'sales_service',
    ],
  },
  electronics: {
    note: {
      zh: '技术复杂、迭代快、多品种小批量：优先推进专用装备的信息模型与互联互通、柔性生产线与数字化车间建设、系统集成和个性化定制。',
      en: 'Complex technology, fast product cycles, high mix and low volume: information models and connectivity of special-purpose equipment, flexible lines and digital workshops, system integration and customization come first.',
    },
    scenarios: [
      'smart_equipment',
      'industrial_network',
      'production_execution',
      'planning_scheduling',
      'integration_optimization',
      'quality_control',
    ],
  },
  other: {
    note: {
      zh: '食品、农机、工程机械、印刷、民爆等：食品重智能工厂设计、工艺决策、远程运维和标识解析；机械重大规模个性化设计和运维服务监测；民爆重关键工艺装备状态监控。',
      en: 'Food, farm and construction machinery, printing, civil explosives: food plants need smart-factory design, process decisions, remote O&M and identifier resolution; machinery, mass-custom design and service monitoring; explosives, condition monitoring of key process equipment.',
    },
    scenarios: ['factory_planning', 'process_design', 'product_service', 'equipment_maintenance'],
  },
};

export function industryFocus(industry: Industry): IndustryFocus {
  return { industry, name: INDUSTRY_NAMES[industry], ...FOCUS[industry] };
}

/** How the roadmap is scaled to the enterprise's size: a note printed beside the effort classes. */
export const SIZE_NOTES: Readonly<Record<OrganizationSize, LocalizedText>> = {
  micro: {
    zh: '微型企业：优先选用成熟的云化、订阅式工业软件和标准化解决方案，每次只推进一两个场景，工作量按单一产线估算。',
    en: 'Micro enterprise: prefer mature cloud and subscription software and packaged solutions, take one or two scenarios at a time; effort is sized for a single line.',
  },
  small: {
    zh: '小型企业：以成熟套装软件和外部服务商为主，先在关键工序试点再推广，工作量按少量产线估算。',
    en: 'Small enterprise: rely on packaged software and service providers, pilot on key operations before rolling out; effort is sized for a few lines.',
  },
  medium: {
    zh: '中型企业：建立专职推进团队，按车间分批实施，注意系统间接口和数据标准的统一，工作量按多车间估算。',
    en: 'Medium enterprise: set up a dedicated team, roll out workshop by workshop, keep interfaces and data standards uniform; effort is sized for several workshops.',
  },
  large: {
    zh: '大型企业：统一规划多基地、多产线的架构和数据标准，先试点后复制，工作量按多基地推广估算。',
    en: 'Large enterprise: plan one architecture and data standard across sites and lines, pilot then replicate; effort is sized for a multi-site roll-out.',
  },
};
