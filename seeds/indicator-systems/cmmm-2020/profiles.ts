import type { ProfileInput } from '../types.ts';

/**
 * Weight tables and industry profiles of the CMMM 2020 seed.
 *
 * [D] These are zhiping's default weights, to be replaced by the official table where it is
 * available. Each sibling group sums to 1 for readability (the engine renormalizes anyway).
 * Industry profiles list only the sibling groups they change, always as a whole group, and
 * repeat their base's tailorable list so the profile reads on its own.
 */

const DEFAULT_WEIGHTS_NOTE = {
  zh: '本表为智评的默认权重，如有官方权重表应以官方表替换。',
  en: 'These are zhiping default weights, to be replaced by the official table where available.',
};

/** Discrete manufacturing: design, planning and operations weigh more; every node listed. */
export const DISCRETE_WEIGHTS: Readonly<Record<string, number>> = {
  personnel: 0.12,
  technology: 0.18,
  resource: 0.15,
  manufacturing: 0.55,
  'd-strategy': 0.5,
  'd-skills': 0.5,
  strategy: 1,
  skills: 1,
  'd-data': 0.4,
  'd-integration': 0.35,
  'd-security': 0.25,
  data: 1,
  integration: 1,
  security: 1,
  'd-equipment': 0.6,
  'd-network': 0.4,
  equipment: 1,
  network: 1,
  'd-design': 0.22,
  'd-production': 0.48,
  'd-logistics': 0.1,
  'd-sales': 0.1,
  'd-service': 0.1,
  'product-design': 0.55,
  'process-design': 0.45,
  procurement: 0.12,
  planning: 0.2,
  operations: 0.24,
  maintenance: 0.14,
  warehousing: 0.12,
  ehs: 0.09,
  energy: 0.09,
  logistics: 1,
  sales: 1,
  'customer-service': 0.5,
  'product-service': 0.5,
};

/** Process manufacturing: equipment, maintenance, safety, energy and process design weigh more. */
export const PROCESS_WEIGHTS: Readonly<Record<string, number>> = {
  personnel: 0.12,
  technology: 0.18,
  resource: 0.18,
  manufacturing: 0.52,
  'd-strategy': 0.5,
  'd-skills': 0.5,
  strategy: 1,
  skills: 1,
  'd-data': 0.4,
  'd-integration': 0.3,
  'd-security': 0.3,
  data: 1,
  integration: 1,
  security: 1,
  'd-equipment': 0.6,
  'd-network': 0.4,
  equipment: 1,
  network: 1,
  'd-design': 0.12,
  'd-production': 0.6,
  'd-logistics': 0.1,
  'd-sales': 0.1,
  'd-service': 0.08,
  'product-design': 0.3,
  'process-design': 0.7,
  procurement: 0.1,
  planning: 0.14,
  operations: 0.22,
  maintenance: 0.16,
  warehousing: 0.08,
  ehs: 0.16,
  energy: 0.14,
  logistics: 1,
  sales: 1,
  'customer-service': 0.6,
  'product-service': 0.4,
};

const DISCRETE_TAILORABLE = ['product-service'];
const PROCESS_TAILORABLE = ['product-design'];

const discreteBase: ProfileInput = {
  id: 'discrete',
  name: { zh: '离散型制造', en: 'Discrete manufacturing' },
  description: {
    zh: `离散型制造企业的基础权重表，覆盖全部要素、能力域和能力子域。制造要素占比最高；设计、计划与调度、生产作业权重较高，反映离散型企业按订单设计、多工序装配和排产复杂的特点。产品服务可裁剪：纯代工或来图加工、产品不承担售后运维的企业可说明理由后裁剪。${DEFAULT_WEIGHTS_NOTE.zh}`,
    en: `Base weight table for discrete manufacturers, covering every element, domain and sub-domain. Manufacturing carries the most weight; design, planning and scheduling, and production operations weigh more, reflecting order-driven design, multi-stage assembly and complex scheduling. Product service may be tailored out, with a reason, by pure contract or build-to-print manufacturers whose products carry no after-sales service of their own. ${DEFAULT_WEIGHTS_NOTE.en}`,
  },
  productionType: 'discrete',
  weights: { ...DISCRETE_WEIGHTS },
  tailorable: DISCRETE_TAILORABLE,
};

const processBase: ProfileInput = {
  id: 'process',
  name: { zh: '流程型制造', en: 'Process manufacturing' },
  description: {
    zh: `流程型制造企业的基础权重表，覆盖全部要素、能力域和能力子域。装备、设备管理、安全环保、能源管理和工艺设计权重较高，反映连续生产对装置稳定、本质安全和能耗的要求；产品设计权重较低且可裁剪（产品由配方或标准牌号决定、不单独开展产品设计的企业）。信息安全权重高于离散型，因控制系统直接关系生产安全。${DEFAULT_WEIGHTS_NOTE.zh}`,
    en: `Base weight table for process manufacturers, covering every element, domain and sub-domain. Equipment, maintenance, safety and environment, energy and process design weigh more, reflecting what continuous production demands of plant stability, inherent safety and energy use; product design weighs less and may be tailored out (enterprises whose products are defined by recipes or standard grades and who do no separate product design). Information security weighs more than for discrete plants because control systems bear directly on process safety. ${DEFAULT_WEIGHTS_NOTE.en}`,
  },
  productionType: 'process',
  weights: { ...PROCESS_WEIGHTS },
  tailorable: PROCESS_TAILORABLE,
};

const steel: ProfileInput = {
  id: 'steel',
  name: { zh: '钢铁', en: 'Steel' },
  description: {
    zh: '钢铁行业流程长、工序界面多、生产组织复杂，且存在单基地和多基地等多种管控模式。关注铁、钢、轧主要工序的过程智能控制与工序衔接，质量、物流、能源环保、安全和设备的分层集成管控，质量缺陷检测和工序间转运的智能装备，以及工业大数据平台、数据治理和网络安全。相对流程型基础表，提高能源管理、设备管理、装备和物流的权重。',
    en: 'Steelmaking has long process chains, many process interfaces and complex production organization, with single-site and multi-site control models. Focus: intelligent control of ironmaking, steelmaking and rolling and the hand-over between them; layered, integrated control of quality, logistics, energy and environment, safety and equipment; smart equipment for defect detection and transfer between processes; industrial big-data platforms, data governance and cybersecurity. Compared with the process base table, energy, maintenance, equipment and logistics weigh more.',
  },
  base: 'process',
  productionType: 'process',
  industry: 'steel',
  weights: {
    personnel: 0.1,
    technology: 0.18,
    resource: 0.2,
    manufacturing: 0.52,
    'd-equipment': 0.65,
    'd-network': 0.35,
    'd-design': 0.08,
    'd-production': 0.62,
    'd-logistics': 0.14,
    'd-sales': 0.09,
    'd-service': 0.07,
    procurement: 0.08,
    planning: 0.12,
    operations: 0.2,
    maintenance: 0.18,
    warehousing: 0.08,
    ehs: 0.16,
    energy: 0.18,
  },
  tailorable: PROCESS_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'planning',
      requirements: [
        {
          id: 'planning.L3.steel.01',
          level: 3,
          text: {
            zh: '应实现炼铁、炼钢、连铸、轧制工序间的一体化计划与协同调度，跟踪铁水、钢水和铸坯的流向与温度，支撑热送热装。',
            en: 'The enterprise shall plan and schedule ironmaking, steelmaking, casting and rolling as one chain, tracking the flow and temperature of hot metal, liquid steel and slabs to support hot charging.',
          },
          guidance: {
            zh: '评审会查看炼钢—连铸—轧制一体化计划系统和热装率统计，确认计划调整能自动联动上下游工序。',
            en: 'Reviewers look at the integrated steelmaking–casting–rolling planning system and the hot-charging rate, and confirm that a plan change propagates automatically to upstream and downstream processes.',
          },
          evidenceHints: [
            {
              zh: '一体化计划调度系统截图',
              en: 'Screenshots of the integrated planning and scheduling system',
            },
            { zh: '热送热装率月度统计', en: 'Monthly hot-charging rate' },
          ],
          tags: {
            lifecycle: ['production', 'logistics'],
            systemLevel: ['workshop', 'enterprise'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L4.steel.01',
          level: 4,
          text: {
            zh: '应在高炉、转炉、轧机等关键工序应用过程模型（如炉况诊断、终点预报、轧制规程优化），实现质量和操作的预测与优化控制。',
            en: 'The enterprise shall apply process models at key stages such as blast furnace, converter and rolling mill (e.g. furnace condition diagnosis, end-point prediction, rolling schedule optimization) to predict and optimize quality and operation.',
          },
          guidance: {
            zh: '评审会查看模型的投用率和预测命中率，以及对质量稳定性或操作一致性的改善。',
            en: 'Reviewers look at model usage and hit rates, and at the gains in quality stability or operating consistency.',
          },
          evidenceHints: [
            { zh: '工序模型清单及投用率', en: 'List of process models and their usage rates' },
            {
              zh: '终点命中率或质量稳定性对比数据',
              en: 'End-point hit rate or quality stability before and after',
            },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
    {
      subdomainId: 'energy',
      requirements: [
        {
          id: 'energy.L3.steel.01',
          level: 3,
          text: {
            zh: '应建立能源管控中心，对煤气、蒸汽、电力、氧氮氩和水等能源介质的产生、储存、消耗实时监控，并进行平衡调度。',
            en: 'The enterprise shall run an energy control centre that monitors the generation, storage and use of by-product gas, steam, power, oxygen/nitrogen/argon and water in real time and balances them.',
          },
          guidance: {
            zh: '评审会查看能源管控系统的介质平衡画面、煤气放散率等指标以及调度记录。',
            en: 'Reviewers look at the media balance screens, indicators such as gas flaring rate, and the dispatch log.',
          },
          evidenceHints: [
            { zh: '能源管控中心系统截图', en: 'Energy control centre screenshots' },
            { zh: '煤气放散率、自发电比例统计', en: 'Gas flaring rate and self-generation share' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['enterprise'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
  ],
};

const nonferrous: ProfileInput = {
  id: 'nonferrous',
  name: { zh: '有色金属', en: 'Nonferrous metals' },
  description: {
    zh: '有色金属行业品种多、原料品质差异大、工艺复杂、安全要求高、物流调度频繁。采选环节关注本质安全和资源集约，冶炼环节关注清洁环保和节能降耗，加工环节关注质量稳定和柔性生产；同时重视标识与数据编码、数据采集与治理、数据安全、数字孪生以及机理与数据模型。相对流程型基础表，提高安全环保、能源、物流和数据的权重。',
    en: 'Nonferrous metals involve many metals, widely varying raw-material quality, complex processes, high safety demands and frequent logistics dispatch. Mining and beneficiation focus on inherent safety and resource efficiency, smelting on clean production and energy saving, fabrication on stable quality and flexible production; identification and data coding, data collection and governance, data security, digital twins, and mechanistic and data models matter throughout. Compared with the process base table, safety and environment, energy, logistics and data weigh more.',
  },
  base: 'process',
  productionType: 'process',
  industry: 'nonferrous',
  weights: {
    'd-data': 0.45,
    'd-integration': 0.27,
    'd-security': 0.28,
    'd-design': 0.1,
    'd-production': 0.6,
    'd-logistics': 0.14,
    'd-sales': 0.09,
    'd-service': 0.07,
    procurement: 0.1,
    planning: 0.12,
    operations: 0.22,
    maintenance: 0.14,
    warehousing: 0.08,
    ehs: 0.18,
    energy: 0.16,
  },
  tailorable: PROCESS_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'data',
      requirements: [
        {
          id: 'data.L2.nonferrous.01',
          level: 2,
          text: {
            zh: '应对原料、中间品和产品建立统一的标识和批次（炉次）编码，使成分、质量数据可按批次追溯。',
            en: 'The enterprise shall identify raw materials, intermediates and products with uniform batch (heat) codes so that composition and quality data can be traced by batch.',
          },
          guidance: {
            zh: '评审会任选一批成品，追溯其原料来源、冶炼炉次和检验数据。',
            en: 'Reviewers pick a finished batch and trace its raw-material source, smelting heat and test data.',
          },
          evidenceHints: [
            { zh: '物料标识和批次编码规则', en: 'Material identification and batch coding rules' },
            { zh: '批次追溯查询截图', en: 'Screenshot of a batch trace' },
          ],
          tags: {
            lifecycle: ['production', 'logistics'],
            systemLevel: ['workshop', 'enterprise'],
            intelligence: ['resource'],
          },
        },
      ],
    },
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L4.nonferrous.01',
          level: 4,
          text: {
            zh: '应基于入厂原料成分数据和冶炼过程数据建立配料与过程优化模型，在原料波动时保持产品质量和回收率稳定。',
            en: 'The enterprise shall build blending and process optimization models from incoming-material composition and smelting data, keeping product quality and recovery stable when feed quality varies.',
          },
          guidance: {
            zh: '评审会查看模型给出的配料方案被采纳的比例，以及金属回收率、成分合格率的变化。',
            en: "Reviewers look at how often the model's blend is adopted and at changes in metal recovery and composition conformity.",
          },
          evidenceHints: [
            { zh: '配料优化模型说明和运行记录', en: 'Blending model description and run records' },
            { zh: '回收率、成分合格率趋势', en: 'Recovery and composition conformity trends' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
    {
      subdomainId: 'ehs',
      requirements: [
        {
          id: 'ehs.L3.nonferrous.01',
          level: 3,
          text: {
            zh: '应对冶炼烟气（如二氧化硫）、含重金属废水等排放以及尾矿库、高风险作业区进行在线监测，超标或异常时自动报警并联动处置。',
            en: 'The enterprise shall monitor smelter off-gas (e.g. sulphur dioxide), heavy-metal wastewater, tailings dams and high-risk work areas online, with automatic alarms and linked response on exceedance or anomaly.',
          },
          guidance: {
            zh: '评审会查看在线监测点位清单、与环保部门联网情况和近期报警处置记录。尾矿库不适用的企业可说明。',
            en: 'Reviewers look at the monitoring points, the link to the environmental authority and recent alarm handling. Enterprises without tailings dams can state so.',
          },
          evidenceHints: [
            { zh: '在线监测点位清单和监测画面', en: 'Online monitoring points and screens' },
            { zh: '报警及处置记录', en: 'Alarm and response records' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['workshop', 'enterprise'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'energy',
      requirements: [
        {
          id: 'energy.L4.nonferrous.01',
          level: 4,
          text: {
            zh: '应基于电解、熔炼等高耗能工序的运行数据建立能耗模型，优化电流效率、燃料配比等参数，降低单位产品能耗。',
            en: 'The enterprise shall model energy use of energy-intensive stages such as electrolysis and smelting from operating data, and optimize current efficiency, fuel ratios and similar to cut energy per tonne.',
          },
          guidance: {
            zh: '评审会查看能耗模型的优化建议及其执行后的吨产品能耗变化。',
            en: "Reviewers look at the model's recommendations and the change in energy per tonne after applying them.",
          },
          evidenceHints: [
            { zh: '能耗模型与优化建议记录', en: 'Energy model and recommendation records' },
            { zh: '单位产品能耗趋势', en: 'Energy-per-tonne trend' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
  ],
};

const petrochemical: ProfileInput = {
  id: 'petrochemical',
  name: { zh: '石化', en: 'Petrochemicals' },
  description: {
    zh: '石化行业安全风险高、实时控制要求高、能源消耗大、环保要求严。关注智能工厂信息模型与参考架构、人工智能和数字孪生应用，以及工厂运行、优化控制、安全环保、仓储物流、设备管理和现场人员定位。相对流程型基础表，提高安全环保、能源管理、设备管理和信息安全的权重。',
    en: 'Petrochemicals carry high safety risk, strict real-time control needs, heavy energy use and tight environmental rules. Focus: smart-factory information models and reference architectures, AI and digital twins, plant operation, optimized control, safety and environment, storage and logistics, equipment management, and location of personnel on site. Compared with the process base table, safety and environment, energy, maintenance and information security weigh more.',
  },
  base: 'process',
  productionType: 'process',
  industry: 'petrochemical',
  weights: {
    personnel: 0.1,
    technology: 0.2,
    resource: 0.18,
    manufacturing: 0.52,
    'd-data': 0.35,
    'd-integration': 0.3,
    'd-security': 0.35,
    'd-design': 0.1,
    'd-production': 0.64,
    'd-logistics': 0.1,
    'd-sales': 0.09,
    'd-service': 0.07,
    procurement: 0.06,
    planning: 0.12,
    operations: 0.2,
    maintenance: 0.16,
    warehousing: 0.08,
    ehs: 0.22,
    energy: 0.16,
  },
  tailorable: PROCESS_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'ehs',
      requirements: [
        {
          id: 'ehs.L3.petrochemical.01',
          level: 3,
          text: {
            zh: '应将HAZOP分析和SIL评估的结论纳入信息系统管理，安全仪表系统的联锁投用、旁路和摘除实行在线审批和记录，并开展报警管理。',
            en: 'The enterprise shall manage HAZOP and SIL assessment results in its systems, approve and record interlock bypasses and removals in the safety instrumented system online, and run alarm management.',
          },
          guidance: {
            zh: '评审会查看HAZOP建议项的关闭情况、联锁投用率和旁路记录，以及每位操作员每小时报警数等报警管理指标。',
            en: 'Reviewers look at closure of HAZOP recommendations, interlock availability and bypass records, and alarm-management metrics such as alarms per operator per hour.',
          },
          evidenceHints: [
            { zh: 'HAZOP建议项跟踪台账', en: 'HAZOP recommendation tracking log' },
            { zh: '联锁投用率和旁路审批记录', en: 'Interlock availability and bypass approvals' },
            { zh: '报警管理统计', en: 'Alarm management statistics' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['system_integration'],
          },
        },
        {
          id: 'ehs.L3.petrochemical.02',
          level: 3,
          text: {
            zh: '应实施泄漏检测与修复（LDAR）和挥发性有机物在线监测的信息化管理，并对进入装置区的人员进行实时定位和电子围栏管理。',
            en: 'The enterprise shall manage leak detection and repair (LDAR) and online VOC monitoring in its systems, and locate people in process areas in real time with electronic fencing.',
          },
          guidance: {
            zh: '评审会查看LDAR检测点位、泄漏修复及时率、VOCs在线监测数据，以及人员定位系统的区域超员和闯入报警记录。',
            en: "Reviewers look at LDAR points, repair timeliness, online VOC data, and the location system's over-occupancy and intrusion alarms.",
          },
          evidenceHints: [
            { zh: 'LDAR管理系统台账及修复记录', en: 'LDAR register and repair records' },
            {
              zh: '人员定位系统截图及报警记录',
              en: 'Personnel location screenshots and alarm records',
            },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['workshop'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L4.petrochemical.01',
          level: 4,
          text: {
            zh: '应在主要生产装置应用先进过程控制（APC），并在条件具备的装置开展实时优化（RTO），提高收率、平稳率和能效。',
            en: 'The enterprise shall apply advanced process control (APC) on its main units and real-time optimization (RTO) where feasible, to raise yield, stability and efficiency.',
          },
          guidance: {
            zh: '评审会查看APC投用率、关键参数平稳率以及收率、能耗的改善数据。',
            en: 'Reviewers look at APC service factors, stability of key variables and improvements in yield and energy.',
          },
          evidenceHints: [
            { zh: 'APC/RTO装置清单及投用率', en: 'Units with APC/RTO and their service factors' },
            { zh: '平稳率、收率改善对比', en: 'Stability and yield before and after' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
    {
      subdomainId: 'energy',
      requirements: [
        {
          id: 'energy.L4.petrochemical.01',
          level: 4,
          text: {
            zh: '应对蒸汽、燃料气、氢气、电力等公用工程系统建立平衡优化模型，实现全厂能源的优化调度。',
            en: 'The enterprise shall model and optimize the balance of steam, fuel gas, hydrogen and power across the site and dispatch energy accordingly.',
          },
          guidance: {
            zh: '评审会查看模型给出的调度建议、执行记录以及综合能耗的下降情况。',
            en: 'Reviewers look at the dispatch recommendations, execution records and the fall in overall energy consumption.',
          },
          evidenceHints: [
            { zh: '能源平衡优化模型截图', en: 'Energy balance optimization screenshots' },
            { zh: '综合能耗和放空量趋势', en: 'Overall energy and venting trends' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['enterprise'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
  ],
};

const chemical: ProfileInput = {
  id: 'chemical',
  name: { zh: '化工', en: 'Chemicals' },
  description: {
    zh: '化工行业生产物料易燃易爆、有毒有害，细分领域多，企业多集中入园。关注基础化学原料、化工新材料、精细化学品的优化控制、安全环保、质量管控、能源管理、仓储物流和设备管理，工程数字化交付和新型工业控制网络，产品定制、流程模拟和操作优化，以及园区公用工程和安全环保的监测预警。相对流程型基础表，安全环保权重最高，并提高信息安全和仓储配送的权重。',
    en: 'Chemical production handles flammable, explosive and toxic materials across many sub-sectors, with most plants in chemical parks. Focus: optimized control, safety and environment, quality, energy, storage and logistics, and equipment management for basic chemicals, new materials and fine chemicals; digital engineering handover and new industrial control networks; product customization, process simulation and operation optimization; monitoring and early warning of park utilities and safety. Compared with the process base table, safety and environment weighs most, and information security and warehousing weigh more.',
  },
  base: 'process',
  productionType: 'process',
  industry: 'chemical',
  weights: {
    'd-data': 0.35,
    'd-integration': 0.3,
    'd-security': 0.35,
    'd-design': 0.14,
    'd-production': 0.62,
    'd-logistics': 0.1,
    'd-sales': 0.08,
    'd-service': 0.06,
    procurement: 0.08,
    planning: 0.1,
    operations: 0.2,
    maintenance: 0.14,
    warehousing: 0.1,
    ehs: 0.24,
    energy: 0.14,
  },
  tailorable: PROCESS_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'ehs',
      requirements: [
        {
          id: 'ehs.L2.chemical.01',
          level: 2,
          text: {
            zh: '应对重大危险源的温度、压力、液位、可燃及有毒气体浓度等参数进行在线监测和超限报警，并按要求接入园区或监管部门平台。',
            en: 'The enterprise shall monitor temperature, pressure, level and flammable and toxic gas concentrations at major hazard installations online, alarm on limits, and connect to the park or authority platform as required.',
          },
          guidance: {
            zh: '评审会核对重大危险源清单与监测点位是否一一对应，查看数据上传和报警处置记录。',
            en: 'Reviewers match the list of major hazard installations against monitoring points and look at data upload and alarm handling records.',
          },
          evidenceHints: [
            { zh: '重大危险源清单及监测点位表', en: 'Major hazard list and monitoring points' },
            {
              zh: '监管平台接入证明和报警处置记录',
              en: 'Proof of platform connection and alarm records',
            },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['equipment', 'workshop'],
            intelligence: ['interconnection'],
          },
        },
        {
          id: 'ehs.L3.chemical.01',
          level: 3,
          text: {
            zh: '应基于HAZOP分析结果设置安全仪表系统和联锁，联锁投用与变更、特殊作业许可实行信息化管理，并与人员定位、视频监控联动。',
            en: 'The enterprise shall set up safety instrumented functions and interlocks from HAZOP results, manage interlock status and changes and special-work permits in its systems, and link them with personnel location and video surveillance.',
          },
          guidance: {
            zh: '评审会查看联锁台账、变更审批记录，抽查一张动火或受限空间作业票在系统中的审批和现场监控记录。',
            en: 'Reviewers look at the interlock register and change approvals, and follow one hot-work or confined-space permit through its approval and site monitoring in the system.',
          },
          evidenceHints: [
            { zh: '联锁台账和变更审批记录', en: 'Interlock register and change approvals' },
            { zh: '特殊作业电子票证记录', en: 'Electronic special-work permits' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'energy',
      requirements: [
        {
          id: 'energy.L3.chemical.01',
          level: 3,
          text: {
            zh: '应对蒸汽、循环水、电力、氮气、压缩空气等公用工程的产耗进行分装置计量和实时监控，并分析单位产品能耗。',
            en: 'The enterprise shall meter and monitor the supply and use of steam, cooling water, power, nitrogen and compressed air per unit in real time, and analyse energy per unit of product.',
          },
          guidance: {
            zh: '评审会查看计量器具配备率、公用工程平衡画面和单耗分析报告。',
            en: 'Reviewers look at meter coverage, the utility balance screens and specific-consumption analyses.',
          },
          evidenceHints: [
            { zh: '能源计量器具配备清单', en: 'Energy meter inventory' },
            {
              zh: '公用工程监控画面和单耗报表',
              en: 'Utility monitoring screens and specific-consumption reports',
            },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['workshop', 'enterprise'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'data',
      requirements: [
        {
          id: 'data.L3.chemical.01',
          level: 3,
          text: {
            zh: '新建或改扩建装置应按统一标准进行工程数字化交付，并将设备、管道、仪表等交付数据用于运维和管理系统。',
            en: 'New or revamped units shall be handed over digitally to a common standard, and the delivered data on equipment, piping and instruments shall be used in operations and management systems.',
          },
          guidance: {
            zh: '评审会查看交付数据清单、数据质量验收记录以及交付数据在设备管理等系统中的引用情况。近期无新建改造项目的企业可选不适用。',
            en: 'Reviewers look at the handover data list, data-quality acceptance records and how equipment management and other systems use the data. Enterprises without recent projects may answer not applicable.',
          },
          evidenceHints: [
            {
              zh: '数字化交付标准及交付清单',
              en: 'Digital handover standard and deliverables list',
            },
            {
              zh: '交付数据在运维系统中的应用截图',
              en: 'Screenshots of the handover data used in operations systems',
            },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['design', 'production'],
            systemLevel: ['enterprise'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
  ],
};

const buildingMaterials: ProfileInput = {
  id: 'building_materials',
  name: { zh: '建材', en: 'Building materials' },
  description: {
    zh: '建材行业细分领域多、工艺差别明显。水泥、玻璃、陶瓷等领域关注工艺仿真、优化控制、质量管控、能源管理、设备管理和仓储物流；石灰石矿山和砂石骨料关注智能矿山和无人驾驶矿卡；还关注基于人工智能的缺陷检测和基于工业云的供应链协同。相对流程型基础表，提高能源管理、装备和生产作业的权重。',
    en: 'Building materials span many sub-sectors with clearly different processes. Cement, glass and ceramics focus on process simulation, optimized control, quality, energy, equipment and warehousing; limestone quarries and aggregates on smart mining and driverless haul trucks; across the sector, AI-based defect detection and cloud-based supply-chain collaboration. Compared with the process base table, energy, equipment and production operations weigh more.',
  },
  base: 'process',
  productionType: 'process',
  industry: 'building_materials',
  weights: {
    'd-equipment': 0.65,
    'd-network': 0.35,
    'd-design': 0.1,
    'd-production': 0.6,
    'd-logistics': 0.12,
    'd-sales': 0.1,
    'd-service': 0.08,
    procurement: 0.1,
    planning: 0.12,
    operations: 0.22,
    maintenance: 0.16,
    warehousing: 0.1,
    ehs: 0.12,
    energy: 0.18,
  },
  tailorable: PROCESS_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L4.building_materials.01',
          level: 4,
          text: {
            zh: '应在回转窑、玻璃熔窑、辊道窑等核心热工装备上应用优化控制系统，依据工况自动调整喂料、燃料和风量等参数。',
            en: 'The enterprise shall run optimizing control on its core thermal equipment (rotary kilns, glass furnaces, roller kilns), adjusting feed, fuel, air and similar automatically to operating conditions.',
          },
          guidance: {
            zh: '评审会查看优化控制投用率、关键参数波动范围以及熟料或产品质量稳定性的变化。',
            en: 'Reviewers look at the service factor of the optimizing control, variation of key parameters and the stability of clinker or product quality.',
          },
          evidenceHints: [
            {
              zh: '优化控制系统截图及投用率',
              en: 'Optimizing control screenshots and service factor',
            },
            { zh: '质量稳定性对比数据', en: 'Quality stability before and after' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit'],
            intelligence: ['fusion_sharing'],
          },
        },
        {
          id: 'operations.L3.building_materials.01',
          level: 3,
          text: {
            zh: '应在玻璃、陶瓷、板材等产品的关键工序应用机器视觉等在线检测手段识别表面缺陷，检测结果自动记录并用于分级和追溯。',
            en: 'The enterprise shall detect surface defects of glass, ceramics, boards and similar products online at key stages with machine vision or similar, recording results automatically for grading and traceability.',
          },
          guidance: {
            zh: '评审会查看在线检测覆盖的工序、漏检和误检率以及检测数据与批次的关联。水泥等无表面检测需求的企业可选不适用。',
            en: 'Reviewers look at the stages covered, miss and false-alarm rates and the link between inspection data and batches. Cement and other producers without surface inspection may answer not applicable.',
          },
          evidenceHints: [
            { zh: '在线检测系统截图及检测记录', en: 'Online inspection screenshots and records' },
            { zh: '漏检率、误检率统计', en: 'Miss and false-alarm statistics' },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'energy',
      requirements: [
        {
          id: 'energy.L3.building_materials.01',
          level: 3,
          text: {
            zh: '应对烧成煤耗、分工序电耗和余热发电量进行实时计量和分析，对异常能耗自动报警。',
            en: 'The enterprise shall meter and analyse firing fuel consumption, power use per stage and waste-heat power generation in real time, with automatic alarms on abnormal consumption.',
          },
          guidance: {
            zh: '评审会查看分工序能耗报表、余热发电统计和能耗异常的处理记录。',
            en: 'Reviewers look at per-stage energy reports, waste-heat generation statistics and how abnormal consumption was handled.',
          },
          evidenceHints: [
            { zh: '分工序能耗实时监控画面', en: 'Per-stage energy monitoring screens' },
            { zh: '能耗异常报警和处理记录', en: 'Energy anomaly alarms and responses' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['workshop'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'equipment',
      requirements: [
        {
          id: 'equipment.L4.building_materials.01',
          level: 4,
          text: {
            zh: '自有石灰石矿山或骨料矿山应应用智能矿山系统，实现数字化配矿、矿卡智能调度，并在条件具备时应用无人驾驶矿卡。',
            en: 'Enterprises with their own limestone or aggregate quarries shall run a smart-mine system with digital ore blending and intelligent haul-truck dispatch, and driverless haul trucks where conditions allow.',
          },
          guidance: {
            zh: '评审会查看配矿模型、矿卡调度系统运行数据和无人驾驶的作业比例。无自有矿山的企业选不适用。',
            en: 'Reviewers look at the blending model, dispatch system data and the share of driverless haulage. Enterprises without their own quarry answer not applicable.',
          },
          evidenceHints: [
            { zh: '智能矿山系统截图', en: 'Smart-mine system screenshots' },
            {
              zh: '矿卡调度和无人驾驶运行统计',
              en: 'Haul dispatch and driverless operation statistics',
            },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['production', 'logistics'],
            systemLevel: ['equipment', 'workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
  ],
};

const automotive: ProfileInput = {
  id: 'automotive',
  name: { zh: '汽车', en: 'Automotive' },
  description: {
    zh: '汽车产业技术密集、零部件众多、产业链长、车型多、工艺复杂。关注研发设计、生产制造、物流供应链、营销和出行服务的智能化，突出冲压、焊装、涂装、总装四大工艺，兼顾企业内和产业链协同场景；重视基于数字孪生的研发设计、试验验证与产线集成，以及工厂规划仿真、协同设计、产线调试和交付。相对离散型基础表，提高计划与调度、生产作业、集成和物流相关的权重。',
    en: 'Automotive manufacturing is technology-intensive, with many parts, a long supply chain, many models and complex processes. Focus: intelligence across R&D, production, logistics and supply chain, marketing and mobility services, centred on the four core processes of stamping, welding, painting and final assembly, both inside the plant and across the chain; digital-twin-based design, testing and line integration; factory planning simulation, collaborative design, line commissioning and handover. Compared with the discrete base table, planning and scheduling, production operations, integration and logistics-related items weigh more.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'automotive',
  weights: {
    'd-data': 0.33,
    'd-integration': 0.42,
    'd-security': 0.25,
    'd-design': 0.22,
    'd-production': 0.48,
    'd-logistics': 0.12,
    'd-sales': 0.1,
    'd-service': 0.08,
    procurement: 0.14,
    planning: 0.22,
    operations: 0.26,
    maintenance: 0.12,
    warehousing: 0.14,
    ehs: 0.06,
    energy: 0.06,
  },
  tailorable: DISCRETE_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L3.automotive.01',
          level: 3,
          text: {
            zh: '应在冲压、焊装、涂装、总装四大工艺自动采集关键工艺参数（如焊接电流、涂层膜厚、烘房温度、拧紧扭矩），并与车辆识别代号（VIN）或零件批次关联，实现整车质量追溯。',
            en: 'The enterprise shall collect key process data automatically in stamping, welding, painting and final assembly (e.g. weld current, film thickness, oven temperature, tightening torque) and link it to the vehicle identification number (VIN) or part batch for full vehicle traceability.',
          },
          guidance: {
            zh: '评审会输入一个VIN，查看其各工艺的关键参数、关键零部件批次和检测结果能否一次查全。',
            en: 'Reviewers enter a VIN and check that its key process data, key part batches and test results can be retrieved in one query.',
          },
          evidenceHints: [
            { zh: '按VIN追溯查询截图', en: 'Screenshot of a trace by VIN' },
            { zh: '四大工艺采集参数清单', en: 'Collected parameters per core process' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'equipment',
      requirements: [
        {
          id: 'equipment.L3.automotive.01',
          level: 3,
          text: {
            zh: '冲压、焊装、涂装线应实现机器人和自动化装备的规模应用，装备状态与线体控制、安灯系统联网，停线原因自动记录。',
            en: 'Stamping, welding and painting lines shall use robots and automated equipment at scale, with equipment status networked to line control and the andon system and stoppage causes recorded automatically.',
          },
          guidance: {
            zh: '评审会查看各车间自动化率、安灯系统停线记录和设备综合效率（OEE）统计。',
            en: 'Reviewers look at automation rates per shop, andon stoppage records and overall equipment effectiveness (OEE).',
          },
          evidenceHints: [
            { zh: '各车间自动化率统计', en: 'Automation rates per shop' },
            { zh: '安灯停线记录和OEE报表', en: 'Andon stoppage log and OEE reports' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['equipment', 'unit'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'planning',
      requirements: [
        {
          id: 'planning.L3.automotive.01',
          level: 3,
          text: {
            zh: '应基于整车订单生成并锁定生产顺序，按顺序向供应商和物流发出准时化（JIT）或排序供货（JIS）需求，顺序变更时自动联动。',
            en: 'The enterprise shall generate and freeze the vehicle build sequence from orders, send just-in-time (JIT) or just-in-sequence (JIS) calls to suppliers and logistics in that sequence, and propagate sequence changes automatically.',
          },
          guidance: {
            zh: '评审会查看排序计划、供应商拉动信号和顺序达成率。',
            en: 'Reviewers look at the sequence plan, supplier call-off signals and sequence adherence.',
          },
          evidenceHints: [
            { zh: '生产排序计划截图', en: 'Build sequence screenshot' },
            {
              zh: 'JIT/JIS拉动记录和顺序达成率',
              en: 'JIT/JIS call-off records and sequence adherence',
            },
          ],
          tags: {
            lifecycle: ['production', 'logistics'],
            systemLevel: ['workshop', 'collaboration'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'process-design',
      requirements: [
        {
          id: 'process-design.L4.automotive.01',
          level: 4,
          text: {
            zh: '应在新车型导入和产线改造中基于数字孪生开展工厂与产线规划仿真、机器人离线编程和虚拟调试，缩短现场调试周期。',
            en: 'The enterprise shall use digital twins for plant and line planning simulation, offline robot programming and virtual commissioning when launching new models or rebuilding lines, to shorten on-site commissioning.',
          },
          guidance: {
            zh: '评审会查看最近一次车型导入的仿真报告、虚拟调试记录和现场调试周期对比。',
            en: 'Reviewers look at the simulation report and virtual commissioning records of the latest model launch and at on-site commissioning time compared with before.',
          },
          evidenceHints: [
            {
              zh: '产线仿真和虚拟调试报告',
              en: 'Line simulation and virtual commissioning reports',
            },
            { zh: '调试周期对比数据', en: 'Commissioning time comparison' },
          ],
          tags: {
            lifecycle: ['design', 'production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
  ],
};

const powerEquipment: ProfileInput = {
  id: 'power_equipment',
  name: { zh: '电力装备', en: 'Power equipment' },
  description: {
    zh: '电力装备行业产品种类多、个性化定制多、运维需求大。关注智能电网用户端设备和电动机等领域的智能工厂建设和系统集成，加工过程、生产布局和物流的数字化仿真，数字化过程控制、协同制造、设备远程运维和个性化定制。相对离散型基础表，提高设计、服务（尤其是产品服务）和集成的权重。',
    en: 'Power equipment has many product types, much customization and large operation-and-maintenance needs. Focus: smart factories and system integration for grid user-side equipment and electric motors; digital simulation of machining, layout and logistics; digital process control, collaborative manufacturing, remote maintenance of equipment in service, and mass customization. Compared with the discrete base table, design, service (especially product service) and integration weigh more.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'power_equipment',
  weights: {
    'd-data': 0.35,
    'd-integration': 0.4,
    'd-security': 0.25,
    'd-design': 0.24,
    'd-production': 0.44,
    'd-logistics': 0.1,
    'd-sales': 0.1,
    'd-service': 0.12,
    'customer-service': 0.4,
    'product-service': 0.6,
  },
  tailorable: DISCRETE_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'product-design',
      requirements: [
        {
          id: 'product-design.L3.power_equipment.01',
          level: 3,
          text: {
            zh: '应建立模块化、参数化的产品平台和配置规则，由订单技术参数自动生成产品配置、BOM和主要图纸。',
            en: 'The enterprise shall build a modular, parametric product platform with configuration rules, generating product configuration, BOM and main drawings automatically from order specifications.',
          },
          guidance: {
            zh: '评审会用一份典型订单演示配置过程，并查看自动生成比例和设计周期变化。',
            en: 'Reviewers have a typical order configured in front of them and look at the share generated automatically and the change in design lead time.',
          },
          evidenceHints: [
            {
              zh: '产品配置器或参数化设计系统截图',
              en: 'Product configurator or parametric design screenshots',
            },
            { zh: '订单设计周期统计', en: 'Order engineering lead-time statistics' },
          ],
          tags: {
            lifecycle: ['design', 'sales'],
            systemLevel: ['enterprise'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L3.power_equipment.01',
          level: 3,
          text: {
            zh: '应对耐压、局部放电、温升、损耗等出厂试验数据进行自动采集，与产品序列号关联并自动生成试验报告。',
            en: 'The enterprise shall collect routine-test data such as withstand voltage, partial discharge, temperature rise and losses automatically, link it to the product serial number and generate test reports automatically.',
          },
          guidance: {
            zh: '评审会按序列号调阅一台产品的试验数据和报告，确认数据由试验系统直接采集。',
            en: "Reviewers pull up one unit's test data and report by serial number and confirm the data came straight from the test system.",
          },
          evidenceHints: [
            { zh: '试验数据采集系统截图', en: 'Test data acquisition screenshots' },
            { zh: '自动生成的出厂试验报告', en: 'Automatically generated routine test report' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'product-service',
      requirements: [
        {
          id: 'product-service.L3.power_equipment.01',
          level: 3,
          text: {
            zh: '应对已投运的变压器、开关设备、电机等产品进行远程状态监测，提供故障告警、远程诊断和运维服务。',
            en: 'The enterprise shall monitor transformers, switchgear, motors and other products in service remotely, providing fault alarms, remote diagnosis and maintenance services.',
          },
          guidance: {
            zh: '评审会查看接入远程监测平台的产品数量、告警处理记录和服务合同。',
            en: 'Reviewers look at the number of products connected to the remote monitoring platform, alarm handling records and service contracts.',
          },
          evidenceHints: [
            {
              zh: '远程运维平台截图和接入产品清单',
              en: 'Remote service platform screenshots and connected products',
            },
            { zh: '远程诊断服务记录', en: 'Remote diagnosis service records' },
          ],
          tags: {
            lifecycle: ['service'],
            systemLevel: ['collaboration'],
            intelligence: ['new_business'],
          },
        },
      ],
    },
    {
      subdomainId: 'process-design',
      requirements: [
        {
          id: 'process-design.L4.power_equipment.01',
          level: 4,
          text: {
            zh: '应运用加工过程仿真、车间布局和物流仿真优化工艺方案与产线布置，并用实际运行数据修正仿真模型。',
            en: 'The enterprise shall use machining, layout and material-flow simulation to optimize process plans and line layout, and correct the simulation models with actual operating data.',
          },
          guidance: {
            zh: '评审会查看仿真报告、据此作出的方案调整，以及仿真结果与实际节拍、产能的对比。',
            en: 'Reviewers look at simulation reports, the changes made from them, and how simulated cycle time and capacity compare with reality.',
          },
          evidenceHints: [
            { zh: '工艺或物流仿真报告', en: 'Process or material-flow simulation reports' },
            { zh: '仿真与实际对比记录', en: 'Simulation vs. actual comparison' },
          ],
          tags: {
            lifecycle: ['design', 'production'],
            systemLevel: ['workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
  ],
};

const shipbuilding: ProfileInput = {
  id: 'shipbuilding',
  name: { zh: '船舶与海洋工程装备', en: 'Shipbuilding and offshore engineering equipment' },
  description: {
    zh: '船舶行业智能制造的内涵和指标尚不统一，智能装备集成应用不规范，协同管控精细化不足，新技术应用较慢。关注智能装备研发和集成应用、船厂生产协同管控（以分段、托盘等中间产品为核心）、数字化示范船厂、5G等新技术在造船中的应用，以及供应链协同和远程检验。相对离散型基础表，提高设计（尤其是生产设计）、计划与调度、生产作业、采购和网络的权重。',
    en: 'Smart shipbuilding still lacks common definitions and indicators, integrated use of smart equipment is not standardized, production control is coarse and new technologies spread slowly. Focus: developing and integrating smart equipment; coordinated shipyard production control centred on intermediate products such as hull blocks and outfitting pallets; digital model shipyards; 5G and other new technologies in shipbuilding; supply-chain collaboration and remote survey. Compared with the discrete base table, design (especially production design), planning, operations, procurement and network weigh more.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'shipbuilding',
  weights: {
    'd-equipment': 0.55,
    'd-network': 0.45,
    'd-design': 0.26,
    'd-production': 0.48,
    'd-logistics': 0.1,
    'd-sales': 0.08,
    'd-service': 0.08,
    'product-design': 0.45,
    'process-design': 0.55,
    procurement: 0.14,
    planning: 0.24,
    operations: 0.24,
    maintenance: 0.1,
    warehousing: 0.12,
    ehs: 0.08,
    energy: 0.08,
  },
  tailorable: DISCRETE_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'planning',
      requirements: [
        {
          id: 'planning.L3.shipbuilding.01',
          level: 3,
          text: {
            zh: '应以分段、托盘等中间产品为对象编制和跟踪各级生产计划，实现分段建造、舾装和涂装进度的协同（壳舾涂一体化），并实时掌握场地和资源占用。',
            en: 'The enterprise shall plan and track production at every level by intermediate product (hull block, outfitting pallet), coordinating block construction, outfitting and painting progress, with live visibility of yard space and resource use.',
          },
          guidance: {
            zh: '评审会抽取一个分段，查看其计划、实际进度、托盘齐套状态和场地占用是否在系统中实时可见。',
            en: 'Reviewers pick one block and check that its plan, actual progress, pallet kitting status and yard position are visible in the system in real time.',
          },
          evidenceHints: [
            {
              zh: '中间产品计划与进度系统截图',
              en: 'Intermediate-product planning and progress screenshots',
            },
            { zh: '分段场地管理画面', en: 'Block yard management screen' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['workshop', 'enterprise'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'process-design',
      requirements: [
        {
          id: 'process-design.L3.shipbuilding.01',
          level: 3,
          text: {
            zh: '应由三维设计模型直接生成生产设计数据（分段划分、零件套料、托盘清单、焊接信息），并自动下发到切割、焊接等数控装备。',
            en: 'The enterprise shall derive production-design data (block breakdown, part nesting, pallet lists, welding information) directly from the 3D design model and send it automatically to cutting, welding and other numerically controlled equipment.',
          },
          guidance: {
            zh: '评审会查看生产设计数据的来源和下发路径，确认无需在车间重新绘制或录入。',
            en: 'Reviewers look at where production-design data comes from and how it reaches the machines, confirming that nothing is redrawn or retyped in the shop.',
          },
          evidenceHints: [
            {
              zh: '三维模型到套料、切割程序的数据流说明',
              en: 'Data flow from 3D model to nesting and cutting programs',
            },
            { zh: '托盘清单样例', en: 'Sample pallet list' },
          ],
          tags: {
            lifecycle: ['design', 'production'],
            systemLevel: ['unit', 'enterprise'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'equipment',
      requirements: [
        {
          id: 'equipment.L3.shipbuilding.01',
          level: 3,
          text: {
            zh: '应在钢板和型材切割、小组立和中组立焊接、管子加工等环节应用智能生产线或机器人，并与生产设计数据和车间执行系统贯通。',
            en: 'The enterprise shall use smart lines or robots for plate and profile cutting, sub- and panel-assembly welding, pipe fabrication and similar, connected to production-design data and the shop-floor execution system.',
          },
          guidance: {
            zh: '评审会查看智能产线清单、运行效率以及与设计数据的对接方式。',
            en: 'Reviewers look at the list of smart lines, their efficiency and how they receive design data.',
          },
          evidenceHints: [
            { zh: '智能产线清单和现场照片', en: 'List and photos of smart lines' },
            { zh: '产线运行效率统计', en: 'Line efficiency statistics' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['equipment', 'unit'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'network',
      requirements: [
        {
          id: 'network.L3.shipbuilding.01',
          level: 3,
          text: {
            zh: '应在船坞、码头、分段堆场和船舱内等作业区域提供可靠的无线网络覆盖（如5G），支撑移动终端作业、物资定位和远程检验。',
            en: 'The enterprise shall provide reliable wireless coverage (e.g. 5G) in docks, quays, block yards and inside hulls, supporting mobile work terminals, material location and remote survey.',
          },
          guidance: {
            zh: '评审会查看覆盖范围、信号测试记录和基于无线网络的应用场景。',
            en: 'Reviewers look at coverage, signal test records and the applications running over the wireless network.',
          },
          evidenceHints: [
            { zh: '无线网络覆盖图和测试记录', en: 'Wireless coverage map and test records' },
            { zh: '远程检验或移动作业应用记录', en: 'Remote survey or mobile work records' },
          ],
          tags: {
            lifecycle: ['production', 'logistics'],
            systemLevel: ['workshop', 'collaboration'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
  ],
};

const railTransit: ProfileInput = {
  id: 'rail_transit',
  name: { zh: '轨道交通装备', en: 'Rail transit equipment' },
  description: {
    zh: '轨道交通装备行业多品种、小批量、新造与运维并重、个性化定制多。关注焊接、打磨、装配调试、物流等典型场景的智能工厂建设，智能装备检测认证、三维模型应用和工业机器人接口，以及高速动车组等产品的远程运维。相对离散型基础表，提高设计和服务（尤其是产品服务）的权重。',
    en: 'Rail transit equipment is high-mix and low-volume, with new build and maintenance equally important and much customization. Focus: smart factories for welding, grinding, assembly and commissioning, and logistics; testing and certification of smart equipment, use of 3D models and industrial robot interfaces; remote maintenance of high-speed trains and other products in service. Compared with the discrete base table, design and service (especially product service) weigh more.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'rail_transit',
  weights: {
    'd-design': 0.24,
    'd-production': 0.44,
    'd-logistics': 0.1,
    'd-sales': 0.08,
    'd-service': 0.14,
    'customer-service': 0.4,
    'product-service': 0.6,
  },
  tailorable: DISCRETE_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L3.rail_transit.01',
          level: 3,
          text: {
            zh: '车体、转向架等关键焊接工序应采用机器人或自动焊接，焊接参数、焊工资质和探伤结果自动记录并与产品编号关联。',
            en: 'Key welding of car bodies, bogies and similar shall be robotic or automated, with welding parameters, welder qualifications and NDT results recorded automatically against the product number.',
          },
          guidance: {
            zh: '评审会按产品编号调阅一条关键焊缝的焊接参数、焊工和探伤记录。',
            en: 'Reviewers pull up the parameters, welder and inspection record of one critical weld by product number.',
          },
          evidenceHints: [
            { zh: '焊接数据采集系统截图', en: 'Welding data acquisition screenshots' },
            { zh: '按产品编号的焊缝追溯记录', en: 'Weld trace by product number' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit'],
            intelligence: ['interconnection'],
          },
        },
        {
          id: 'operations.L3.rail_transit.02',
          level: 3,
          text: {
            zh: '应在总装和调试阶段以三维作业指导和电子检查表指导作业，调试数据自动采集并形成单车电子履历。',
            en: 'The enterprise shall guide final assembly and commissioning with 3D work instructions and electronic checklists, collecting commissioning data automatically into an electronic record per vehicle.',
          },
          guidance: {
            zh: '评审会现场查看工位终端上的三维作业指导，并调阅一辆车的电子履历。',
            en: "Reviewers look at the 3D instructions on station terminals and pull up one vehicle's electronic record.",
          },
          evidenceHints: [
            { zh: '工位三维作业指导截图', en: 'Screenshot of 3D work instructions at a station' },
            { zh: '单车电子履历样例', en: 'Sample electronic vehicle record' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
    {
      subdomainId: 'product-service',
      requirements: [
        {
          id: 'product-service.L4.rail_transit.01',
          level: 4,
          text: {
            zh: '应基于车载监测和检修数据对在役车辆关键部件进行故障预测和寿命评估，推动计划修向状态修转变并优化检修周期。',
            en: 'The enterprise shall predict failures and assess remaining life of key components of vehicles in service from on-board monitoring and maintenance data, moving from scheduled to condition-based maintenance and optimizing intervals.',
          },
          guidance: {
            zh: '评审会查看预测模型、预警准确率和检修周期调整的依据。未承担运维服务的企业可选不适用。',
            en: 'Reviewers look at the prediction models, warning accuracy and the basis for interval changes. Enterprises that provide no maintenance service may answer not applicable.',
          },
          evidenceHints: [
            { zh: '故障预测模型及预警记录', en: 'Failure prediction models and warning records' },
            { zh: '检修周期优化分析报告', en: 'Maintenance interval optimization report' },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['service'],
            systemLevel: ['collaboration'],
            intelligence: ['new_business'],
          },
        },
      ],
    },
  ],
};

const aerospace: ProfileInput = {
  id: 'aerospace',
  name: { zh: '航空航天', en: 'Aerospace' },
  description: {
    zh: '航空航天行业多品种、小批量，采用基于模型的研制模式，设计制造多方协同。关注智能工厂和数字化车间建设，基于模型的数字化设计、基于云的协同设计平台、复杂工艺生产线的虚拟仿真和环境监测，以及基于工业大数据的生产过程状态预知和优化。相对离散型基础表，提高设计、生产作业和信息安全的权重。',
    en: 'Aerospace is high-mix and low-volume, developed through model-based engineering with many parties collaborating on design and manufacturing. Focus: smart factories and digital workshops; model-based digital design, cloud-based collaborative design, virtual simulation and environmental monitoring of complex process lines; prediction and optimization of production status from industrial big data. Compared with the discrete base table, design, production operations and information security weigh more.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'aerospace',
  weights: {
    'd-data': 0.35,
    'd-integration': 0.35,
    'd-security': 0.3,
    'd-design': 0.3,
    'd-production': 0.44,
    'd-logistics': 0.08,
    'd-sales': 0.08,
    'd-service': 0.1,
    'product-design': 0.5,
    'process-design': 0.5,
    procurement: 0.14,
    planning: 0.2,
    operations: 0.28,
    maintenance: 0.12,
    warehousing: 0.1,
    ehs: 0.08,
    energy: 0.08,
  },
  tailorable: DISCRETE_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'product-design',
      requirements: [
        {
          id: 'product-design.L3.aerospace.01',
          level: 3,
          text: {
            zh: '应采用基于模型的定义（MBD），以带制造信息的三维模型作为设计、工艺、制造和检验的唯一数据源。',
            en: 'The enterprise shall use model-based definition (MBD), with the annotated 3D model as the single source for design, process planning, manufacturing and inspection.',
          },
          guidance: {
            zh: '评审会抽查一个零件，确认工艺和检验直接引用三维模型中的尺寸和技术要求，不再依赖二维图纸。',
            en: 'Reviewers sample a part and confirm that process planning and inspection use the dimensions and requirements in the 3D model rather than 2D drawings.',
          },
          evidenceHints: [
            { zh: 'MBD模型样例及建模规范', en: 'Sample MBD model and modelling standard' },
            {
              zh: '引用模型的工艺和检验文件',
              en: 'Process and inspection documents referencing the model',
            },
          ],
          tags: {
            lifecycle: ['design', 'production'],
            systemLevel: ['enterprise'],
            intelligence: ['fusion_sharing'],
          },
        },
        {
          id: 'product-design.L3.aerospace.02',
          level: 3,
          text: {
            zh: '应建立产品构型管理，设计更改的有效性（按架次或批次）与工艺、制造和交付状态保持一致并可追溯。',
            en: 'The enterprise shall manage product configuration so that the effectivity of engineering changes (by serial number or batch) stays consistent with process, manufacturing and delivered states and can be traced.',
          },
          guidance: {
            zh: '评审会选取一项设计更改，核对其在各架次的贯彻情况以及实物构型与设计构型是否一致。',
            en: 'Reviewers take one engineering change and check how it was embodied per serial number and whether the as-built configuration matches the as-designed one.',
          },
          evidenceHints: [
            { zh: '构型管理系统截图', en: 'Configuration management screenshots' },
            {
              zh: '设计更改贯彻记录及构型对比报告',
              en: 'Change embodiment records and configuration comparison',
            },
          ],
          tags: {
            lifecycle: ['design', 'production', 'service'],
            systemLevel: ['enterprise'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L3.aerospace.01',
          level: 3,
          text: {
            zh: '应对热处理、表面处理、复合材料固化、焊接等特种工艺的过程参数以及洁净和恒温等环境条件进行实时监测和记录，超差时自动报警。',
            en: 'The enterprise shall monitor and record process parameters of special processes (heat treatment, surface treatment, composite curing, welding) and environmental conditions (cleanliness, temperature) in real time, with automatic alarms when out of tolerance.',
          },
          guidance: {
            zh: '评审会调阅一炉次热处理或一罐次固化的过程曲线，并查看环境监测记录。',
            en: 'Reviewers pull up the process curve of one heat-treatment or cure cycle and the environmental monitoring record.',
          },
          evidenceHints: [
            { zh: '特种工艺过程曲线记录', en: 'Special-process curves' },
            { zh: '环境监测系统截图', en: 'Environmental monitoring screenshots' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'integration',
      requirements: [
        {
          id: 'integration.L4.aerospace.01',
          level: 4,
          text: {
            zh: '应与主机单位或配套单位通过协同设计平台共享模型和技术状态，开展联合设计、协同评审和数据交换。',
            en: 'The enterprise shall share models and technical status with prime contractors or suppliers through a collaborative design platform, for joint design, reviews and data exchange.',
          },
          guidance: {
            zh: '评审会查看协同平台上的项目、模型交换记录和权限控制。',
            en: 'Reviewers look at projects on the collaboration platform, model exchange records and access control.',
          },
          evidenceHints: [
            { zh: '协同设计平台截图', en: 'Collaborative design platform screenshots' },
            { zh: '模型交换和协同评审记录', en: 'Model exchange and joint review records' },
          ],
          tags: {
            lifecycle: ['design'],
            systemLevel: ['collaboration'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
  ],
};

const lightIndustry: ProfileInput = {
  id: 'light_industry',
  name: { zh: '轻工', en: 'Light industry' },
  description: {
    zh: '轻工行业细分领域多、工艺流程差别大、消费者需求差异大。关注食品、皮革、缝制、日化、造纸等专用装备的互联互通、远程运维和能效检测，家电、家具、皮革、造纸、五金、塑料、照明、食品等领域的智能工厂、生产管控、质量在线检测与追溯，以及智能家居、大规模个性化定制和智能产品运维服务。以离散型为基础，因所列重点领域多数（家电、家具、五金、照明、钟表等）为离散生产且消费端强调定制；造纸、食品等流程型企业可选用流程型基础档案。相对离散型基础表，提高生产作业（质量）和销售的权重。',
    en: 'Light industry covers many sub-sectors with very different processes and diverse consumer demand. Focus: interconnection, remote maintenance and energy-efficiency testing of specialised machinery (food, leather, sewing, household chemicals, papermaking); smart factories, production control and online quality inspection and traceability for appliances, furniture, leather, paper, hardware, plastics, lighting and food; smart home, mass customization and service of smart products. Based on the discrete profile because most of the listed focus areas (appliances, furniture, hardware, lighting, clocks and watches) are discrete and the consumer side stresses customization; paper and food producers may use the process base profile instead. Compared with the discrete base table, production operations (quality) and sales weigh more.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'light_industry',
  weights: {
    'd-design': 0.2,
    'd-production': 0.46,
    'd-logistics': 0.1,
    'd-sales': 0.14,
    'd-service': 0.1,
    procurement: 0.12,
    planning: 0.18,
    operations: 0.28,
    maintenance: 0.12,
    warehousing: 0.12,
    ehs: 0.08,
    energy: 0.1,
  },
  tailorable: DISCRETE_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L3.light_industry.01',
          level: 3,
          text: {
            zh: '应在关键工序开展质量在线检测，并实现从原辅材料、生产批次到成品（单品或批次）的正反向追溯。',
            en: 'The enterprise shall inspect quality online at key stages and trace forward and backward from raw and auxiliary materials through production batches to finished goods (by unit or batch).',
          },
          guidance: {
            zh: '评审会做一次模拟召回：任选一批原料查出用到的成品，再任选一件成品查出其原料和过程记录。',
            en: 'Reviewers run a mock recall: from a raw-material lot to the finished goods that used it, and from a finished item back to its materials and process records.',
          },
          evidenceHints: [
            { zh: '在线检测点清单和检测记录', en: 'Online inspection points and records' },
            { zh: '模拟召回追溯报告', en: 'Mock recall trace report' },
          ],
          tags: {
            lifecycle: ['production', 'logistics'],
            systemLevel: ['workshop', 'enterprise'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'sales',
      requirements: [
        {
          id: 'sales.L4.light_industry.01',
          level: 4,
          text: {
            zh: '应通过线上定制平台获取消费者的个性化需求，订单自动转化为产品配置和生产指令，并向消费者反馈订单进度。',
            en: "The enterprise shall take consumers' individual requirements through an online customization platform, convert orders automatically into product configurations and production orders, and report order progress back to the consumer.",
          },
          guidance: {
            zh: '评审会下一张定制订单，跟踪其从下单到排产的自动流转，并查看定制订单占比。不面向消费者定制的企业可选不适用。',
            en: 'Reviewers place a custom order and follow its automatic flow to scheduling, and look at the share of custom orders. Enterprises that do not customize for consumers may answer not applicable.',
          },
          evidenceHints: [
            { zh: '定制平台截图', en: 'Customization platform screenshots' },
            {
              zh: '定制订单占比和交付周期统计',
              en: 'Share of custom orders and delivery lead time',
            },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['sales', 'design', 'production'],
            systemLevel: ['enterprise', 'collaboration'],
            intelligence: ['new_business'],
          },
        },
      ],
    },
    {
      subdomainId: 'product-service',
      requirements: [
        {
          id: 'product-service.L4.light_industry.01',
          level: 4,
          text: {
            zh: '应采集联网智能产品（如智能家电、智能家居）的运行数据，开展故障预警、远程运维和基于使用数据的增值服务，并反馈到产品改进。',
            en: 'The enterprise shall collect operating data from connected smart products (e.g. smart appliances, smart home), provide failure warnings, remote maintenance and usage-based value-added services, and feed the data into product improvement.',
          },
          guidance: {
            zh: '评审会查看联网产品数量、服务记录以及依据使用数据进行的产品改进。无联网产品的企业可选不适用。',
            en: 'Reviewers look at the number of connected products, service records and product improvements driven by usage data. Enterprises without connected products may answer not applicable.',
          },
          evidenceHints: [
            {
              zh: '产品联网平台截图和联网数量',
              en: 'Connected-product platform screenshots and counts',
            },
            { zh: '基于使用数据的改进案例', en: 'Improvement cases based on usage data' },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['service', 'design'],
            systemLevel: ['collaboration'],
            intelligence: ['new_business'],
          },
        },
      ],
    },
  ],
};

const textile: ProfileInput = {
  id: 'textile',
  name: { zh: '纺织', en: 'Textiles' },
  description: {
    zh: '纺织行业总体为离散型、局部为流程型（化纤、印染等工序具有连续生产特点），因此以离散型为基础，并提高能源管理、安全环保和仓储配送的权重以反映印染和化纤环节。关注纺纱、化纤、织造、非织造、印染、服装和家纺等领域专用装备的互联互通、信息模型和远程运维，数字化车间和智能工厂中的数据、物流仓储和系统集成，以及大规模个性化定制。',
    en: 'Textiles are mostly discrete with process-type parts (chemical fibre and dyeing run as continuous processes), so this profile builds on the discrete one and raises energy, safety and environment, and warehousing to reflect dyeing and fibre production. Focus: interconnection, information models and remote maintenance of specialised equipment for spinning, chemical fibre, weaving, nonwovens, dyeing and finishing, garments and home textiles; data, logistics and warehousing, and system integration in digital workshops and smart factories; mass customization.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'textile',
  weights: {
    'd-data': 0.38,
    'd-integration': 0.4,
    'd-security': 0.22,
    'd-design': 0.18,
    'd-production': 0.5,
    'd-logistics': 0.12,
    'd-sales': 0.1,
    'd-service': 0.1,
    procurement: 0.1,
    planning: 0.18,
    operations: 0.22,
    maintenance: 0.14,
    warehousing: 0.14,
    ehs: 0.1,
    energy: 0.12,
  },
  tailorable: DISCRETE_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'equipment',
      requirements: [
        {
          id: 'equipment.L3.textile.01',
          level: 3,
          text: {
            zh: '细纱机、络筒机、织机等主要专用设备应联网，按单锭或单台采集产量、效率、断头或停台原因等数据。',
            en: 'Main specialised machines such as ring frames, winders and looms shall be networked, collecting output, efficiency and end-break or stop causes per spindle or per machine.',
          },
          guidance: {
            zh: '评审会查看联网设备比例和单锭或单台监测画面，以及据此开展的挡车和维修安排。',
            en: 'Reviewers look at the share of networked machines, the per-spindle or per-machine monitoring screens, and how they drive operator patrols and repairs.',
          },
          evidenceHints: [
            { zh: '设备联网清单和监测画面', en: 'Networked machine list and monitoring screens' },
            { zh: '断头率或停台分析报表', en: 'End-break or stoppage analysis reports' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['equipment', 'workshop'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L3.textile.01',
          level: 3,
          text: {
            zh: '印染工序应应用测色配色、染化料自动称量配送和工艺参数在线监控，配方和工艺数据与生产批次关联。',
            en: 'Dyeing and finishing shall use instrumental colour matching, automatic weighing and dispensing of dyes and chemicals, and online monitoring of process parameters, with recipes and process data linked to production batches.',
          },
          guidance: {
            zh: '评审会查看一缸染色的配方、称量和工艺曲线记录，以及一次符样率统计。没有印染工序的企业选不适用。',
            en: 'Reviewers look at the recipe, weighing and process curve of one dye lot and the right-first-time rate. Enterprises without dyeing answer not applicable.',
          },
          evidenceHints: [
            { zh: '配色和自动称量系统截图', en: 'Colour matching and dispensing screenshots' },
            {
              zh: '染色批次工艺曲线和一次符样率',
              en: 'Dye-lot process curves and right-first-time rate',
            },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'warehousing',
      requirements: [
        {
          id: 'warehousing.L3.textile.01',
          level: 3,
          text: {
            zh: '应实现纱线、坯布、成品在工序间和出入库的自动化输送与信息化管理（如自动落筒、自动打包、自动立体库），库存与生产实时同步。',
            en: 'The enterprise shall move and manage yarn, grey fabric and finished goods automatically between stages and in and out of stores (e.g. automatic doffing, packing, automated storage), with inventory synchronized with production in real time.',
          },
          guidance: {
            zh: '评审会查看自动化物流设施和库存数据的实时性。',
            en: 'Reviewers look at the automated handling equipment and how current the inventory data is.',
          },
          evidenceHints: [
            { zh: '物流仓储系统截图', en: 'Logistics and warehouse system screenshots' },
            { zh: '自动化物流设施现场照片', en: 'Photos of automated handling equipment' },
          ],
          tags: {
            lifecycle: ['logistics', 'production'],
            systemLevel: ['workshop'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'sales',
      requirements: [
        {
          id: 'sales.L4.textile.01',
          level: 4,
          text: {
            zh: '服装或家纺企业应支持大规模个性化定制：采集量体或定制数据，自动生成版型和裁剪方案，并按单件流组织生产。',
            en: 'Garment or home-textile enterprises shall support mass customization: capturing body measurements or custom data, generating patterns and cutting plans automatically, and producing in single-piece flow.',
          },
          guidance: {
            zh: '评审会跟踪一件定制产品从下单、自动制版到生产的过程，并查看定制交付周期。不开展定制的企业选不适用。',
            en: 'Reviewers follow one custom item from order through automatic pattern-making to production and look at custom delivery lead time. Enterprises without customization answer not applicable.',
          },
          evidenceHints: [
            {
              zh: '定制下单和自动制版系统截图',
              en: 'Custom ordering and automatic pattern-making screenshots',
            },
            { zh: '定制订单交付周期统计', en: 'Custom order lead-time statistics' },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['sales', 'design', 'production'],
            systemLevel: ['enterprise'],
            intelligence: ['new_business'],
          },
        },
      ],
    },
  ],
};

const electronics: ProfileInput = {
  id: 'electronics',
  name: { zh: '电子信息', en: 'Electronics and information' },
  description: {
    zh: '电子信息制造技术复杂、产品迭代快、多品种小批量特征明显，个性化定制需求增长快。关注电子材料、元器件、通信产品和系统的专用智能装备信息模型与互联互通，柔性生产线、数字化车间和智能工厂建设及系统集成，以及个性化定制等新模式。相对离散型基础表，提高生产作业、采购、仓储配送和集成的权重。',
    en: 'Electronics manufacturing is technically complex, iterates fast and is clearly high-mix and low-volume, with fast-growing demand for customization. Focus: information models and interconnection of specialised smart equipment for electronic materials, components, and communication products and systems; flexible lines, digital workshops and smart factories with their system integration; customization and other new models. Compared with the discrete base table, production operations, procurement, warehousing and integration weigh more.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'electronics',
  weights: {
    'd-data': 0.38,
    'd-integration': 0.4,
    'd-security': 0.22,
    'd-design': 0.24,
    'd-production': 0.48,
    'd-logistics': 0.1,
    'd-sales': 0.1,
    'd-service': 0.08,
    procurement: 0.14,
    planning: 0.2,
    operations: 0.28,
    maintenance: 0.1,
    warehousing: 0.14,
    ehs: 0.06,
    energy: 0.08,
  },
  tailorable: DISCRETE_TAILORABLE,
  extraRequirements: [
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L3.electronics.01',
          level: 3,
          text: {
            zh: 'SMT及组装测试应实现全过程追溯：元器件料盘标识、上料防错、锡膏与钢网管理、贴片和回流焊参数、SPI/AOI/测试结果均与产品序列号关联。',
            en: 'SMT, assembly and test shall be traceable end to end: reel identification, feeder set-up verification, solder paste and stencil control, placement and reflow parameters, and SPI/AOI/test results all linked to the product serial number.',
          },
          guidance: {
            zh: '评审会输入一块板的序列号，查看其所用元器件批次、炉温曲线和检测结果，并现场演示上错料时的防错拦截。',
            en: 'Reviewers enter a board serial number to see component lots, reflow profile and test results, and watch the system block a wrong reel on the line.',
          },
          evidenceHints: [
            { zh: '按序列号追溯查询截图', en: 'Trace by serial number screenshot' },
            { zh: '上料防错拦截记录', en: 'Feeder verification block records' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['unit', 'workshop'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
    {
      subdomainId: 'equipment',
      requirements: [
        {
          id: 'equipment.L3.electronics.01',
          level: 3,
          text: {
            zh: '贴片、印刷、回流焊、检测等设备应通过标准化接口（如IPC-CFX、SECS/GEM或OPC UA）与车间执行系统互联，实现程序切换和状态数据自动交互。',
            en: 'Placement, printing, reflow and inspection equipment shall be connected to the shop-floor execution system through standard interfaces (e.g. IPC-CFX, SECS/GEM or OPC UA), exchanging program changeovers and status data automatically.',
          },
          guidance: {
            zh: '评审会查看设备接口清单，现场观察换线时程序是否由系统自动下发。',
            en: 'Reviewers look at the equipment interface list and watch whether programs are downloaded automatically at changeover.',
          },
          evidenceHints: [
            { zh: '设备接口协议清单', en: 'Equipment interface protocol list' },
            { zh: '程序自动下发记录', en: 'Automatic program download records' },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['equipment', 'unit'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'planning',
      requirements: [
        {
          id: 'planning.L4.electronics.01',
          level: 4,
          text: {
            zh: '应基于高级计划排程对多品种小批量订单进行优化排产，综合考虑物料齐套、共用料和钢网、换线时间，缩短换线损失。',
            en: 'The enterprise shall optimize high-mix, low-volume scheduling with advanced planning and scheduling, considering material availability, shared components and stencils, and changeover times, to cut changeover losses.',
          },
          guidance: {
            zh: '评审会查看排程规则和换线时间、计划达成率的改善数据。',
            en: 'Reviewers look at the scheduling rules and improvements in changeover time and schedule attainment.',
          },
          evidenceHints: [
            { zh: 'APS排程结果截图', en: 'APS schedule screenshots' },
            {
              zh: '换线时间和计划达成率趋势',
              en: 'Changeover time and schedule attainment trends',
            },
          ],
          tags: {
            lifecycle: ['production'],
            systemLevel: ['workshop'],
            intelligence: ['fusion_sharing'],
          },
        },
      ],
    },
    {
      subdomainId: 'warehousing',
      requirements: [
        {
          id: 'warehousing.L3.electronics.01',
          level: 3,
          text: {
            zh: '应采用智能料仓或自动化仓储管理元器件，执行湿敏器件暴露时间管控和先进先出，并按工单自动备料配送到线。',
            en: 'The enterprise shall store components in smart racks or automated storage, control floor life of moisture-sensitive devices and first-in-first-out, and kit and deliver materials to the line automatically by work order.',
          },
          guidance: {
            zh: '评审会查看湿敏器件管控记录、先进先出执行情况和备料配送的及时率。',
            en: 'Reviewers look at moisture-sensitive device records, FIFO compliance and on-time kitting.',
          },
          evidenceHints: [
            { zh: '智能料仓或仓储系统截图', en: 'Smart rack or warehouse system screenshots' },
            { zh: '湿敏器件管控记录', en: 'Moisture-sensitive device control records' },
          ],
          tags: {
            lifecycle: ['logistics', 'production'],
            systemLevel: ['workshop'],
            intelligence: ['system_integration'],
          },
        },
      ],
    },
  ],
};

const other: ProfileInput = {
  id: 'other',
  name: { zh: '其他', en: 'Other industries' },
  description: {
    zh: '其他行业包括：食品（乳品饮料、酿酒、冷冻和罐藏食品，关注智能工厂设计、酿造灌装、工艺决策、远程运维和标识解析）、农业机械和工程机械（关注大规模个性化设计和智能运维服务监测）、印刷（关注柔性工艺流程设计和系统间信息交互）、民爆（关注关键工艺装备状态监控和运维）。各细分领域差别大，故沿用离散型基础权重，不作调整；食品等流程型企业可选用流程型基础档案。产品设计和产品服务均可裁剪。附加要求按细分领域设置，不涉及的可选不适用。',
    en: 'Other industries include food (dairy and beverages, brewing, frozen and canned food: smart-factory design, brewing and filling, process decisions, remote maintenance, identifier resolution), agricultural and construction machinery (mass individualized design, monitoring for smart maintenance services), printing (flexible process design, information exchange between systems) and civil explosives (condition monitoring and maintenance of key process equipment). The sub-sectors differ widely, so the discrete base weights are kept unchanged; food and other process-type producers may use the process base profile. Product design and product service may both be tailored out. Extra requirements are per sub-sector; those that do not apply may be answered not applicable.',
  },
  base: 'discrete',
  productionType: 'discrete',
  industry: 'other',
  weights: {},
  tailorable: ['product-design', 'product-service'],
  extraRequirements: [
    {
      subdomainId: 'operations',
      requirements: [
        {
          id: 'operations.L3.other.01',
          level: 3,
          text: {
            zh: '食品企业应对酿造、发酵、杀菌、灌装等关键工艺参数在线监控，并通过产品标识实现从原料到成品、从成品到流通环节的追溯。',
            en: 'Food enterprises shall monitor key process parameters of brewing, fermentation, sterilization and filling online, and use product identifiers to trace from raw materials to finished goods and on into distribution.',
          },
          guidance: {
            zh: '评审会查看关键控制点的监控记录，并扫描一件产品的标识进行追溯。非食品企业选不适用。',
            en: "Reviewers look at monitoring records of critical control points and scan one product's identifier to trace it. Non-food enterprises answer not applicable.",
          },
          evidenceHints: [
            { zh: '关键控制点监控记录', en: 'Critical control point monitoring records' },
            { zh: '产品标识追溯查询截图', en: 'Trace by product identifier screenshot' },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['production', 'logistics'],
            systemLevel: ['unit', 'collaboration'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
    {
      subdomainId: 'product-service',
      requirements: [
        {
          id: 'product-service.L3.other.01',
          level: 3,
          text: {
            zh: '工程机械和农业机械企业应对售出产品进行联网监测，掌握位置、工况和故障信息，提供远程诊断和主动维护服务。',
            en: 'Construction and agricultural machinery makers shall monitor sold machines over the network, knowing location, working condition and faults, and provide remote diagnosis and proactive maintenance.',
          },
          guidance: {
            zh: '评审会查看联网设备数量、故障预警和服务工单记录。非机械装备企业选不适用。',
            en: 'Reviewers look at the number of connected machines, fault warnings and service orders. Enterprises not making machinery answer not applicable.',
          },
          evidenceHints: [
            { zh: '设备联网监测平台截图', en: 'Connected machine monitoring screenshots' },
            { zh: '远程诊断和主动服务工单', en: 'Remote diagnosis and proactive service orders' },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['service'],
            systemLevel: ['collaboration'],
            intelligence: ['new_business'],
          },
        },
      ],
    },
    {
      subdomainId: 'maintenance',
      requirements: [
        {
          id: 'maintenance.L3.other.01',
          level: 3,
          text: {
            zh: '民爆企业应对关键工艺装备的运行状态和安全联锁进行在线监控，异常时自动报警停机，并记录维护和检修过程。',
            en: 'Civil-explosives enterprises shall monitor the condition and safety interlocks of key process equipment online, alarm and stop automatically on anomalies, and record maintenance and repair work.',
          },
          guidance: {
            zh: '评审会查看监控画面、联锁动作和报警记录以及检修记录。非民爆企业选不适用。',
            en: 'Reviewers look at the monitoring screens, interlock trips and alarms, and repair records. Enterprises outside civil explosives answer not applicable.',
          },
          evidenceHints: [
            { zh: '关键装备状态监控画面', en: 'Key equipment condition monitoring screens' },
            { zh: '联锁报警和检修记录', en: 'Interlock alarms and repair records' },
          ],
          naAllowed: true,
          tags: {
            lifecycle: ['production'],
            systemLevel: ['equipment', 'unit'],
            intelligence: ['interconnection'],
          },
        },
      ],
    },
  ],
};

/** Base profiles first, then the 14 industries in the guide's order. */
export const profiles: ProfileInput[] = [
  discreteBase,
  processBase,
  steel,
  nonferrous,
  petrochemical,
  chemical,
  buildingMaterials,
  automotive,
  powerEquipment,
  shipbuilding,
  railTransit,
  aerospace,
  lightIndustry,
  textile,
  electronics,
  other,
];
