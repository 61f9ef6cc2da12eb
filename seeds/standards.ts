/**
 * The standards catalog: real national standards a zhiping report can recommend for a weak
 * sub-domain. Source: shared/reference/standards.md (catalog research). Titles are the
 * published titles; summaries and link reasons are our own words.
 *
 * Every link is written once against the 2020 model (cmmm-2020) and mirrored onto the
 * sub-domains of our draft-2024 reading (cmmm-draft-2024) where they map; see `link()`.
 * Rows of the research table that name two standards (e.g. "GB/T 23003-2018 / 23007-2022")
 * are split into one entry per standard so that every number is a single standard.
 *
 * Framework codes follow the research table's "2024 guide cat." column. Where it offered
 * two codes the first is used and the other is named in sourceNote; where it said
 * "(management)" or "(quality)" (not a code of the guide) the closest real code, AA 通用,
 * is used and sourceNote says so.
 *
 * No national standard for 人员技能 was found (only the occupation 智能制造工程技术人员,
 * 2-02-07-13); the skills sub-domain therefore has no catalog entry yet, and a report says so
 * (shared/src/recommendations/coverage.ts). 仓储配送 is reached by two standards of the
 * research table whose scope includes it: GB/T 25103-2010 (its deliver process covers storage
 * and distribution) and GB/T 20720.1-2019 (the IEC 62264-1 functional model names product
 * inventory control and shipping administration).
 *
 * No C 行业应用 standard is in the catalog: the research table (shared/reference/standards.md)
 * confirms none for the guide's 14 industries, and numbers are never guessed.
 *
 * Scope (issue #16): `SCOPE` below gives each standard the production types it applies to and,
 * per sub-domain, the level band of the requirements it helps with. A report points a gap at a
 * standard only when the enterprise's production type is among the standard's and the gap's
 * level is inside the link's band.
 */
import type { LocalizedText, StandardInput, StandardLinkInput } from '@zhiping/shared';

export const CMMM_2020 = 'cmmm-2020';
export const CMMM_DRAFT_2024 = 'cmmm-draft-2024';

/** 2020 sub-domain ids, fixed by the 2020 seed. */
export type Subdomain2020 =
  | 'strategy'
  | 'skills'
  | 'data'
  | 'integration'
  | 'security'
  | 'equipment'
  | 'network'
  | 'product-design'
  | 'process-design'
  | 'procurement'
  | 'planning'
  | 'operations'
  | 'maintenance'
  | 'warehousing'
  | 'ehs'
  | 'energy'
  | 'logistics'
  | 'sales'
  | 'customer-service'
  | 'product-service';

/** Sub-domain ids of the draft-2024 model (seeds/indicator-systems/draft-2024). */
export type SubdomainDraft2024 =
  | Exclude<Subdomain2020, 'energy'>
  | 'lean'
  | 'factory-planning'
  | 'product-innovation'
  | 'quality'
  | 'energy-carbon'
  | 'supply-chain';

/** Where a 2020 sub-domain went in the draft-2024 tree (the default mirror of a link). */
export const DRAFT_2024_OF_2020: Record<Subdomain2020, SubdomainDraft2024> = {
  strategy: 'strategy',
  skills: 'skills',
  data: 'data',
  integration: 'integration',
  security: 'security',
  equipment: 'equipment',
  network: 'network',
  'product-design': 'product-design',
  'process-design': 'process-design',
  procurement: 'procurement',
  planning: 'planning',
  operations: 'operations',
  maintenance: 'maintenance',
  warehousing: 'warehousing',
  ehs: 'ehs',
  energy: 'energy-carbon',
  logistics: 'logistics',
  sales: 'sales',
  'customer-service': 'customer-service',
  'product-service': 'product-service',
};

interface LinkOptions {
  /** Draft-2024 targets instead of the default mirror; [] for none. */
  draft2024?: SubdomainDraft2024[];
  /** A different reason for the draft-2024 links. */
  draft2024Reason?: LocalizedText;
}

/** Links one standard to a 2020 sub-domain and to its draft-2024 counterpart(s). */
function link(
  subdomain: Subdomain2020 | null,
  zh: string,
  en: string,
  options: LinkOptions = {},
): StandardLinkInput[] {
  const reason = { zh, en };
  const links: StandardLinkInput[] = [];
  if (subdomain !== null) links.push({ systemCode: CMMM_2020, subdomainId: subdomain, reason });
  const targets = options.draft2024 ?? (subdomain === null ? [] : [DRAFT_2024_OF_2020[subdomain]]);
  for (const target of targets) {
    links.push({
      systemCode: CMMM_DRAFT_2024,
      subdomainId: target,
      reason: options.draft2024Reason ?? reason,
    });
  }
  return links;
}

const modelItself = (zh: string, en: string): StandardLinkInput[] => link('strategy', zh, en);

const catalog: StandardInput[] = [
  {
    number: 'GB/T 39116-2020',
    title: {
      zh: '智能制造能力成熟度模型',
      en: 'Maturity model of intelligent manufacturing capability',
    },
    summary: {
      zh: '给出企业智能制造能力的五级阶梯、四要素和二十个能力子域，是自评和制定提升路径的基准。',
      en: 'Defines the five-level ladder, four elements and twenty capability sub-domains against which an enterprise self-assesses and plans its improvement path.',
    },
    frameworkCode: 'AEB',
    sourceNote:
      'Evidence: codeofchina; cs.com.cn. Guide category AE 评价 (AEB 评价方法: maturity model).',
    links: modelItself(
      '模型本身：给出各能力子域各等级的要求，是规划智能制造战略和目标等级的依据。',
      'The model itself: it states the requirements of every sub-domain at every level, the basis for setting the smart-manufacturing strategy and target level.',
    ),
  },
  {
    number: 'GB/T 39117-2020',
    title: {
      zh: '智能制造能力成熟度评估方法',
      en: 'Assessment method of intelligent manufacturing capability maturity',
    },
    summary: {
      zh: '规定成熟度评估的过程、评分和等级判定方法，使自评结果可复核、可比较。',
      en: 'Sets out the assessment process, scoring and level judgment, so that a self-assessment result can be reviewed and compared.',
    },
    frameworkCode: 'AEB',
    sourceNote:
      'Evidence: codeofchina. Guide category AE 评价 (AEB 评价方法: evaluation process, result judgment).',
    links: modelItself(
      '评估方法本身：规范如何对照模型定期评估现状、判定等级并跟踪战略目标的达成。',
      'The assessment method itself: how to assess the current state against the model, judge the level and track progress toward the strategic target.',
    ),
  },
  {
    number: 'GB/T 40647-2021',
    title: { zh: '智能制造 系统架构', en: 'Intelligent manufacturing — System architecture' },
    summary: {
      zh: '用生命周期、系统层级和智能特征三个维度描述智能制造，帮助企业界定建设范围和蓝图。',
      en: 'Describes smart manufacturing along lifecycle, system hierarchy and intelligence features, helping an enterprise scope its programme and draw its blueprint.',
    },
    frameworkCode: 'AAB',
    sourceNote:
      'Evidence: meinvxi.cn/2164.html (2021年第12号公告). Guide category AA 通用 (AAB 参考模型).',
    links: link(
      'strategy',
      '帮助满足制定智能制造总体规划、明确建设范围和架构蓝图一类的要求。',
      'Helps meet requirements to draw up an overall smart-manufacturing plan with a defined scope and architecture blueprint.',
    ),
  },
  {
    number: 'GB/T 37413-2019',
    title: { zh: '数字化车间 术语和定义', en: 'Digital factory — Terms and definitions' },
    summary: {
      zh: '统一数字化车间的术语，让设备、生产和信息化人员对车间建设的对象说同一种语言。',
      en: 'Unifies the vocabulary of the digital workshop, so equipment, production and IT staff name the same things the same way.',
    },
    frameworkCode: 'AAA',
    sourceNote:
      'Evidence: chinesestandards.org; sesec.eu/2657-2. Research table gives AA / BC; AA (AAA 术语定义) used.',
    links: [
      ...link(
        'equipment',
        '为装备数字化改造的需求描述和验收提供统一术语。',
        'Gives common terms for specifying and accepting the digital upgrade of equipment.',
      ),
      ...link(
        'operations',
        '为车间作业数字化（数据采集、过程管控）的要求提供统一概念。',
        'Gives common concepts for digitalising shop-floor operations (data collection, process control).',
      ),
    ],
  },
  {
    number: 'GB/T 37393-2019',
    title: {
      zh: '数字化车间 通用技术要求',
      en: 'Digital factory — General technical requirements',
    },
    summary: {
      zh: '给出数字化车间在装备、网络、系统和数据方面的基本技术要求，可作为车间改造的验收清单。',
      en: 'Gives the basic technical requirements of a digital workshop for equipment, networks, systems and data; usable as an acceptance checklist for a workshop upgrade.',
    },
    frameworkCode: 'BC',
    sourceNote: 'Evidence: sesec.eu/2657-2. Guide category BC 智能工厂.',
    links: [
      ...link(
        'equipment',
        '帮助满足关键装备数字化、具备数据采集与通信能力的要求。',
        'Helps meet requirements that key equipment is digital and able to collect and communicate data.',
      ),
      ...link(
        'operations',
        '帮助满足车间生产过程数字化管控、作业数据实时采集的要求。',
        'Helps meet requirements for digitally controlled production processes and real-time collection of operation data.',
      ),
      ...link(
        'integration',
        '帮助满足车间层设备与信息系统之间集成的要求。',
        'Helps meet requirements to integrate workshop equipment with information systems.',
      ),
    ],
  },
  {
    number: 'GB/T 39474-2020',
    title: {
      zh: '基于云制造的智能工厂架构要求',
      en: 'Architecture requirements of smart factory based on cloud manufacturing',
    },
    summary: {
      zh: '描述工厂资源上云、云边协同的架构，帮助企业规划系统上云和跨系统集成的路径。',
      en: 'Describes an architecture for moving factory resources to the cloud with cloud-edge collaboration, helping plan cloud adoption and cross-system integration.',
    },
    frameworkCode: 'BC',
    sourceNote: 'Evidence: gbbz.net. Guide category BC 智能工厂.',
    links: [
      ...link(
        'integration',
        '帮助满足基于平台或云实现跨业务系统集成、资源共享的要求。',
        'Helps meet requirements to integrate business systems and share resources through a platform or cloud.',
      ),
      ...link(
        'network',
        '帮助满足工厂网络支撑云边协同、远程访问的要求。',
        'Helps meet requirements that the plant network supports cloud-edge collaboration and remote access.',
      ),
    ],
  },
  {
    number: 'GB/T 40648-2021',
    title: {
      zh: '智能制造 虚拟工厂参考架构',
      en: 'Intelligent manufacturing — Reference architecture of virtual factory',
    },
    summary: {
      zh: '给出虚拟工厂的参考架构，支持在数字空间中规划、仿真和验证工厂布局与工艺。',
      en: 'Gives a reference architecture for the virtual factory, supporting planning, simulating and validating plant layout and processes in digital space.',
    },
    frameworkCode: 'BC',
    sourceNote:
      'Evidence: chinesestandard.net; renrendoc. Guide category BC 智能工厂. Research table maps it to 工艺设计 / 工厂规划 (工厂规划 exists only in the draft-2024 model).',
    links: link(
      'process-design',
      '帮助满足基于虚拟工厂进行工艺布局仿真和验证的要求。',
      'Helps meet requirements to simulate and validate process layouts in a virtual factory.',
      { draft2024: ['process-design', 'factory-planning'] },
    ),
  },
  {
    number: 'GB/T 40654-2021',
    title: {
      zh: '智能制造 虚拟工厂信息模型',
      en: 'Intelligent manufacturing — Information model of virtual factory',
    },
    summary: {
      zh: '规定虚拟工厂中资源、工艺和产品信息的建模方式，让工厂数据能被统一描述和复用。',
      en: 'Specifies how resources, processes and products of a virtual factory are modelled, so plant data can be described uniformly and reused.',
    },
    frameworkCode: 'BC',
    sourceNote: 'Evidence: chinesestandard.net. Guide category BC 智能工厂.',
    links: [
      ...link(
        'data',
        '帮助满足建立统一数据模型、数据字典的要求。',
        'Helps meet requirements to establish a unified data model and data dictionary.',
      ),
      ...link(
        'process-design',
        '帮助满足工艺信息结构化建模、支撑工艺仿真的要求。',
        'Helps meet requirements to model process information in a structured way that supports process simulation.',
        { draft2024: ['process-design', 'factory-planning'] },
      ),
    ],
  },
  {
    number: 'GB/T 38129-2019',
    title: { zh: '智能工厂 安全控制要求', en: 'Smart factory — Safety control requirements' },
    summary: {
      zh: '给出智能工厂在功能安全和信息安全两方面的控制要求，帮助把安全措施落到装备和系统上。',
      en: 'Gives control requirements for functional safety and information security in a smart factory, helping turn safety measures into equipment and system features.',
    },
    frameworkCode: 'AB',
    sourceNote: 'Evidence: yuan110.com/2637.html. Guide category AB 安全.',
    links: [
      ...link(
        'ehs',
        '帮助满足生产安全风险自动识别、安全联锁与控制的要求。',
        'Helps meet requirements for automatic identification of production-safety risks and safety interlocks and controls.',
      ),
      ...link(
        'security',
        '帮助满足工厂控制系统安全防护的要求。',
        'Helps meet requirements to protect the plant control systems.',
      ),
    ],
  },
  {
    number: 'GB/T 20720.1-2019',
    title: {
      zh: '企业控制系统集成 第1部分：模型和术语',
      en: 'Enterprise-control system integration — Part 1: Models and terminology',
    },
    summary: {
      zh: '等同 IEC 62264-1，给出企业层与制造层之间的功能模型和对象模型，是 ERP 与 MES 集成的共同语言。',
      en: 'Identical to IEC 62264-1: functional and object models between the business and manufacturing layers, a common language for ERP–MES integration.',
    },
    frameworkCode: 'BC',
    sourceNote:
      'Evidence: chinesestandards.org; gbstd.com. Guide category BC 智能工厂 (集成优化). 仓储配送 link: the IEC 62264-1 functional model includes product inventory control and product shipping administration (mapping decided in issue #16).',
    links: [
      ...link(
        'integration',
        '帮助满足企业层与车间层系统（如 ERP 与 MES）按统一模型集成的要求。',
        'Helps meet requirements to integrate business-level and shop-floor systems (e.g. ERP and MES) on a shared model.',
      ),
      ...link(
        'warehousing',
        '其功能模型包含产品库存控制和发运管理：帮助满足仓储系统与计划、生产系统之间库存和配送信息集成的要求。',
        'Its functional model includes product inventory control and shipping administration: helps meet requirements to integrate inventory and delivery data between warehouse, planning and production systems.',
      ),
    ],
  },
  {
    number: 'GB/T 20720.5-2015',
    title: {
      zh: '企业控制系统集成 第5部分：业务与制造间事务',
      en: 'Enterprise-control system integration — Part 5: Business-to-manufacturing transactions',
    },
    summary: {
      zh: '规定业务系统与制造系统之间交换订单、计划、执行结果等信息的事务，减少接口的自定义开发。',
      en: 'Specifies the transactions by which business and manufacturing systems exchange orders, schedules and results, reducing custom interface work.',
    },
    frameworkCode: 'BC',
    sourceNote:
      'Evidence: yunbiaozhun.com/detail/1051458.html. Guide category BC 智能工厂 (集成优化).',
    links: [
      ...link(
        'integration',
        '帮助满足业务系统与制造系统之间数据自动交换的要求。',
        'Helps meet requirements for automatic data exchange between business and manufacturing systems.',
      ),
      ...link(
        'planning',
        '帮助满足计划下达到车间、执行结果自动反馈到计划层的要求。',
        'Helps meet requirements that plans flow down to the shop floor and execution results flow back automatically.',
      ),
    ],
  },
  {
    number: 'GB/T 25485-2010',
    title: {
      zh: '工业自动化系统与集成 制造执行系统功能体系结构',
      en: 'Industrial automation systems and integration — Functional architecture of manufacturing execution systems',
    },
    summary: {
      zh: '给出 MES 的功能划分和体系结构，帮助企业选型、建设和验收制造执行系统。',
      en: 'Gives the functional breakdown and architecture of an MES, helping an enterprise select, build and accept one.',
    },
    frameworkCode: 'BB',
    sourceNote:
      'Evidence: chinesestandards.org; gbstd.com. Guide category BB 工业软件 (生产制造软件).',
    links: [
      ...link(
        'operations',
        '帮助满足用制造执行系统管理作业执行、过程数据和在制品的要求。',
        'Helps meet requirements to run job execution, process data and work-in-progress in a manufacturing execution system.',
      ),
      ...link(
        'planning',
        '帮助满足车间作业计划与调度由系统生成和下达的要求。',
        'Helps meet requirements that shop-floor schedules are generated and dispatched by a system.',
      ),
    ],
  },
  {
    number: 'GB/T 40655-2021',
    title: {
      zh: '智能生产订单管理系统技术要求',
      en: 'Technical requirements of intelligent production order management system',
    },
    summary: {
      zh: '规定生产订单从接收、分解到跟踪的系统功能，帮助订单与生产计划打通。',
      en: 'Specifies system functions for receiving, breaking down and tracking production orders, helping connect orders with production planning.',
    },
    frameworkCode: 'BB',
    sourceNote:
      'Evidence: renrendoc.com/paper/240323081.html. Research table gives BB / BC; BB used.',
    links: link(
      'planning',
      '帮助满足基于订单自动生成、跟踪和调整生产计划的要求。',
      'Helps meet requirements to generate, track and adjust production plans automatically from orders.',
    ),
  },
  {
    number: 'GB/T 40659-2021',
    title: {
      zh: '智能制造 机器视觉在线检测系统 通用要求',
      en: 'Intelligent manufacturing — Machine-vision online inspection system — General requirements',
    },
    summary: {
      zh: '规定机器视觉在线检测系统的组成、功能和性能要求，帮助用在线检测替代人工目检。',
      en: 'Specifies the composition, functions and performance of machine-vision online inspection, helping replace manual visual checks with online inspection.',
    },
    frameworkCode: 'BA',
    sourceNote:
      'Evidence: meinvxi.cn/2164.html. Guide category BA 智能装备 (智能检测与装配装备). Maps to 生产作业 (质量); in the draft-2024 model quality is its own sub-domain.',
    links: link(
      'operations',
      '帮助满足质量在线检测、异常自动报警一类的质量要求。',
      'Helps meet the quality requirements for online inspection and automatic alerts on defects.',
      { draft2024: ['quality'] },
    ),
  },
  {
    number: 'GB/T 40571-2021',
    title: {
      zh: '智能服务 预测性维护 通用要求',
      en: 'Intelligent service — Predictive maintenance — General requirements',
    },
    summary: {
      zh: '给出预测性维护从状态监测、故障诊断到寿命预测和维护决策的通用要求。',
      en: 'Gives general requirements for predictive maintenance, from condition monitoring and fault diagnosis to life prediction and maintenance decisions.',
    },
    frameworkCode: 'BE',
    sourceNote:
      'Evidence: chinesestandard.net. Research table gives BE / BF; BE used (BF 运维服务 also fits).',
    links: [
      ...link(
        'maintenance',
        '帮助满足设备状态监测、故障预警和预测性维护的要求。',
        'Helps meet requirements for equipment condition monitoring, fault early warning and predictive maintenance.',
      ),
      ...link(
        'product-service',
        '帮助满足对售出产品远程监测、预测性运维服务的要求。',
        'Helps meet requirements for remote monitoring and predictive maintenance services on products in the field.',
      ),
    ],
  },
  {
    number: 'GB/T 41723-2022',
    title: {
      zh: '自动化系统与集成 复杂产品数字孪生体系架构',
      en: 'Automation systems and integration — Digital-twin architecture of complex products',
    },
    summary: {
      zh: '给出复杂产品数字孪生的体系架构，支撑设计仿真与运行阶段的虚实联动。',
      en: 'Gives an architecture for digital twins of complex products, supporting design simulation and the link between physical and virtual product in operation.',
    },
    frameworkCode: 'BE',
    sourceNote: 'Evidence: wetuji.com. Guide category BE 智能赋能技术 (数字孪生).',
    links: [
      ...link(
        'product-design',
        '帮助满足基于模型的设计、仿真验证一类的产品设计要求。',
        'Helps meet product-design requirements for model-based design and simulation-based validation.',
        { draft2024: ['product-design', 'product-innovation'] },
      ),
      ...link(
        'product-service',
        '帮助满足基于产品孪生开展远程运维和服务优化的要求。',
        'Helps meet requirements to run remote maintenance and service optimisation on a product twin.',
      ),
    ],
  },
  {
    number: 'GB/T 43441.1-2023',
    title: {
      zh: '信息技术 数字孪生 第1部分：通用要求',
      en: 'Information technology — Digital twin — Part 1: General requirements',
    },
    summary: {
      zh: '规定数字孪生的通用能力要求，帮助企业判断孪生应用需要哪些数据、模型和交互能力。',
      en: 'States the general capabilities of a digital twin, helping an enterprise judge which data, models and interactions a twin application needs.',
    },
    frameworkCode: 'BE',
    sourceNote:
      'Evidence: cornels-photography.com; nshx.cn. Guide category BE 智能赋能技术 (数字孪生).',
    links: [
      ...link(
        'data',
        '帮助满足基于数据建立模型、实现虚实映射的要求。',
        'Helps meet requirements to build models from data and map the physical to the virtual.',
      ),
      ...link(
        'equipment',
        '帮助满足关键装备建立数字孪生、支持仿真与优化的要求。',
        'Helps meet requirements to build digital twins of key equipment for simulation and optimisation.',
      ),
    ],
  },
  {
    number: 'GB/T 24734.1~24734.11-2009',
    title: {
      zh: '技术产品文件 数字化产品定义数据通则（共 11 部分）',
      en: 'Technical product documentation — Digital product definition data practices (11 parts)',
    },
    summary: {
      zh: '规定三维模型中尺寸、公差和注释的表达，让三维模型可以直接作为设计和制造的依据。',
      en: 'Specifies how dimensions, tolerances and annotations are carried in 3D models, so the model itself can serve as the design and manufacturing record.',
    },
    frameworkCode: 'BB',
    sourceNote:
      'Evidence: xoshare.cn (GB/T 24734.4-2009 seen); the series has 11 parts. Research table gives BB / AA; BB used.',
    links: link(
      'product-design',
      '帮助满足采用三维模型定义产品、模型数据规范化的要求。',
      'Helps meet requirements to define products in 3D models with standardised model data.',
    ),
  },
  {
    number: 'GB/T 38869-2020',
    title: {
      zh: '基于OPC UA的数字化车间互联网络架构',
      en: 'Network architecture of digital workshop interconnection based on OPC UA',
    },
    summary: {
      zh: '给出以 OPC UA 连接车间设备和系统的网络架构，帮助实现设备异构互联。',
      en: 'Gives a network architecture that connects workshop equipment and systems through OPC UA, helping heterogeneous devices interconnect.',
    },
    frameworkCode: 'BG',
    sourceNote: 'Evidence: chinesestandard.net; duodown.com. Guide category BG 工业网络.',
    links: [
      ...link(
        'network',
        '帮助满足车间设备联网、采用统一工业协议的要求。',
        'Helps meet requirements to network workshop equipment over a common industrial protocol.',
      ),
      ...link(
        'integration',
        '帮助满足设备与系统之间语义一致的数据交换要求。',
        'Helps meet requirements for semantically consistent data exchange between equipment and systems.',
      ),
    ],
  },
  {
    number: 'GB/T 33863.3-2017',
    title: {
      zh: 'OPC统一架构 第3部分：地址空间模型',
      en: 'OPC unified architecture — Part 3: Address space model',
    },
    summary: {
      zh: '等同 IEC 62541-3，规定 OPC UA 地址空间的建模方式，是设备数据统一建模的基础。',
      en: 'Identical to IEC 62541-3: how the OPC UA address space is modelled, the basis for modelling device data uniformly.',
    },
    frameworkCode: 'BG',
    sourceNote:
      'Evidence: yunbiaozhun.com; bzgfw.com (research row "GB/T 33863.3/.5-2017", split). Guide category BG 工业网络.',
    links: [
      ...link(
        'integration',
        '帮助满足设备与系统按标准接口互通的要求。',
        'Helps meet requirements that equipment and systems interoperate through standard interfaces.',
      ),
      ...link(
        'data',
        '帮助满足设备数据统一建模、可被各系统复用的要求。',
        'Helps meet requirements that device data is modelled uniformly and reusable across systems.',
      ),
    ],
  },
  {
    number: 'GB/T 33863.5-2017',
    title: {
      zh: 'OPC统一架构 第5部分：信息模型',
      en: 'OPC unified architecture — Part 5: Information model',
    },
    summary: {
      zh: '等同 IEC 62541-5，规定 OPC UA 的标准信息模型，帮助不同厂商设备的数据语义一致。',
      en: 'Identical to IEC 62541-5: the standard OPC UA information model, helping devices of different vendors share data semantics.',
    },
    frameworkCode: 'BG',
    sourceNote:
      'Evidence: yunbiaozhun.com; bzgfw.com (research row "GB/T 33863.3/.5-2017", split). Guide category BG 工业网络.',
    links: [
      ...link(
        'integration',
        '帮助满足异构设备和系统之间语义互操作的要求。',
        'Helps meet requirements for semantic interoperability between heterogeneous equipment and systems.',
      ),
      ...link(
        'data',
        '帮助满足建立统一数据字典和信息模型的要求。',
        'Helps meet requirements to establish a unified data dictionary and information model.',
      ),
    ],
  },
  {
    number: 'GB/T 42021-2022',
    title: {
      zh: '工业互联网 总体网络架构',
      en: 'Industrial internet — Overall network architecture',
    },
    summary: {
      zh: '给出工厂内外网络的总体架构，帮助企业规划 IT/OT 网络的分层、互通和演进。',
      en: 'Gives the overall architecture of networks inside and outside the plant, helping plan the layering, interconnection and evolution of IT/OT networks.',
    },
    frameworkCode: 'BG',
    sourceNote: 'Evidence: k4000.cn/news/details?id=85. Guide category BG 工业网络.',
    links: link(
      'network',
      '帮助满足网络整体规划、工厂内外网互通和 IT/OT 网络融合的要求。',
      'Helps meet requirements for overall network planning, connecting plant and external networks and converging IT/OT networks.',
    ),
  },
  {
    number: 'GB/T 23031.1-2022',
    title: {
      zh: '工业互联网平台 应用实施指南 第1部分：总则',
      en: 'Industrial internet platform — Application implementation guide — Part 1: General',
    },
    summary: {
      zh: '给出企业应用工业互联网平台的实施步骤，帮助把数据和应用迁移到平台上并形成闭环。',
      en: 'Gives the steps for an enterprise to adopt an industrial internet platform, helping move data and applications onto it and close the loop.',
    },
    frameworkCode: 'BE',
    sourceNote: 'Evidence: hctape.cn; k4000.cn. Guide category BE 智能赋能技术.',
    links: [
      ...link(
        'integration',
        '帮助满足依托平台集成业务系统和应用的要求。',
        'Helps meet requirements to integrate business systems and applications on a platform.',
      ),
      ...link(
        'data',
        '帮助满足在平台上汇聚、分析和应用数据的要求。',
        'Helps meet requirements to gather, analyse and use data on a platform.',
      ),
    ],
  },
  {
    number: 'GB/T 41870-2022',
    title: {
      zh: '工业互联网平台 企业应用水平与绩效评价',
      en: 'Industrial internet platform — Evaluation of enterprise application level and performance',
    },
    summary: {
      zh: '给出评价企业平台应用水平和成效的指标，帮助企业衡量数字化投入的回报。',
      en: 'Gives indicators for how well an enterprise uses an industrial internet platform and what it gains, helping measure the return on digital investment.',
    },
    frameworkCode: 'AEA',
    sourceNote: 'Evidence: hctape.cn; k4000.cn. Guide category AE 评价 (AEA 指标体系).',
    links: [
      ...link(
        'strategy',
        '帮助满足对智能制造投入和成效进行评价、考核的要求。',
        'Helps meet requirements to evaluate and review the investment in and results of smart manufacturing.',
      ),
      ...link(
        'data',
        '帮助满足用数据指标衡量业务绩效的要求。',
        'Helps meet requirements to measure business performance with data-based indicators.',
      ),
    ],
  },
  {
    number: 'GB/T 42562-2023',
    title: {
      zh: '工业互联网平台 选型要求',
      en: 'Industrial internet platform — Selection requirements',
    },
    summary: {
      zh: '给出选择工业互联网平台时应考察的能力项，帮助企业避免选型失误和重复建设。',
      en: 'Lists the capabilities to examine when choosing an industrial internet platform, helping avoid poor choices and duplicated systems.',
    },
    frameworkCode: 'BE',
    sourceNote: 'Evidence: yakugen.com.cn. Guide category BE 智能赋能技术.',
    links: link(
      'integration',
      '帮助满足按集成需求规划和选择平台、统一集成架构的要求。',
      'Helps meet requirements to plan and choose a platform for integration needs and keep one integration architecture.',
    ),
  },
  {
    number: 'GB/T 42568-2023',
    title: {
      zh: '工业互联网平台 微服务参考框架',
      en: 'Industrial internet platform — Microservice reference framework',
    },
    summary: {
      zh: '给出平台微服务的参考框架，帮助把业务能力拆分为可复用、可组合的服务。',
      en: 'Gives a reference framework for platform microservices, helping split business capabilities into reusable, composable services.',
    },
    frameworkCode: 'BE',
    sourceNote:
      'Evidence: yakugen.com.cn (research row "GB/T 42568-2023 / 42569-2023", split). Research table gives BE / BB; BE used.',
    links: link(
      'integration',
      '帮助满足以服务化方式集成应用、支持灵活组合的要求。',
      'Helps meet requirements to integrate applications as services that can be recombined flexibly.',
    ),
  },
  {
    number: 'GB/T 42569-2023',
    title: {
      zh: '工业互联网平台 开放应用编程接口功能要求',
      en: 'Industrial internet platform — Functional requirements of open application programming interfaces',
    },
    summary: {
      zh: '规定平台开放接口应具备的功能，帮助企业以统一接口连接内外部应用。',
      en: 'Specifies the functions of a platform’s open APIs, helping connect internal and external applications through uniform interfaces.',
    },
    frameworkCode: 'BE',
    sourceNote:
      'Evidence: yakugen.com.cn (research row "GB/T 42568-2023 / 42569-2023", split). Research table gives BE / BB; BE used.',
    links: link(
      'integration',
      '帮助满足通过标准开放接口实现系统间及企业间集成的要求。',
      'Helps meet requirements to integrate systems, and enterprises, through standard open interfaces.',
    ),
  },
  {
    number: 'GB/T 36073-2018',
    title: {
      zh: '数据管理能力成熟度评估模型',
      en: 'Data management capability maturity assessment model (DCMM)',
    },
    summary: {
      zh: '从数据战略、治理、架构、标准、质量、安全等方面评估数据管理能力，给出数据治理的提升路径。',
      en: 'Assesses data-management capability across strategy, governance, architecture, standards, quality and security, giving a path for improving data governance.',
    },
    frameworkCode: 'AEB',
    sourceNote:
      'Evidence: chinesestandard.net; 831cq.com. A 2025 revision exists; check which edition applies. Research table gives AE / BE; AE used.',
    links: link(
      'data',
      '帮助满足数据治理、数据标准和数据质量管理一类的要求。',
      'Helps meet requirements for data governance, data standards and data-quality management.',
    ),
  },
  {
    number: 'GB/T 37988-2019',
    title: {
      zh: '信息安全技术 数据安全能力成熟度模型',
      en: 'Information security technology — Data security capability maturity model (DSMM)',
    },
    summary: {
      zh: '按数据生命周期评估数据安全能力的成熟度，帮助企业分步建设数据安全保护。',
      en: 'Assesses the maturity of data-security capability along the data lifecycle, helping build data protection step by step.',
    },
    frameworkCode: 'ABC',
    sourceNote:
      'Evidence: chinesestandards.org; newton.com.tw. Guide category AB 安全 (ABC 数据安全).',
    links: [
      ...link(
        'security',
        '帮助满足数据分类分级、数据安全防护和审计的要求。',
        'Helps meet requirements for data classification, data protection and auditing.',
      ),
      ...link(
        'data',
        '帮助满足数据采集、存储、使用和共享过程中的安全管理要求。',
        'Helps meet requirements to manage security while data is collected, stored, used and shared.',
      ),
    ],
  },
  {
    number: 'GB/T 22239-2019',
    title: {
      zh: '信息安全技术 网络安全等级保护基本要求',
      en: 'Information security technology — Baseline for classified protection of cybersecurity',
    },
    summary: {
      zh: '等保 2.0 基本要求（含工业控制系统扩展要求），给出按安全等级落实技术和管理措施的基线。',
      en: 'The classified-protection 2.0 baseline (with an industrial-control extension): technical and management measures to implement per protection grade.',
    },
    frameworkCode: 'ABB',
    sourceNote: 'Evidence: guifanku.com/757492.html. Guide category AB 安全 (ABB 网络安全).',
    links: link(
      'security',
      '帮助满足网络安全定级、边界防护、访问控制和安全审计的要求。',
      'Helps meet requirements for security grading, perimeter protection, access control and security auditing.',
    ),
  },
  {
    number: 'GB/T 36323-2018',
    title: {
      zh: '信息安全技术 工业控制系统安全管理基本要求',
      en: 'Information security technology — Baseline of security management for industrial control systems',
    },
    summary: {
      zh: '给出工控系统安全管理的制度、人员、运维和应急要求，帮助建立工控安全管理体系。',
      en: 'Gives policy, staffing, operations and incident-response requirements for industrial-control security, helping set up an ICS security management system.',
    },
    frameworkCode: 'ABB',
    sourceNote: 'Evidence: chinesestandard.net. Guide category AB 安全 (ABB 网络安全).',
    links: link(
      'security',
      '帮助满足工控安全管理制度、职责分工和应急响应的要求。',
      'Helps meet requirements for ICS security policies, responsibilities and incident response.',
    ),
  },
  {
    number: 'GB/T 36324-2018',
    title: {
      zh: '信息安全技术 工业控制系统信息安全分级规范',
      en: 'Information security technology — Classification of industrial control system information security',
    },
    summary: {
      zh: '给出工控系统安全等级的划分方法，帮助企业按系统重要性分级施策。',
      en: 'Gives a method for grading the security level of industrial control systems, helping apply measures by how critical each system is.',
    },
    frameworkCode: 'ABB',
    sourceNote: 'Evidence: chinesestandards.org; bzpt.com. Guide category AB 安全 (ABB 网络安全).',
    links: link(
      'security',
      '帮助满足对工控系统进行安全分级、分级防护的要求。',
      'Helps meet requirements to grade industrial control systems and protect them by grade.',
    ),
  },
  {
    number: 'GB/T 30976.1-2014',
    title: {
      zh: '工业控制系统信息安全 第1部分：评估规范',
      en: 'Industrial control system security — Part 1: Assessment specification',
    },
    summary: {
      zh: '给出工控系统信息安全评估的内容和方法，帮助企业定期发现和整改安全薄弱点。',
      en: 'Gives the scope and method of an ICS security assessment, helping find and fix weak points regularly.',
    },
    frameworkCode: 'ABB',
    sourceNote: 'Evidence: bzxz.net; chinesestandard.us. Research table gives AB / AD; AB used.',
    links: link(
      'security',
      '帮助满足定期开展工控安全风险评估并整改的要求。',
      'Helps meet requirements to assess ICS security risks regularly and act on the findings.',
    ),
  },
  {
    number: 'GB/T 40813-2021',
    title: {
      zh: '信息安全技术 工业控制系统安全防护技术要求和测试评价方法',
      en: 'Information security technology — Security protection requirements and test and evaluation methods for industrial control systems',
    },
    summary: {
      zh: '给出工控系统安全防护的技术要求和测试方法，帮助验证防护措施是否真正有效。',
      en: 'Gives technical protection requirements for industrial control systems and how to test them, helping verify that protections actually work.',
    },
    frameworkCode: 'ABB',
    sourceNote:
      'Evidence: jiadianweixiu8.com.cn/anquanbz/1545.html. Guide category AB 安全 (ABB 网络安全).',
    links: link(
      'security',
      '帮助满足工控系统安全防护技术措施落地并经测试验证的要求。',
      'Helps meet requirements that ICS protection measures are in place and verified by testing.',
    ),
  },
  {
    number: 'GB/T 37933-2019',
    title: {
      zh: '信息安全技术 工业控制系统专用防火墙技术要求',
      en: 'Information security technology — Technical requirements of industrial control system dedicated firewall',
    },
    summary: {
      zh: '规定工控专用防火墙的功能和性能要求，帮助在控制网络边界部署合适的隔离设备。',
      en: 'Specifies functions and performance of ICS firewalls, helping deploy suitable isolation at control-network boundaries.',
    },
    frameworkCode: 'ABB',
    sourceNote:
      'Evidence: referenced on the GB/T 40813-2021 page (jiadianweixiu8.com.cn); not seen on its own page. Guide category AB 安全.',
    links: [
      ...link(
        'security',
        '帮助满足工控网络边界隔离与访问控制的要求。',
        'Helps meet requirements for isolation and access control at the control-network boundary.',
      ),
      ...link(
        'network',
        '帮助满足生产网与管理网分区隔离的要求。',
        'Helps meet requirements to segment the production network from the office network.',
      ),
    ],
  },
  {
    number: 'GB/T 23001-2017',
    title: {
      zh: '信息化和工业化融合管理体系 要求',
      en: 'Management system for the integration of informatization and industrialization — Requirements',
    },
    summary: {
      zh: '两化融合管理体系要求，帮助企业把数字化转型纳入战略、组织和持续改进的管理循环。',
      en: 'Requirements of the IT–industrialisation integration management system, helping put digital transformation into the strategy, organisation and continual-improvement cycle.',
    },
    frameworkCode: 'AE',
    sourceNote: 'Evidence: newton.com.tw. Research table gives AE / AA; AE used.',
    links: link(
      'strategy',
      '帮助满足制定数字化战略、明确组织职责并持续改进的要求。',
      'Helps meet requirements to set a digital strategy, assign organisational responsibility and improve continually.',
    ),
  },
  {
    number: 'GB/T 23003-2018',
    title: {
      zh: '信息化和工业化融合管理体系 评定指南',
      en: 'Management system for the integration of informatization and industrialization — Assessment guidance',
    },
    summary: {
      zh: '指导两化融合管理体系的评定，帮助企业检查体系运行是否有效。',
      en: 'Guides the assessment of the integration management system, helping check that the system works in practice.',
    },
    frameworkCode: 'AEB',
    sourceNote:
      'Evidence: gbstd.com (research row "GB/T 23003-2018 / 23007-2022", split). Guide category AE 评价.',
    links: link(
      'strategy',
      '帮助满足对数字化管理体系运行效果进行评审和改进的要求。',
      'Helps meet requirements to review and improve how well the digital management system works.',
    ),
  },
  {
    number: 'GB/T 23007-2022',
    title: {
      zh: '信息化和工业化融合管理体系 评定分级指南',
      en: 'Management system for the integration of informatization and industrialization — Grading guidance',
    },
    summary: {
      zh: '给出两化融合管理体系评定的分级方法，帮助企业明确所处等级和下一步目标。',
      en: 'Gives a grading method for the integration management system, helping an enterprise see its grade and next target.',
    },
    frameworkCode: 'AEB',
    sourceNote:
      'Evidence: gbstd.com (research row "GB/T 23003-2018 / 23007-2022", split). Guide category AE 评价.',
    links: link(
      'strategy',
      '帮助满足分阶段设定数字化目标并评估达成情况的要求。',
      'Helps meet requirements to set digital targets in stages and assess whether they are met.',
    ),
  },
  {
    number: 'GB/T 23020-2013',
    title: {
      zh: '工业企业信息化和工业化融合评估规范',
      en: 'Assessment specification for the integration of informatization and industrialization in industrial enterprises',
    },
    summary: {
      zh: '给出评估工业企业两化融合水平的指标和方法，帮助企业找出信息化应用的短板。',
      en: 'Gives indicators and a method for assessing how far an industrial enterprise has integrated IT with operations, helping find the gaps.',
    },
    frameworkCode: 'AEA',
    sourceNote:
      'Evidence: jinchutou.com; renrendoc.com/paper/398445854. Guide category AE 评价 (AEA 指标体系).',
    links: link(
      'strategy',
      '帮助满足对数字化现状进行诊断评估、据此制定规划的要求。',
      'Helps meet requirements to diagnose the digital status quo and plan from it.',
    ),
  },
  {
    number: 'GB/T 23331-2020',
    title: {
      zh: '能源管理体系 要求及使用指南',
      en: 'Energy management systems — Requirements with guidance for use',
    },
    summary: {
      zh: '等同 ISO 50001，帮助企业建立能源方针、基准、绩效参数和持续改进的能源管理体系。',
      en: 'Identical to ISO 50001: helps set up an energy policy, baselines, performance indicators and a continually improving energy management system.',
    },
    frameworkCode: 'AA',
    sourceNote:
      'Evidence: chinesestandards.org; bzxz.net. Research table gives AA / C; AA used (management-system standard, no closer code in the guide).',
    links: link(
      'energy',
      '帮助满足建立能源管理制度、能耗基准和能效考核的要求。',
      'Helps meet requirements to set up energy management rules, consumption baselines and efficiency targets.',
    ),
  },
  {
    number: 'GB/T 38848-2020',
    title: {
      zh: '智能工厂 过程工业能源管控系统技术要求',
      en: 'Smart factory — Technical requirements of energy management and control system for process industry',
    },
    summary: {
      zh: '规定流程工业能源管控系统的功能，帮助实现能源的监测、平衡调度和优化。',
      en: 'Specifies the functions of an energy management and control system for process industries, helping monitor, balance and optimise energy.',
    },
    frameworkCode: 'BC',
    sourceNote:
      'Evidence: gong123.com; gooshimkoo.com. Guide category BC 智能工厂 (智能管理: 能源管理). Applies to process (流程型) enterprises.',
    links: link(
      'energy',
      '帮助流程型企业满足能源集中监控、平衡调度和优化的要求。',
      'Helps process-industry enterprises meet requirements for central energy monitoring, balancing and optimisation.',
    ),
  },
  {
    number: 'GB/T 38692-2020',
    title: {
      zh: '用能单位能耗在线监测技术要求',
      en: 'Technical requirements of online energy-consumption monitoring for energy-using units',
    },
    summary: {
      zh: '规定能耗在线监测的采集、传输和数据要求，帮助企业把能耗数据自动采上来。',
      en: 'Specifies collection, transmission and data requirements for online energy monitoring, helping an enterprise capture consumption data automatically.',
    },
    frameworkCode: 'AD',
    sourceNote: 'Evidence: chinesestandard.us; gbbz.net. Guide category AD 检测.',
    links: link(
      'energy',
      '帮助满足主要能耗数据自动采集和在线监测的要求。',
      'Helps meet requirements for automatic collection and online monitoring of the main energy consumption data.',
    ),
  },
  {
    number: 'GB/T 40063-2021',
    title: {
      zh: '工业企业能源管控中心建设指南',
      en: 'Guide for the construction of energy management and control centres in industrial enterprises',
    },
    summary: {
      zh: '指导企业建设能源管控中心，实现能源数据汇聚、分析和集中调度。',
      en: 'Guides building an energy management and control centre that gathers, analyses and centrally dispatches energy data.',
    },
    frameworkCode: 'BC',
    sourceNote: 'Evidence: gb-gbt.com. Guide category BC 智能工厂 (智能管理: 能源管理).',
    links: link(
      'energy',
      '帮助满足能源数据集中分析、能效优化和调度的要求。',
      'Helps meet requirements for central energy-data analysis, efficiency optimisation and dispatch.',
    ),
  },
  {
    number: 'GB/T 45001-2020',
    title: {
      zh: '职业健康安全管理体系 要求及使用指南',
      en: 'Occupational health and safety management systems — Requirements with guidance for use',
    },
    summary: {
      zh: '等同 ISO 45001，帮助企业系统地识别危险源、控制风险并持续改进职业健康安全绩效。',
      en: 'Identical to ISO 45001: helps identify hazards, control risks and improve occupational health and safety performance systematically.',
    },
    frameworkCode: 'AA',
    sourceNote:
      'Evidence: chinesestandards.org; jz321.net. Research table says "(management)", not a guide code; closest real code AA 通用 used.',
    links: link(
      'ehs',
      '帮助满足安全管理制度化、危险源识别和风险管控的要求。',
      'Helps meet requirements for formal safety management, hazard identification and risk control.',
    ),
  },
  {
    number: 'GB/T 24001-2016',
    title: {
      zh: '环境管理体系 要求及使用指南',
      en: 'Environmental management systems — Requirements with guidance for use',
    },
    summary: {
      zh: '等同 ISO 14001，帮助企业识别环境因素、管理合规义务并持续改进环境绩效。',
      en: 'Identical to ISO 14001: helps identify environmental aspects, manage compliance obligations and improve environmental performance.',
    },
    frameworkCode: 'AA',
    sourceNote:
      'Evidence: referenced on 588733.com / brickslims.com [S] (secondary). Research table says "(management)", not a guide code; closest real code AA 通用 used.',
    links: link(
      'ehs',
      '帮助满足环保管理制度化、排放监测和合规管理的要求。',
      'Helps meet requirements for formal environmental management, emission monitoring and compliance.',
      {
        draft2024: ['ehs', 'energy-carbon'],
      },
    ),
  },
  {
    number: 'GB/T 25103-2010',
    title: {
      zh: '供应链管理业务参考模型',
      en: 'Business reference model of supply chain management',
    },
    summary: {
      zh: '给出计划、采购、生产、配送、退货等供应链业务的参考模型，帮助企业梳理和优化供应链流程。',
      en: 'Gives a reference model of supply-chain processes (plan, source, make, deliver, return), helping map and improve them.',
    },
    frameworkCode: 'BD',
    sourceNote:
      "Evidence: chinesestandards.org. Guide category BD 智慧供应链. 仓储配送 link: the model's deliver process includes storage and distribution (mapping decided in issue #16).",
    links: [
      ...link(
        'procurement',
        '帮助满足采购流程规范化、与供应商协同的要求。',
        'Helps meet requirements for a standardised purchasing process and collaboration with suppliers.',
        { draft2024: ['procurement', 'supply-chain'] },
      ),
      ...link(
        'logistics',
        '帮助满足物流配送流程规范和上下游协同的要求。',
        'Helps meet requirements for a standardised delivery process and coordination along the chain.',
      ),
      ...link(
        'warehousing',
        '其"交付"流程覆盖仓储与配送：帮助满足出入库、库存和配送作业流程规范、与生产和销售衔接的要求。',
        'Its deliver process covers storage and distribution: helps meet requirements for standard receiving, storage, inventory and delivery processes linked to production and sales.',
      ),
    ],
  },
  {
    number: 'GB/T 19012-2019',
    title: {
      zh: '质量管理 顾客满意 组织投诉处理指南',
      en: 'Quality management — Customer satisfaction — Guidelines for complaints handling in organizations',
    },
    summary: {
      zh: '等同 ISO 10002，帮助企业建立受理、处理、跟踪和分析客户投诉的闭环流程。',
      en: 'Identical to ISO 10002: helps set up a closed loop to receive, handle, track and analyse customer complaints.',
    },
    frameworkCode: 'AA',
    sourceNote:
      'Evidence: chinesestandards.org; yunbiaozhun.com. Research table says "(quality)", not a guide code; closest real code AA 通用 used.',
    links: [
      ...link(
        'customer-service',
        '帮助满足客户投诉受理、处理和反馈闭环的要求。',
        'Helps meet requirements for a closed loop of receiving, handling and answering customer complaints.',
      ),
      ...link(
        'sales',
        '帮助满足收集和分析客户反馈、改进销售服务的要求。',
        'Helps meet requirements to collect and analyse customer feedback and improve sales service.',
      ),
    ],
  },
  {
    number: 'GB/T 19001-2016',
    title: { zh: '质量管理体系 要求', en: 'Quality management systems — Requirements' },
    summary: {
      zh: '等同 ISO 9001，是质量管理体系的基础要求，帮助企业把质量控制流程化并持续改进。',
      en: 'Identical to ISO 9001: the baseline of a quality management system, helping formalise quality control and improve it continually.',
    },
    frameworkCode: 'AA',
    sourceNote:
      'Evidence: referenced in GB/T 19012 pages [S] (secondary). Research table says "(quality)", not a guide code; closest real code AA 通用 used. Maps to 生产作业 (质量); in the draft-2024 model quality is its own sub-domain.',
    links: link(
      'operations',
      '帮助满足质量管理制度化、检验记录完整和质量问题闭环处理一类的要求。',
      'Helps meet requirements for a formal quality system, complete inspection records and closed-loop handling of quality problems.',
      { draft2024: ['quality'] },
    ),
  },

  // Not confirmed: kept in the catalog, out of reports until checked.
  {
    number: 'GB/T 41255-2022',
    title: { zh: '智能工厂 通用技术要求', en: 'Smart factory — General technical requirements' },
    summary: {
      zh: '（待核实）据称给出智能工厂建设的通用技术要求，可作为工厂整体建设的参照。',
      en: '(To be confirmed) Reported to give general technical requirements for building a smart factory, a reference for plant-wide construction.',
    },
    frameworkCode: 'BC',
    uncertain: true,
    sourceNote:
      'Not confirmed in the catalog research: number and title not verified against an official source. Guide category BC 智能工厂 assumed.',
    links: [
      ...link(
        'equipment',
        '（待核实）可能帮助满足智能工厂装备配置的要求。',
        '(To be confirmed) May help meet requirements on smart-factory equipment.',
        { draft2024: ['equipment', 'factory-planning'] },
      ),
      ...link(
        'integration',
        '（待核实）可能帮助满足工厂系统集成的要求。',
        '(To be confirmed) May help meet plant system-integration requirements.',
      ),
    ],
  },
  {
    number: 'GB/T 33136',
    title: {
      zh: '信息技术服务 数据中心服务能力成熟度模型',
      en: 'Information technology service — Maturity model of data centre service capability',
    },
    summary: {
      zh: '（待核实）据称评估数据中心服务能力的成熟度，可参照提升企业机房和云资源的运维水平。',
      en: '(To be confirmed) Reported to assess the maturity of data-centre service capability, a possible reference for running server rooms and cloud resources.',
    },
    frameworkCode: 'AE',
    uncertain: true,
    sourceNote:
      'Not confirmed in the catalog research: year of issue and exact title not verified. AE 评价 assumed because it is a maturity model.',
    links: link(
      'network',
      '（待核实）可能帮助满足信息基础设施稳定运行和运维管理的要求。',
      '(To be confirmed) May help meet requirements for reliable operation and management of IT infrastructure.',
    ),
  },
  {
    number: 'GB/T 40814-2021',
    title: { zh: '（标题待核实）', en: '(title to be confirmed)' },
    summary: {
      zh: '（待核实）研究中提到但未能确认标题和范围，暂不关联任何能力子域。',
      en: '(To be confirmed) Mentioned in the research but neither title nor scope could be confirmed; not linked to any sub-domain yet.',
    },
    frameworkCode: 'A',
    uncertain: true,
    sourceNote:
      'Not confirmed in the catalog research: title, scope and framework code unknown; "A" is a placeholder. Do not link before checking.',
    links: [],
  },
];

type Band = readonly [min: number, max: number];

interface Scope {
  /** Production types it applies to (default both). */
  productionTypes?: ('discrete' | 'process')[];
  /** Level band of every link, unless `bySubdomain` names the sub-domain. */
  band?: Band;
  /** Band per 2020 sub-domain; a draft-2024 link takes the band of its 2020 counterpart. */
  bySubdomain?: Partial<Record<Subdomain2020, Band>>;
}

/**
 * Where each standard helps [D, issue #16]. Levels follow the model's meaning (domain.md §2):
 * management-system and planning standards help levels 1–3 (rules, plans, standard processes);
 * system and interface standards levels 2–4 (IT in single activities, then integration);
 * platform, virtual-factory and interoperability models levels 3–5 (integration and beyond);
 * predictive maintenance and digital twins levels 4–5 (models that predict and optimize).
 * A standard without an entry helps every level.
 */
const SCOPE: Record<string, Scope> = {
  'GB/T 40647-2021': { band: [1, 3] },
  'GB/T 37413-2019': { band: [1, 2] },
  'GB/T 37393-2019': { band: [2, 3] },
  'GB/T 39474-2020': { band: [3, 5] },
  'GB/T 40648-2021': { band: [3, 5] },
  'GB/T 40654-2021': { band: [3, 5] },
  'GB/T 38129-2019': { band: [2, 4] },
  'GB/T 20720.1-2019': { band: [2, 4] },
  'GB/T 20720.5-2015': { band: [3, 4] },
  'GB/T 25485-2010': { band: [2, 3] },
  'GB/T 40655-2021': { band: [2, 4] },
  'GB/T 40659-2021': { band: [3, 4] },
  'GB/T 40571-2021': { band: [4, 5] },
  // 复杂产品 (aircraft, ships, machinery): product digital twins of discrete manufacturing.
  'GB/T 41723-2022': { band: [4, 5], productionTypes: ['discrete'] },
  'GB/T 43441.1-2023': { band: [4, 5] },
  'GB/T 24734.1~24734.11-2009': { band: [2, 3] },
  'GB/T 38869-2020': { band: [3, 4], bySubdomain: { network: [2, 4] } },
  'GB/T 33863.3-2017': { band: [3, 4] },
  'GB/T 33863.5-2017': { band: [3, 4] },
  'GB/T 42021-2022': { band: [2, 4] },
  'GB/T 23031.1-2022': { band: [3, 5] },
  'GB/T 41870-2022': { band: [3, 5], bySubdomain: { strategy: [2, 5] } },
  'GB/T 42562-2023': { band: [3, 4] },
  'GB/T 42568-2023': { band: [3, 5] },
  'GB/T 42569-2023': { band: [3, 5] },
  'GB/T 37988-2019': { band: [2, 5] },
  'GB/T 22239-2019': { band: [1, 3] },
  'GB/T 36323-2018': { band: [1, 3] },
  'GB/T 36324-2018': { band: [1, 3] },
  'GB/T 30976.1-2014': { band: [2, 4] },
  'GB/T 40813-2021': { band: [2, 4] },
  'GB/T 37933-2019': { band: [2, 3] },
  'GB/T 23001-2017': { band: [1, 3] },
  'GB/T 23003-2018': { band: [1, 3] },
  'GB/T 23007-2022': { band: [2, 4] },
  'GB/T 23020-2013': { band: [1, 3] },
  'GB/T 23331-2020': { band: [1, 3] },
  // 过程工业: continuous-process plants only.
  'GB/T 38848-2020': { band: [3, 5], productionTypes: ['process'] },
  'GB/T 38692-2020': { band: [2, 3] },
  'GB/T 40063-2021': { band: [3, 5] },
  'GB/T 45001-2020': { band: [1, 3] },
  'GB/T 24001-2016': { band: [1, 3] },
  'GB/T 25103-2010': { band: [1, 3] },
  'GB/T 19012-2019': { band: [1, 3] },
  'GB/T 19001-2016': { band: [1, 3] },
};

const SUBDOMAIN_2020_OF_DRAFT = new Map<string, Subdomain2020>(
  (Object.entries(DRAFT_2024_OF_2020) as [Subdomain2020, SubdomainDraft2024][]).map(
    ([from, to]) => [to, from],
  ),
);

function scoped(entry: StandardInput): StandardInput {
  const scope = SCOPE[entry.number];
  if (!scope) return entry;
  const bandOf = (link: StandardLinkInput): Band | undefined => {
    const sub =
      link.systemCode === CMMM_2020
        ? (link.subdomainId as Subdomain2020)
        : SUBDOMAIN_2020_OF_DRAFT.get(link.subdomainId);
    return (sub && scope.bySubdomain?.[sub]) ?? scope.band;
  };
  return {
    ...entry,
    ...(scope.productionTypes ? { productionTypes: scope.productionTypes } : {}),
    links: (entry.links ?? []).map((link) => {
      const band = bandOf(link);
      return band ? { ...link, minLevel: band[0], maxLevel: band[1] } : link;
    }),
  };
}

for (const number of Object.keys(SCOPE)) {
  if (!catalog.some((s) => s.number === number))
    throw new Error(`SCOPE names ${number}, not in the catalog`);
}

export const standards: StandardInput[] = catalog.map(scoped);
