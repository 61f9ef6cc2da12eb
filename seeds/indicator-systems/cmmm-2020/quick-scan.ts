/**
 * Quick-scan (自诊断快评) items of the CMMM 2020 seed: one question per sub-domain, five
 * options anchored on levels 1..5. zhiping's own wording, condensed from each sub-domain's
 * requirements per level (see the sub-domain files); not the standard's text.
 */
import type { QuickScanInput } from '../types.ts';

type Pair = readonly [zh: string, en: string];

export function quickScanItem(
  subdomainId: string,
  question: Pair,
  options: readonly [Pair, Pair, Pair, Pair, Pair],
): QuickScanInput['items'][number] {
  return {
    subdomainId,
    question: { zh: question[0], en: question[1] },
    options: options.map(([zh, en], i) => ({
      level: (i + 1) as 1 | 2 | 3 | 4 | 5,
      text: { zh, en },
    })),
  };
}

export const QUICK_SCAN_2020 = {
  strategy: quickScanItem(
    'strategy',
    [
      '贵企业推进智能制造的战略与组织处于哪种状态？',
      'How does your enterprise steer smart manufacturing?',
    ],
    [
      [
        '发展规划里已写明智能制造方向，有牵头人，并识别了现状差距。',
        'Our plan names a smart-manufacturing direction, a lead person is appointed and current gaps are known.',
      ],
      [
        '有专项规划和量化目标、年度计划与预算，专职部门推进并考核项目。',
        'A dedicated plan with measurable goals, yearly budgets and an owning department that tracks projects.',
      ],
      [
        '业务、信息化、自动化跨部门协同推进，核心流程端到端梳理并固化在系统中。',
        'Business, IT and automation work together; core processes are redesigned end to end and built into systems.',
      ],
      [
        '用实时经营和生产数据监测战略目标，数据驱动决策与持续改进。',
        'Strategic goals are monitored on live operating data; decisions and improvement are data-driven.',
      ],
      [
        '数字化是核心竞争战略，带动商业模式创新，并与产业链伙伴协同规划。',
        'Digital is our core competitive strategy, driving new business models and planned jointly with chain partners.',
      ],
    ],
  ),
  skills: quickScanItem(
    'skills',
    [
      '推进智能制造所需的人员能力处于哪种状态？',
      'Where do the skills for smart manufacturing stand?',
    ],
    [
      [
        '已识别关键岗位能力需求，员工接受了系统和设备操作培训。',
        'Key roles and their skill needs are identified; staff are trained on their systems and machines.',
      ],
      [
        '配有信息化、自动化专业人员，关键岗位按能力标准考核上岗。',
        'IT and automation specialists are in place; key roles are certified against skill standards.',
      ],
      [
        '有懂业务又懂IT的复合人才主导集成项目，知识沉淀在可共享的知识库中。',
        'People who know both the business and IT lead integration projects; know-how sits in a shared knowledge base.',
      ],
      [
        '有数据分析与建模人才，依据数据分析人才缺口并优化配置。',
        'Data-analysis and modelling experts build models; skill gaps are analysed from data.',
      ],
      [
        '一线员工主动发起持续优化，并与高校、伙伴联合培养、输出人才。',
        'Front-line staff drive continuous optimization; talent is developed with universities and partners.',
      ],
    ],
  ),
  data: quickScanItem(
    'data',
    ['贵企业的数据采集、管理和使用处于哪种状态？', 'How are data collected, managed and used?'],
    [
      [
        '已识别核心业务需要的数据并做记录，规划了数据采集与管理需求。',
        'The data core activities need are identified and recorded; collection needs are planned.',
      ],
      [
        '核心业务数据通过系统采集并集中存储，主数据统一编码，单项业务内共享分析。',
        'Core data are captured by systems and stored centrally, master data are coded uniformly, shared within single activities.',
      ],
      [
        '有统一数据平台和数据治理，现场数据自动采集，跨业务共享。',
        'A common data platform with governance; shop-floor data collected automatically and shared across activities.',
      ],
      [
        '基于数据和机理建立模型，预测、诊断和优化质量、设备、能耗等。',
        'Models built from data and domain knowledge predict, diagnose and optimize quality, equipment, energy.',
      ],
      [
        '模型持续学习并自动闭环执行，与产业链可信共享数据。',
        'Models keep learning and close the loop automatically; data are shared securely along the chain.',
      ],
    ],
  ),
  integration: quickScanItem(
    'integration',
    ['贵企业的系统和装备集成到了什么程度？', 'How far are your systems and equipment integrated?'],
    [
      [
        '已梳理现有系统和信息交互需求，制定了集成规划。',
        'Existing systems and information flows are mapped; an integration plan exists.',
      ],
      [
        '单项业务内部系统之间（或与装备）已贯通，有接口规范。',
        'Systems within single activities (or with machines) are connected under interface rules.',
      ],
      [
        '设备、MES与管理系统纵向集成，各业务系统横向集成，接口统一管理。',
        'Machines, MES and business systems are integrated vertically and across activities, with managed interfaces.',
      ],
      [
        '基于平台全面集成设备、系统和模型，与关键供应商和客户系统互联。',
        'A platform integrates machines, systems and models; key suppliers and customers are connected.',
      ],
      [
        '产业链上下游系统互联支撑跨企业协同，架构可灵活组合、快速接入。',
        'Systems are linked across the chain for joint work, on a flexible architecture that absorbs new apps quickly.',
      ],
    ],
  ),
  security: quickScanItem(
    'security',
    [
      '贵企业的信息安全（含工控安全）处于哪种状态？',
      'Where does information (and OT) security stand?',
    ],
    [
      [
        '有信息安全制度和责任人，开展安全意识教育并管理账号口令。',
        'Security policies and owners exist; staff are trained and accounts are managed.',
      ],
      [
        '有IT和工控资产清单，办公网与工控网之间有边界防护，定期备份并验证恢复。',
        'IT and OT assets are listed, office and control networks are separated, backups are tested.',
      ],
      [
        '集中监测审计日志和告警，按等保要求测评整改，有应急预案和漏洞管理。',
        'Logs and alerts are monitored centrally, graded protection is assessed, incident plans and patching run.',
      ],
      [
        '利用态势感知量化评估风险，数据分类分级并加以保护。',
        'Risks are quantified with threat intelligence; data are classified and protected by grade.',
      ],
      [
        '威胁自动检测、研判和处置闭环，并与产业链伙伴协同防护。',
        'Threats are detected and handled automatically end to end, with protection shared among partners.',
      ],
    ],
  ),
  equipment: quickScanItem(
    'equipment',
    [
      '贵企业关键工序装备的自动化和数字化处于哪种状态？',
      'How automated and digital is the equipment of your key operations?',
    ],
    [
      [
        '已梳理装备现状并制定改造或选型规划，新购装备提出数据接口要求。',
        'Equipment is surveyed, an upgrade plan exists and new machines must have data interfaces.',
      ],
      [
        '关键工序采用数控、机器人或PLC/DCS控制装备，具备通信接口可采集数据。',
        'Key operations use CNC, robots or PLC/DCS control, with interfaces that deliver data.',
      ],
      [
        '关键装备与MES/SCADA互联、远程下达指令，有自动化产线并在线监测状态。',
        'Key machines are connected to MES/SCADA and take remote instructions; automated lines with condition monitoring.',
      ],
      [
        '有装备或产线的数字模型用于预测和优化，装备可自适应调整参数。',
        'Digital models of machines or lines predict and optimize; machines adapt their own parameters.',
      ],
      [
        '关键装备能自学习、自决策，并与装备供应商协同运维和改进。',
        'Key machines learn and decide for themselves; operation and improvement are shared with their makers.',
      ],
    ],
  ),
  network: quickScanItem(
    'network',
    ['贵企业的网络建设处于哪种状态？', 'Where does your network stand?'],
    [
      [
        '有网络建设规划，基础网络覆盖办公和主要生产管理场所。',
        'A network plan exists; basic networking covers offices and the main production offices.',
      ],
      [
        '工业网络覆盖主要生产区域、关键装备联网，网络规范管理。',
        'An industrial network covers the main production areas, key machines are connected, the network is managed.',
      ],
      [
        '生产网与管理网在安全分区下互联，实时监控，关键链路冗余。',
        'Production and office networks are linked within security zones, monitored live, with redundant key links.',
      ],
      [
        '应用5G、TSN等新型网络按需配置，并能预测容量和故障风险。',
        'New technologies such as 5G or TSN are configured on demand; capacity and failures are predicted.',
      ],
      [
        '网络与产业链协同（如标识解析、云网融合），能自配置、自优化。',
        'The network serves the chain (identifier resolution, cloud-network) and configures and optimizes itself.',
      ],
    ],
  ),
  'product-design': quickScanItem(
    'product-design',
    ['贵企业的产品设计处于哪种状态？', 'How is product design done?'],
    [
      [
        '有设计开发管理程序，系统收集设计输入，规划设计工具和图文档规则。',
        'A design procedure governs inputs, reviews and changes; design tools and drawing rules are planned.',
      ],
      [
        '用CAD设计、新产品三维建模，图纸和模型在PDM或受控库中管理。',
        'CAD is used, new products are modelled in 3D, drawings and models are managed in PDM or a controlled library.',
      ],
      [
        'PLM与ERP/MES集成、BOM自动传递，用仿真验证性能并基于模型协同设计。',
        'PLM is integrated with ERP/MES, BOMs flow automatically, simulation validates designs, teams design on one model.',
      ],
      [
        '有设计知识库、参数化模块化设计，利用制造和售后数据闭环改进设计。',
        'A design knowledge base, parametric and modular design, and manufacturing and field data feed design improvement.',
      ],
      [
        '产品数字孪生驱动设计迭代，用户和伙伴参与协同设计，AI生成方案。',
        'Product digital twins drive design iterations; customers and partners co-design; AI generates options.',
      ],
    ],
  ),
  'process-design': quickScanItem(
    'process-design',
    ['贵企业的工艺设计处于哪种状态？', 'How is process (manufacturing-engineering) design done?'],
    [
      [
        '有工艺管理制度，识别了关键工序和特殊过程并明确控制方法。',
        'Process rules govern routings and instructions; key and special processes have defined controls.',
      ],
      [
        '用CAPP/CAM或数字化配方编制工艺，工艺文件电子化受控并下发现场。',
        'CAPP, CAM or digital recipes are used; process documents are controlled electronically and reach the shop floor.',
      ],
      [
        '工艺与PLM、MES集成，参数和程序自动下发并回传，投产前仿真验证。',
        'Process design is integrated with PLM and MES, parameters flow down and back automatically, simulated before launch.',
      ],
      [
        '有工艺知识库辅助生成方案，用数据模型优化工艺参数和路线。',
        'A process knowledge base proposes routings; data models optimize parameters and routes.',
      ],
      [
        '工艺数字孪生持续自学习、自动调参，并在多工厂间协同复制。',
        'A process digital twin learns and tunes itself, and processes are replicated across plants.',
      ],
    ],
  ),
  procurement: quickScanItem(
    'procurement',
    ['贵企业的采购管理处于哪种状态？', 'How is purchasing managed?'],
    [
      [
        '有采购制度和供应商评价机制，采购订单和合同已电子化记录。',
        'Purchasing and supplier-evaluation rules exist; orders and contracts are recorded electronically.',
      ],
      [
        '通过ERP或SRM管理采购全过程，供应商绩效和来料检验在系统中记录。',
        'ERP or SRM runs purchasing end to end; supplier performance and incoming inspection are in the system.',
      ],
      [
        '采购与计划、仓储、质量系统集成，自动生成采购建议，与供应商在线协同。',
        'Purchasing is integrated with planning, stores and quality, proposes orders automatically and works with suppliers online.',
      ],
      [
        '基于模型预测性补货，与关键供应商共享数据（VMI/JIT），预警供应风险。',
        'Models drive predictive replenishment, data are shared with key suppliers (VMI/JIT), supply risks are flagged.',
      ],
      [
        '与上下游实时共享供需数据，采购自动动态调整，智能应对供应中断。',
        'Supply and demand data are shared live along the chain; purchasing adjusts itself and handles disruptions.',
      ],
    ],
  ),
  planning: quickScanItem(
    'planning',
    ['贵企业的生产计划与调度处于哪种状态？', 'How are production planning and scheduling done?'],
    [
      [
        '依据订单和预测人工编制计划，跟踪计划达成并处理计划变动。',
        'Plans are drawn up by hand from orders and forecasts; plan attainment and changes are tracked.',
      ],
      [
        '用ERP编制主计划和物料需求计划，车间任务在系统下达、人工排序。',
        'ERP produces the master plan and MRP; shop tasks are released in the system and sequenced by hand.',
      ],
      [
        'ERP与MES集成，按订单生成工单并反馈进度，排产校验齐套，异常快速调整。',
        'ERP and MES are integrated, work orders flow from orders and report back, material checks before scheduling.',
      ],
      [
        '用APS按约束自动优化排程，并对产能和交期风险进行预测仿真。',
        'APS schedules automatically under constraints; capacity and due-date risks are simulated.',
      ],
      [
        '基于实时数据动态自动重排，并在产业链范围内协同计划。',
        'Schedules re-plan themselves on live data, and plans are coordinated across the chain.',
      ],
    ],
  ),
  operations: quickScanItem(
    'operations',
    [
      '贵企业的生产作业与质量管控处于哪种状态？',
      'How are production operations and quality controlled?',
    ],
    [
      [
        '有标准作业、质量管理体系和检验记录，异常有上报处置机制。',
        'Standard work, a quality system and inspection records exist; incidents are reported and handled.',
      ],
      [
        '关键工序自动化并自动采集产量和参数，检测数据自动记录，过程记录电子化。',
        'Key operations are automated and log output and parameters; test data and process records are electronic.',
      ],
      [
        'MES管控生产全过程，关键工序在线检测与SPC，正反向质量追溯。',
        'MES controls the whole process, key operations have online inspection and SPC, quality is traceable both ways.',
      ],
      [
        '质量预测与根因分析模型给出纠正建议，智能检测替代人工判定。',
        'Models predict quality and find root causes; smart inspection replaces manual judgement.',
      ],
      [
        '质量与工艺闭环自适应，产线数字孪生虚实迭代，产业链质量协同。',
        'Quality and process close the loop themselves; line digital twins iterate; quality is shared along the chain.',
      ],
    ],
  ),
  maintenance: quickScanItem(
    'maintenance',
    ['贵企业的设备管理与维护处于哪种状态？', 'How are equipment upkeep and maintenance managed?'],
    [
      [
        '有设备管理制度，按计划人工点检和保养，记录故障与维修。',
        'Maintenance rules exist; manual inspections and servicing follow a plan; failures are recorded.',
      ],
      [
        '用EAM等系统管理预防性维护和工单，自动采集设备状态并统计OEE。',
        'An EAM-type system runs preventive maintenance and work orders; machine states are logged and OEE computed.',
      ],
      [
        '关键设备在线监测、远程诊断，报警自动派单，设备系统与MES/ERP集成。',
        'Key machines are monitored online and diagnosed remotely; alarms raise work orders; EAM is integrated with MES/ERP.',
      ],
      [
        '基于故障预测模型开展预测性维护，并用数据优化维护策略和备件。',
        'Failure-prediction models drive predictive maintenance; strategy and spares are optimized from data.',
      ],
      [
        '设备自感知、自诊断、自适应，并与制造商、服务商协同远程运维。',
        'Machines sense, diagnose and adapt themselves; remote maintenance is shared with makers and service firms.',
      ],
    ],
  ),
  warehousing: quickScanItem(
    'warehousing',
    ['贵企业的仓储与厂内配送处于哪种状态？', 'How are stores and in-plant delivery run?'],
    [
      [
        '有仓储管理制度和库位标识，规划了仓库布局和车间配送流程。',
        'Storage rules and location labels exist; warehouse layout and line-feeding routes are planned.',
      ],
      [
        '用WMS或ERP库存模块加条码/RFID管理出入库，库存实时可查、账实相符。',
        'WMS or ERP stock with barcodes or RFID; stock is visible in real time and matches the books.',
      ],
      [
        'WMS与MES/ERP集成拉动配送，采用自动化仓储搬运设备，全程可视。',
        'WMS is integrated with MES/ERP for pull delivery, automated storage and handling, full visibility.',
      ],
      [
        '库存优化模型动态设定安全库存，算法智能调度仓储作业和配送。',
        'Inventory models set safety stock dynamically; algorithms schedule picking and delivery.',
      ],
      [
        '与供应商和客户协同优化库存，仓储配送高度自主运行。',
        'Inventory is optimized with suppliers and customers; storage and delivery run largely on their own.',
      ],
    ],
  ),
  ehs: quickScanItem(
    'ehs',
    [
      '贵企业的安全生产与环境保护处于哪种状态？',
      'Where do safety and environmental protection stand?',
    ],
    [
      [
        '有安全环保责任体系，开展危险源辨识、应急演练和隐患整改。',
        'A safety and environment responsibility system, hazard identification, drills and hazard follow-up.',
      ],
      [
        '用信息系统管理隐患、作业许可和台账，重大危险源和污染源在线监测。',
        'A system runs hazards, permits and records; major hazards and emission sources are monitored online.',
      ],
      [
        '监测数据与生产、设备系统集成，自动识别风险并联动处置，重点区域智能监管。',
        'Monitoring is integrated with production and equipment systems, risks are flagged and acted on automatically.',
      ],
      [
        '基于模型感知全厂安全风险并预测趋势，优化环保设施运行。',
        'Models give a site-wide view of safety risk and its trend, and optimize environmental equipment.',
      ],
      [
        '安全环保风险智能决策、自动处置，并与监管平台和园区协同联动。',
        'Safety and environmental risks are decided on and handled automatically, in concert with regulators and parks.',
      ],
    ],
  ),
  energy: quickScanItem(
    'energy',
    ['贵企业的能源管理处于哪种状态？', 'How is energy managed?'],
    [
      [
        '有能源管理制度和能耗目标，配备计量器具并定期统计能耗。',
        'Energy rules and targets exist; meters are in place and consumption is totalled regularly.',
      ],
      [
        '主要能源介质和重点设备能耗自动采集，按车间或产线考核能耗指标。',
        'Main energy media and large consumers are metered automatically; workshops or lines have energy targets.',
      ],
      [
        '有能源管理系统全程在线监测，能耗与生产数据关联，异常实时报警。',
        'An energy management system monitors the whole flow online, links energy to production and flags anomalies.',
      ],
      [
        '用模型预测能源需求、优化调度和能效，开展碳排放核算。',
        'Models forecast demand and optimize energy dispatch and efficiency; carbon is accounted for.',
      ],
      [
        '能源系统自适应调节，并与电网、园区协同（需求响应、绿电交易）。',
        'The energy system regulates itself and works with the grid and park (demand response, green power).',
      ],
    ],
  ),
  logistics: quickScanItem(
    'logistics',
    ['贵企业的物流（运输）管理处于哪种状态？', 'How are logistics (transport) managed?'],
    [
      [
        '有物流管理制度，编制发运计划并记录运输关键节点。',
        'Logistics rules exist; shipments are planned and key transport events recorded.',
      ],
      [
        '用TMS或ERP物流模块管理运输，车辆在途定位可查询。',
        'TMS or ERP logistics manage transport; vehicles are tracked en route.',
      ],
      [
        'TMS与ERP/WMS集成自动生成运输计划，与承运商和客户在线协同。',
        'TMS is integrated with ERP/WMS and plans transport automatically, working online with carriers and customers.',
      ],
      [
        '用算法优化车辆调度和路径，并预测到达时间和运输风险。',
        'Algorithms optimize dispatch and routes, and predict arrival times and transport risks.',
      ],
      [
        '通过物流平台与上下游协同调度资源，运输计划实时动态重规划。',
        'A logistics platform shares capacity along the chain; transport plans re-plan themselves in real time.',
      ],
    ],
  ),
  sales: quickScanItem(
    'sales',
    ['贵企业的销售管理处于哪种状态？', 'How is sales managed?'],
    [
      [
        '有销售管理制度，建立客户档案和销售台账并定期分析。',
        'Sales rules exist; customer files and sales ledgers are kept and reviewed.',
      ],
      [
        '用CRM或ERP销售模块管理客户到订单全过程，跟踪订单执行和回款。',
        'CRM or ERP sales runs customers to orders, and tracks order execution and payment.',
      ],
      [
        '销售与计划、生产、物流系统集成，在线接收客户订单，共享客户视图。',
        'Sales is integrated with planning, production and logistics, takes orders online and shares one customer view.',
      ],
      [
        '销售预测模型指导生产和采购，基于客户画像精准营销。',
        'Forecasting models steer production and purchasing; customer profiling targets marketing.',
      ],
      [
        '客户需求直达制造（C2M），产销一体化实时协同。',
        'Customer orders drive manufacturing directly (C2M), with sales and supply coordinated in real time.',
      ],
    ],
  ),
  'customer-service': quickScanItem(
    'customer-service',
    ['贵企业的客户服务处于哪种状态？', 'How is customer service run?'],
    [
      [
        '有客户服务制度和受理流程，定期调查客户满意度。',
        'Service rules and request channels exist; customer satisfaction is surveyed.',
      ],
      [
        '用服务系统统一受理和跟踪服务请求，有服务知识库。',
        'A service system logs and tracks every request; a service knowledge base exists.',
      ],
      [
        '服务系统与质量、生产、销售集成，投诉关联生产记录，多渠道自助服务。',
        'Service is integrated with quality, production and sales, complaints link to production records, self-service channels.',
      ],
      [
        '挖掘服务数据驱动改进，智能客服并主动推送服务。',
        'Service data are mined to drive improvement; smart assistants and proactive service.',
      ],
      [
        '基于客户全生命周期数据个性化主动服务，与伙伴共建服务生态。',
        'Personalized, proactive service from whole-lifecycle data, in a service ecosystem with partners.',
      ],
    ],
  ),
  'product-service': quickScanItem(
    'product-service',
    ['贵企业对已交付产品的服务处于哪种状态？', 'How are delivered products serviced?'],
    [
      [
        '有售后服务制度，收集已交付产品的故障信息并反馈设计和生产。',
        'After-sales rules exist; field failures are collected and fed back to design and production.',
      ],
      [
        '用系统管理服务工单、派工和备件，按序列号记录更换。',
        'A system runs service orders, dispatch and spare parts, with replacements recorded by serial number.',
      ],
      [
        '联网产品远程监控、诊断和升级，按序列号建立全生命周期档案。',
        'Connected products are monitored, diagnosed and updated remotely, with a lifecycle record per serial number.',
      ],
      [
        '基于运行数据提供预测性维护等增值服务，优化服务资源。',
        'Operating data power predictive maintenance and other paid services; service resources are optimized.',
      ],
      [
        '开展按使用付费等服务型制造，在役产品依据模型自主优化。',
        'Service-based models such as pay-per-use; products in the field optimize themselves from models.',
      ],
    ],
  ),
} as const;

/** In the order of the 2020 tree. */
export const quickScan2020: QuickScanInput = {
  items: [
    QUICK_SCAN_2020.strategy,
    QUICK_SCAN_2020.skills,
    QUICK_SCAN_2020.data,
    QUICK_SCAN_2020.integration,
    QUICK_SCAN_2020.security,
    QUICK_SCAN_2020.equipment,
    QUICK_SCAN_2020.network,
    QUICK_SCAN_2020['product-design'],
    QUICK_SCAN_2020['process-design'],
    QUICK_SCAN_2020.procurement,
    QUICK_SCAN_2020.planning,
    QUICK_SCAN_2020.operations,
    QUICK_SCAN_2020.maintenance,
    QUICK_SCAN_2020.warehousing,
    QUICK_SCAN_2020.ehs,
    QUICK_SCAN_2020.energy,
    QUICK_SCAN_2020.logistics,
    QUICK_SCAN_2020.sales,
    QUICK_SCAN_2020['customer-service'],
    QUICK_SCAN_2020['product-service'],
  ],
};
