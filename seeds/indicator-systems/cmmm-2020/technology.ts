import type { NodeInput } from '../types.ts';

/**
 * 技术 Technology: 数据, 集成, 信息安全. Requirement texts are zhiping's own wording,
 * written from the public level meanings of GB/T 39116-2020; they are not the standard's text.
 */
export const technology: NodeInput = {
  id: 'technology',
  name: { zh: '技术', en: 'Technology' },
  description: {
    zh: '支撑智能制造的数据、系统与装备集成以及信息安全能力。',
    en: 'The data, system and equipment integration, and information security capabilities that support smart manufacturing.',
  },
  weight: 0.18,
  children: [
    {
      id: 'd-data',
      name: { zh: '数据', en: 'Data' },
      weight: 0.4,
      children: [
        {
          id: 'data',
          name: { zh: '数据', en: 'Data' },
          description: {
            zh: '数据的采集、存储、治理、共享、分析建模和价值挖掘。',
            en: 'Collecting, storing, governing, sharing, analysing and modelling data and turning it into value.',
          },
          weight: 1,
          requirements: [
            {
              id: 'data.L1.01',
              level: 1,
              text: {
                zh: '应识别设计、生产、物流、销售、服务等核心业务活动需要的数据，并以纸质或电子方式记录和保存。',
                en: 'The enterprise shall identify the data its core activities (design, production, logistics, sales, service) need, and record and keep it on paper or electronically.',
              },
              guidance: {
                zh: '列出各业务需要记录的数据项（如订单、工单、检验、设备运行记录），规定记录表单和保存期限。评审会抽查记录是否完整、可查。',
                en: 'List the data items each activity must record (orders, work orders, inspections, equipment logs), with forms and retention periods. Reviewers sample records for completeness and traceability.',
              },
              evidenceHints: [
                {
                  zh: '数据或记录清单（含表单模板和保存期限）',
                  en: 'List of records with form templates and retention periods',
                },
                { zh: '抽查的业务记录样本', en: 'Sampled business records' },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'data.L1.02',
              level: 1,
              text: {
                zh: '应规划数据采集和管理的需求，明确关键数据的来源、责任部门和使用方。',
                en: 'The enterprise shall plan its data collection and management needs, stating the source, owner and users of its key data.',
              },
              guidance: {
                zh: '可在智能制造规划中设数据章节，列出哪些数据计划由系统或设备自动采集，谁负责维护。评审关注关键数据是否都有明确责任人。',
                en: 'A data section in the smart-manufacturing plan can list which data will be captured by systems or equipment and who maintains it. Reviewers check that every key data set has an owner.',
              },
              evidenceHints: [
                {
                  zh: '数据采集规划或数据责任矩阵',
                  en: 'Data collection plan or data ownership matrix',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'data.L2.01',
              level: 2,
              text: {
                zh: '应通过信息系统或自动采集手段获取核心业务活动的数据，并进行集中存储和统一管理。',
                en: 'The enterprise shall capture the data of its core activities through information systems or automatic collection, and store and manage it centrally.',
              },
              guidance: {
                zh: '如订单、采购、库存数据在ERP中录入，关键设备运行数据通过采集终端或SCADA获取。评审会核对主要业务数据是否仍依赖纸质表单或个人电子表格。',
                en: 'For example orders, purchasing and inventory entered in ERP, and key equipment data collected by data terminals or SCADA. Reviewers check whether main business data still lives on paper forms or personal spreadsheets.',
              },
              evidenceHints: [
                {
                  zh: '各业务系统数据录入或采集界面截图',
                  en: 'Screenshots of data entry or collection screens',
                },
                {
                  zh: '数据存储位置和备份方式说明',
                  en: 'Description of data storage locations and backup',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['unit', 'workshop', 'enterprise'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'data.L2.02',
              level: 2,
              text: {
                zh: '应对物料、产品、BOM、客户、供应商、设备等主数据建立统一的编码规则，并指定维护部门。',
                en: 'The enterprise shall define uniform coding rules for master data such as materials, products, BOMs, customers, suppliers and equipment, with a department responsible for each.',
              },
              guidance: {
                zh: '同一物料在各系统中只能有一个编码，新增和变更要经审批。评审会检查是否存在一物多码、编码不一致的情况。',
                en: 'Each material should carry one code across all systems, and additions or changes need approval. Reviewers check for duplicate or inconsistent codes.',
              },
              evidenceHints: [
                { zh: '主数据编码规则文件', en: 'Master data coding rules' },
                {
                  zh: '主数据新增、变更审批记录',
                  en: 'Approval records for master data creation and changes',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales'],
                systemLevel: ['enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'data.L2.03',
              level: 2,
              text: {
                zh: '应在单项业务范围内实现数据的共享和统计分析，形成支持日常管理的报表。',
                en: 'The enterprise shall share and analyse data within each activity, producing reports that support day-to-day management.',
              },
              guidance: {
                zh: '如生产部门可直接从系统获得产量、合格率日报，采购部门可查询到货及时率。评审关注报表是否由系统生成而非手工汇总。',
                en: 'For example production gets daily output and yield reports straight from the system, and purchasing can query on-time delivery. Reviewers check that reports are system-generated rather than compiled by hand.',
              },
              evidenceHints: [
                { zh: '系统生成的业务报表样例', en: 'Sample system-generated reports' },
              ],
              tags: {
                lifecycle: ['production', 'sales'],
                systemLevel: ['workshop', 'enterprise'],
                intelligence: ['fusion_sharing'],
              },
            },
            {
              id: 'data.L3.01',
              level: 3,
              text: {
                zh: '应建立统一的数据平台（如数据仓库、数据中台），汇聚各业务系统和生产现场的数据，实现跨业务活动的数据共享。',
                en: 'The enterprise shall run a unified data platform (e.g. a data warehouse or data middle platform) that gathers data from business systems and the shop floor and shares it across activities.',
              },
              guidance: {
                zh: '评审会选取一个跨部门场景（如订单交付、质量追溯），查看所需数据能否从平台直接获取，而不是在部门之间导出导入。',
                en: 'Reviewers pick a cross-department case (such as order fulfilment or quality traceability) and check that the data comes straight from the platform rather than being exported and imported between departments.',
              },
              evidenceHints: [
                {
                  zh: '数据平台架构图及接入系统清单',
                  en: 'Data platform architecture and list of connected systems',
                },
                {
                  zh: '跨业务数据应用（报表、看板）截图',
                  en: 'Screenshots of cross-activity reports or dashboards',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['enterprise'],
                intelligence: ['fusion_sharing'],
              },
            },
            {
              id: 'data.L3.02',
              level: 3,
              text: {
                zh: '应建立数据治理机制，制定数据标准和数据字典，对数据的完整性、准确性和及时性进行检查和改进。',
                en: 'The enterprise shall govern its data with data standards and a data dictionary, and check and improve completeness, accuracy and timeliness.',
              },
              guidance: {
                zh: '设立数据管理岗位或委员会，定义关键指标的口径，定期运行数据质量规则并跟踪问题整改。评审会查看数据质量报告和整改闭环记录。',
                en: 'Set up data-management roles or a committee, define key indicators, run data-quality rules regularly and track fixes. Reviewers look at data-quality reports and records of closed issues.',
              },
              evidenceHints: [
                { zh: '数据标准、数据字典文档', en: 'Data standards and data dictionary' },
                {
                  zh: '数据质量检查报告及问题整改记录',
                  en: 'Data-quality reports and issue resolution records',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'data.L3.03',
              level: 3,
              text: {
                zh: '应实现生产、设备、质量、能源等关键现场数据的自动采集，采集范围和频率满足监控与追溯需要。',
                en: 'The enterprise shall collect key shop-floor data (production, equipment, quality, energy) automatically, with a scope and frequency sufficient for monitoring and traceability.',
              },
              guidance: {
                zh: '关键设备和工序的数据应通过PLC、传感器、仪表接口自动采集，人工录入仅作补充。评审会核对采集点清单和数据的实时性。',
                en: 'Data from key equipment and processes should come automatically from PLCs, sensors and instrument interfaces, with manual entry only as a supplement. Reviewers check the list of collection points and how current the data is.',
              },
              evidenceHints: [
                {
                  zh: '数据采集点清单（设备、参数、频率）',
                  en: 'List of collection points (equipment, parameters, frequency)',
                },
                { zh: '实时数据监控界面截图', en: 'Screenshot of real-time data monitoring' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'unit', 'workshop'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'data.L4.01',
              level: 4,
              text: {
                zh: '应基于采集的数据，结合机理知识建立分析模型，对质量、设备、能耗、需求等进行预测、诊断和优化。',
                en: 'The enterprise shall build analytical models from its data and domain knowledge to predict, diagnose and optimize quality, equipment, energy use, demand and similar.',
              },
              guidance: {
                zh: '评审关注至少有若干模型已在业务中常态化运行，且有上线前后的效果对比，例如预测准确率、不良率下降。',
                en: 'Reviewers look for several models in routine use, with before-and-after results such as forecast accuracy or reduced defect rates.',
              },
              evidenceHints: [
                {
                  zh: '在用模型清单（用途、输入、输出、负责人）',
                  en: 'List of models in use (purpose, inputs, outputs, owner)',
                },
                { zh: '模型效果评估报告', en: 'Model performance reports' },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['workshop', 'enterprise'],
                intelligence: ['fusion_sharing'],
              },
            },
            {
              id: 'data.L4.02',
              level: 4,
              text: {
                zh: '应对数据和模型进行资产化管理，覆盖模型的开发、验证、发布、监控和迭代全过程。',
                en: 'The enterprise shall manage data and models as assets across the model life cycle: development, validation, release, monitoring and retraining.',
              },
              guidance: {
                zh: '建立数据资产目录和模型库，模型有版本、训练数据说明和上线审批，运行中监测效果衰减并按需重新训练。',
                en: 'Keep a data catalogue and a model repository; models have versions, training-data descriptions and release approval, and their performance is monitored in operation and retrained when it drifts.',
              },
              evidenceHints: [
                { zh: '数据资产目录截图', en: 'Screenshot of the data catalogue' },
                {
                  zh: '模型库及模型版本、监控记录',
                  en: 'Model repository with versions and monitoring records',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'data.L5.01',
              level: 5,
              text: {
                zh: '应使模型能够基于新数据持续学习，并将优化结果自动下发到业务系统和装备执行，形成数据驱动的闭环。',
                en: 'The enterprise shall have models that keep learning from new data and push their optimized decisions automatically to business systems and equipment for execution, closing a data-driven loop.',
              },
              guidance: {
                zh: '例如排产、工艺参数、能源调度由模型自动给出并执行，人工只处理例外。评审会查看闭环运行的日志和人工干预比例。',
                en: 'For example scheduling, process parameters or energy dispatch decided and executed by models, with people handling only exceptions. Reviewers look at closed-loop logs and the share of manual interventions.',
              },
              evidenceHints: [
                {
                  zh: '模型自动决策与执行日志',
                  en: 'Logs of automatic model decisions and their execution',
                },
                { zh: '人工干预统计', en: 'Statistics of manual interventions' },
              ],
              tags: {
                lifecycle: ['production', 'logistics'],
                systemLevel: ['workshop', 'enterprise'],
                intelligence: ['new_business'],
              },
            },
            {
              id: 'data.L5.02',
              level: 5,
              text: {
                zh: '应与产业链上下游实现可信、安全的数据共享，并基于数据开展协同优化或数据增值服务。',
                en: 'The enterprise shall share data with partners up and down the industry chain in a trusted, secure way, and use it for joint optimization or value-added data services.',
              },
              guidance: {
                zh: '可借助工业互联网标识解析、行业数据空间或可信数据交换平台，与供应商、客户共享库存、质量、产品运行等数据，并约定使用权限。',
                en: 'Industrial internet identifier resolution, industry data spaces or trusted data-exchange platforms can carry inventory, quality and product-usage data with suppliers and customers under agreed usage rights.',
              },
              evidenceHints: [
                {
                  zh: '数据共享协议及授权范围',
                  en: 'Data-sharing agreements and authorized scope',
                },
                {
                  zh: '共享数据的平台或接口运行记录',
                  en: 'Operating records of the sharing platform or interfaces',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['collaboration'],
                intelligence: ['new_business'],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'd-integration',
      name: { zh: '集成', en: 'Integration' },
      weight: 0.35,
      children: [
        {
          id: 'integration',
          name: { zh: '集成', en: 'Integration' },
          description: {
            zh: '装备、系统之间以及企业内外的纵向、横向和端到端集成。',
            en: 'Vertical, horizontal and end-to-end integration of equipment and systems, within and beyond the enterprise.',
          },
          weight: 1,
          requirements: [
            {
              id: 'integration.L1.01',
              level: 1,
              text: {
                zh: '应梳理现有信息系统和自动化系统，识别核心业务之间的信息交互需求。',
                en: 'The enterprise shall inventory its information and automation systems and identify the information that must flow between core activities.',
              },
              guidance: {
                zh: '画出现有系统和主要信息流（哪些靠手工、电子表格或文件传递），据此确定需要集成的环节。',
                en: 'Draw the current systems and main information flows (which ones rely on hand-over, spreadsheets or files) and decide from it where integration is needed.',
              },
              evidenceHints: [
                {
                  zh: '系统清单和信息流现状图',
                  en: 'System inventory and current information-flow diagram',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['enterprise'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'integration.L1.02',
              level: 1,
              text: {
                zh: '应制定系统和装备集成的规划，明确集成范围、优先次序和实施方式。',
                en: 'The enterprise shall plan the integration of its systems and equipment, with scope, priorities and approach.',
              },
              guidance: {
                zh: '集成规划可以是智能制造规划的一部分，写明先打通哪些系统、采用何种技术路线。评审关注规划与实际项目是否一致。',
                en: 'The integration plan can be part of the smart-manufacturing plan, stating which systems will be connected first and by what technical route. Reviewers check that projects follow it.',
              },
              evidenceHints: [{ zh: '系统集成规划文件', en: 'System integration plan' }],
              tags: { systemLevel: ['enterprise'], intelligence: ['system_integration'] },
            },
            {
              id: 'integration.L2.01',
              level: 2,
              text: {
                zh: '应在单项业务内部实现系统之间或系统与装备之间的集成，如数控设备与程序管理（DNC）、ERP各模块之间的数据贯通。',
                en: 'The enterprise shall integrate systems, or systems and equipment, within single activities, e.g. CNC machines with program management (DNC), or data flowing between ERP modules.',
              },
              guidance: {
                zh: '评审会查看已集成的接口清单，并现场确认数据无需人工重复录入。',
                en: 'Reviewers check the list of working interfaces and confirm on site that data is not typed in twice.',
              },
              evidenceHints: [
                {
                  zh: '已实现的接口或集成点清单',
                  en: 'List of working interfaces or integration points',
                },
                { zh: '集成运行界面截图', en: 'Screenshots of the integration in operation' },
              ],
              tags: {
                lifecycle: ['design', 'production', 'sales'],
                systemLevel: ['unit', 'workshop'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'integration.L2.02',
              level: 2,
              text: {
                zh: '应制定接口和集成的技术规范，统一数据格式、通信协议和接口开发要求。',
                en: 'The enterprise shall set technical rules for interfaces and integration, standardizing data formats, communication protocols and interface development.',
              },
              guidance: {
                zh: '例如规定设备采集优先采用OPC UA等通用协议、系统接口采用统一的报文格式，并在采购合同中约定开放接口。',
                en: 'For example OPC UA or similar open protocols preferred for equipment data, one message format for system interfaces, and open interfaces written into purchase contracts.',
              },
              evidenceHints: [
                {
                  zh: '接口规范或集成技术标准',
                  en: 'Interface specification or integration standard',
                },
                {
                  zh: '含接口开放条款的采购合同',
                  en: 'Purchase contracts with open-interface clauses',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['system_integration'] },
            },
            {
              id: 'integration.L3.01',
              level: 3,
              text: {
                zh: '应实现设备、车间执行系统与企业管理系统的纵向集成，生产指令可自动下达、执行结果可自动反馈。',
                en: 'The enterprise shall integrate equipment, shop-floor execution systems and enterprise management systems vertically, so that orders flow down and results flow back automatically.',
              },
              guidance: {
                zh: '典型做法是ERP工单下达到MES，MES派工到设备或工位，完工、报工、质量数据自动回传ERP。评审会跟踪一张工单的全过程。',
                en: 'Typically ERP releases work orders to MES, MES dispatches them to equipment or stations, and completions, bookings and quality data return to ERP automatically. Reviewers follow one work order end to end.',
              },
              evidenceHints: [
                {
                  zh: 'ERP、MES、设备层集成架构图',
                  en: 'Architecture of ERP, MES and equipment-level integration',
                },
                {
                  zh: '一张工单从下达到完工的系统记录',
                  en: 'System records of one work order from release to completion',
                },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'workshop', 'enterprise'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'integration.L3.02',
              level: 3,
              text: {
                zh: '应实现设计、工艺、生产、采购、仓储、销售等业务系统之间的横向集成，如设计BOM向制造BOM自动转换并传递。',
                en: 'The enterprise shall integrate design, process, production, purchasing, warehousing and sales systems horizontally, e.g. engineering BOMs converted and passed to manufacturing BOMs automatically.',
              },
              guidance: {
                zh: 'PLM/PDM、ERP、MES、WMS、CRM之间的关键数据应自动同步，变更能及时传达到下游。评审会抽查一次设计变更在各系统中的传递情况。',
                en: 'Key data between PLM/PDM, ERP, MES, WMS and CRM should synchronize automatically, with changes reaching downstream quickly. Reviewers follow one engineering change through the systems.',
              },
              evidenceHints: [
                {
                  zh: '跨业务系统的接口清单与数据流图',
                  en: 'Cross-system interface list and data-flow diagram',
                },
                {
                  zh: '设计变更在各系统中的传递记录',
                  en: 'Records of one engineering change propagating through the systems',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales'],
                systemLevel: ['enterprise'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'integration.L3.03',
              level: 3,
              text: {
                zh: '应采用集成平台、企业服务总线或统一接口管理等方式管理系统间集成，对接口运行状态进行监控。',
                en: 'The enterprise shall manage integration through an integration platform, enterprise service bus or central API management, and monitor interface health.',
              },
              guidance: {
                zh: '避免点对点接口无序增长；接口应有文档、负责人和失败告警。评审会查看接口监控界面和故障处理记录。',
                en: 'Avoid uncontrolled point-to-point growth; each interface needs documentation, an owner and failure alerts. Reviewers look at the interface monitor and incident records.',
              },
              evidenceHints: [
                {
                  zh: '集成平台或接口管理系统截图',
                  en: 'Screenshot of the integration platform or API management',
                },
                { zh: '接口异常告警和处理记录', en: 'Interface alert and handling records' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['system_integration'] },
            },
            {
              id: 'integration.L4.01',
              level: 4,
              text: {
                zh: '应基于工业互联网平台或统一的技术架构实现设备、系统和模型的全面集成，分析模型可被业务系统调用，结果自动回写。',
                en: 'The enterprise shall integrate equipment, systems and models comprehensively on an industrial internet platform or unified architecture, with analytical models callable by business systems and results written back automatically.',
              },
              guidance: {
                zh: '例如质量预测模型部署在平台上，由MES在工序执行时调用并把结果用于放行或调参。评审关注模型与业务的集成是否常态运行。',
                en: 'For example a quality-prediction model deployed on the platform, called by MES during the operation, with the result used for release or parameter adjustment. Reviewers check that the model-to-business integration runs routinely.',
              },
              evidenceHints: [
                {
                  zh: '平台架构及模型服务清单',
                  en: 'Platform architecture and list of model services',
                },
                { zh: '业务系统调用模型的日志', en: 'Logs of business systems calling the models' },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['workshop', 'enterprise'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'integration.L4.02',
              level: 4,
              text: {
                zh: '应与关键供应商和客户实现系统集成，订单、预测、库存、发货等信息在企业间自动交换。',
                en: 'The enterprise shall integrate its systems with key suppliers and customers so that orders, forecasts, inventory and shipments are exchanged automatically.',
              },
              guidance: {
                zh: '可通过EDI、供应商门户或客户平台接口实现，取代邮件和电话传递。评审关注覆盖的供应商和客户比例。',
                en: 'EDI, supplier portals or customer-platform interfaces replace email and phone. Reviewers look at the share of suppliers and customers covered.',
              },
              evidenceHints: [
                {
                  zh: '企业间集成接口清单及覆盖的伙伴名单',
                  en: 'Inter-company interfaces and partners covered',
                },
                {
                  zh: '电子订单或发货通知的交换记录',
                  en: 'Exchange records of electronic orders or shipping notices',
                },
              ],
              tags: {
                lifecycle: ['logistics', 'sales'],
                systemLevel: ['collaboration'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'integration.L5.01',
              level: 5,
              text: {
                zh: '应实现产业链上下游企业间设计、生产、物流和服务业务的系统互联，支撑跨企业的协同设计、协同制造和协同服务。',
                en: 'The enterprise shall connect design, production, logistics and service systems with companies along the industry chain, supporting collaborative design, manufacturing and service across companies.',
              },
              guidance: {
                zh: '例如与供应商共享设计模型并协同评审，向客户实时开放订单进度和产品运行数据。评审关注协同是否覆盖核心业务且持续运行。',
                en: 'For example sharing design models with suppliers for joint reviews, or giving customers live order progress and product-usage data. Reviewers check that collaboration covers core business and runs continuously.',
              },
              evidenceHints: [
                {
                  zh: '产业链协同平台截图和参与企业清单',
                  en: 'Chain collaboration platform screenshots and participating companies',
                },
                {
                  zh: '协同设计或协同制造项目记录',
                  en: 'Records of collaborative design or manufacturing projects',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'service'],
                systemLevel: ['collaboration'],
                intelligence: ['system_integration', 'new_business'],
              },
            },
            {
              id: 'integration.L5.02',
              level: 5,
              text: {
                zh: '应采用可灵活组合的集成架构（如微服务、云原生、低代码），使新业务、新应用能够快速接入和重构。',
                en: 'The enterprise shall use a composable integration architecture (e.g. microservices, cloud-native, low-code) so that new business and applications can be connected and reconfigured quickly.',
              },
              guidance: {
                zh: '评审关注新业务场景从提出到上线的周期，以及复用已有服务和数据的程度。',
                en: 'Reviewers look at the lead time from a new business need to go-live and how far it reuses existing services and data.',
              },
              evidenceHints: [
                {
                  zh: '应用架构说明及可复用服务目录',
                  en: 'Application architecture and catalogue of reusable services',
                },
                { zh: '近期新应用的上线周期统计', en: 'Lead times of recent new applications' },
              ],
              tags: {
                systemLevel: ['enterprise', 'collaboration'],
                intelligence: ['new_business'],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'd-security',
      name: { zh: '信息安全', en: 'Information security' },
      weight: 0.25,
      children: [
        {
          id: 'security',
          name: { zh: '信息安全', en: 'Information security' },
          description: {
            zh: '信息系统与工业控制系统的网络安全、数据安全及安全管理。',
            en: 'Cyber and data security of information and industrial control systems, and security management.',
          },
          weight: 1,
          requirements: [
            {
              id: 'security.L1.01',
              level: 1,
              text: {
                zh: '应制定信息安全管理制度，明确信息安全的责任部门和责任人。',
                en: 'The enterprise shall have information security rules and a department and person responsible for information security.',
              },
              guidance: {
                zh: '制度至少覆盖账号口令、计算机使用、外来人员和移动存储介质管理。评审关注制度是否发布并有人负责执行。',
                en: 'The rules should at least cover accounts and passwords, computer use, visitors and removable media. Reviewers check that the rules are issued and someone enforces them.',
              },
              evidenceHints: [
                { zh: '信息安全管理制度', en: 'Information security policy' },
                { zh: '安全责任人任命文件', en: 'Appointment of the security officer' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'security.L1.02',
              level: 1,
              text: {
                zh: '应对员工开展信息安全意识教育，对信息系统账号和口令进行管理，离职人员账号及时停用。',
                en: 'The enterprise shall run security-awareness training, manage system accounts and passwords, and disable the accounts of leavers promptly.',
              },
              guidance: {
                zh: '评审会抽查离职人员账号是否已停用、是否存在多人共用账号和弱口令。',
                en: 'Reviewers check samples for leavers whose accounts are still active, shared accounts and weak passwords.',
              },
              evidenceHints: [
                { zh: '安全意识培训记录', en: 'Security-awareness training records' },
                {
                  zh: '账号开通、变更、注销记录',
                  en: 'Account creation, change and removal records',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'security.L2.01',
              level: 2,
              text: {
                zh: '应建立信息系统和工业控制系统的资产清单，包括服务器、终端、网络设备、PLC、DCS、SCADA等，并定期更新。',
                en: 'The enterprise shall keep an inventory of IT and industrial control assets (servers, endpoints, network devices, PLCs, DCS, SCADA) and update it regularly.',
              },
              guidance: {
                zh: '清单应包括型号、软件版本、位置、负责人和网络连接关系，作为漏洞管理和防护的基础。评审会现场抽取设备核对清单。',
                en: 'The inventory should record model, software version, location, owner and network connections, as the basis for vulnerability management and protection. Reviewers pick devices on site and check them against it.',
              },
              evidenceHints: [
                { zh: 'IT与工控资产清单', en: 'IT and ICS asset inventory' },
                { zh: '资产清单更新记录', en: 'Inventory update records' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'workshop', 'enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'security.L2.02',
              level: 2,
              text: {
                zh: '应在办公网络与工业控制网络之间部署边界防护措施，关闭不必要的端口和服务，并对移动存储介质和远程运维接入进行管控。',
                en: 'The enterprise shall protect the boundary between office and industrial control networks, close unneeded ports and services, and control removable media and remote maintenance access.',
              },
              guidance: {
                zh: '常见措施为工业防火墙或网闸、工控主机白名单、U盘管控、供应商远程运维经审批并全程记录。评审会查看网络拓扑和防护设备策略。',
                en: 'Typical measures: industrial firewalls or data diodes, application whitelisting on control hosts, USB control, vendor remote access only with approval and full logging. Reviewers look at the topology and firewall policies.',
              },
              evidenceHints: [
                {
                  zh: '标注安全区域和防护设备的网络拓扑图',
                  en: 'Network topology with security zones and protective devices',
                },
                { zh: '防火墙策略或网闸配置截图', en: 'Firewall or gateway policy screenshots' },
                {
                  zh: '远程运维审批和操作记录',
                  en: 'Remote maintenance approvals and session records',
                },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['workshop', 'enterprise'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'security.L2.03',
              level: 2,
              text: {
                zh: '应对重要业务数据、工控程序和系统配置进行定期备份，并验证备份可以恢复。',
                en: 'The enterprise shall back up important business data, control programs and system configurations regularly and verify that backups can be restored.',
              },
              guidance: {
                zh: 'PLC/DCS程序、配方和组态也要纳入备份。评审会询问最近一次恢复测试的时间和结果。',
                en: 'PLC/DCS programs, recipes and configurations belong in the backup too. Reviewers ask when the last restore test was done and how it went.',
              },
              evidenceHints: [
                { zh: '备份策略和备份日志', en: 'Backup policy and logs' },
                { zh: '恢复测试记录', en: 'Restore test records' },
              ],
              tags: {
                lifecycle: ['design', 'production', 'sales'],
                systemLevel: ['equipment', 'enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'security.L3.01',
              level: 3,
              text: {
                zh: '应建立统一的安全监测和审计能力，集中收集网络、主机和工控系统的日志与告警，及时发现异常行为。',
                en: 'The enterprise shall monitor and audit security centrally, collecting logs and alerts from networks, hosts and control systems to detect anomalies promptly.',
              },
              guidance: {
                zh: '可部署日志审计、工控安全监测（流量异常检测）和安全管理平台，告警有人值守和处置。评审会查看最近的告警及处理记录。',
                en: 'Log auditing, ICS network anomaly detection and a security management platform can be used, with alerts watched and handled. Reviewers look at recent alerts and how they were handled.',
              },
              evidenceHints: [
                {
                  zh: '安全监测或日志审计平台截图',
                  en: 'Screenshot of the monitoring or log-audit platform',
                },
                { zh: '告警处置记录', en: 'Alert handling records' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['workshop', 'enterprise'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'security.L3.02',
              level: 3,
              text: {
                zh: '应按网络安全等级保护要求对重要信息系统和工业控制系统开展定级、备案、测评和整改。',
                en: "The enterprise shall grade, register, assess and remediate its important information and industrial control systems under China's classified cybersecurity protection scheme (等级保护).",
              },
              guidance: {
                zh: '评审会查看定级备案证明和测评报告，并核对测评发现的高风险问题是否已整改。',
                en: 'Reviewers check the grading and registration certificates and the assessment report, and whether high-risk findings have been fixed.',
              },
              evidenceHints: [
                { zh: '等级保护定级备案证明', en: 'Grading and registration certificates' },
                { zh: '等级测评报告及整改记录', en: 'Assessment report and remediation records' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['workshop', 'enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'security.L3.03',
              level: 3,
              text: {
                zh: '应制定覆盖信息系统和生产控制系统的安全事件应急预案，定期演练，并开展漏洞和补丁管理。',
                en: 'The enterprise shall have incident response plans covering information and production control systems, exercise them regularly, and manage vulnerabilities and patches.',
              },
              guidance: {
                zh: '工控系统补丁需先在测试环境验证再安排停机升级，无法打补丁时采取补偿措施。评审会查看演练记录和漏洞处置台账。',
                en: 'Control-system patches should be tested first and installed in planned downtime; where patching is impossible, compensating controls apply. Reviewers look at exercise records and the vulnerability log.',
              },
              evidenceHints: [
                { zh: '应急预案和演练记录', en: 'Incident response plan and exercise records' },
                {
                  zh: '漏洞扫描报告和补丁处置台账',
                  en: 'Vulnerability scan reports and patch log',
                },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'security.L4.01',
              level: 4,
              text: {
                zh: '应利用威胁情报和安全态势感知，对安全风险进行量化评估和预测，并据此优先处置高风险问题。',
                en: 'The enterprise shall use threat intelligence and security situational awareness to quantify and predict security risk, and deal with the highest risks first.',
              },
              guidance: {
                zh: '态势感知平台结合资产、漏洞、告警和外部情报计算风险值，提前预警可能的攻击路径。评审会查看风险评估结果如何影响整改优先级。',
                en: 'A situational-awareness platform combines assets, vulnerabilities, alerts and external intelligence into risk scores and warns of likely attack paths. Reviewers look at how risk scores set remediation priorities.',
              },
              evidenceHints: [
                { zh: '态势感知平台截图', en: 'Situational-awareness platform screenshot' },
                {
                  zh: '风险评估报告及整改优先级清单',
                  en: 'Risk assessment and prioritized remediation list',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'security.L4.02',
              level: 4,
              text: {
                zh: '应对数据进行分类分级，识别重要数据和核心数据，并采取加密、脱敏、访问控制和出境管理等保护措施。',
                en: 'The enterprise shall classify and grade its data, identify important and core data, and protect it with encryption, masking, access control and cross-border transfer management.',
              },
              guidance: {
                zh: '形成数据分类分级清单，工艺配方、设计图纸等核心数据的访问和外发可追踪。评审会抽查重要数据的访问日志。',
                en: 'Keep a data classification list; access to and export of core data such as recipes and drawings is traceable. Reviewers sample access logs of important data.',
              },
              evidenceHints: [
                { zh: '数据分类分级清单', en: 'Data classification list' },
                {
                  zh: '重要数据访问与外发审计日志',
                  en: 'Audit logs of access to and export of important data',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'sales', 'service'],
                systemLevel: ['enterprise'],
                intelligence: ['fusion_sharing'],
              },
            },
            {
              id: 'security.L5.01',
              level: 5,
              text: {
                zh: '应具备自适应的安全防护能力，实现威胁的自动检测、研判、响应和处置闭环，并根据攻击态势动态调整防护策略。',
                en: 'The enterprise shall have adaptive security: threats are detected, analysed, responded to and contained automatically, and protective policies change with the threat situation.',
              },
              guidance: {
                zh: '如通过安全编排与自动化响应自动隔离受感染主机、调整防火墙策略。评审关注自动处置的比例和平均响应时间。',
                en: 'For example security orchestration and automated response isolating infected hosts and adjusting firewall policies. Reviewers look at the share of automatically handled incidents and mean response time.',
              },
              evidenceHints: [
                {
                  zh: '自动响应剧本和执行日志',
                  en: 'Automated response playbooks and execution logs',
                },
                { zh: '平均响应时间统计', en: 'Mean response time statistics' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['new_business'] },
            },
            {
              id: 'security.L5.02',
              level: 5,
              text: {
                zh: '应与产业链伙伴协同开展安全防护，共享威胁信息，对供应商及其提供的软硬件实施安全要求和评估。',
                en: 'The enterprise shall coordinate security with partners in the industry chain, share threat information, and impose and assess security requirements on suppliers and the hardware and software they deliver.',
              },
              guidance: {
                zh: '如在协同平台上共享威胁情报、联合演练，对关键供应商开展安全评估。评审会查看协同机制和供应商安全评估记录。',
                en: 'For example sharing threat intelligence on a collaboration platform, joint exercises, security assessments of key suppliers. Reviewers look at the arrangements and supplier assessment records.',
              },
              evidenceHints: [
                {
                  zh: '威胁信息共享或联合演练记录',
                  en: 'Threat-sharing or joint exercise records',
                },
                { zh: '供应商安全评估报告', en: 'Supplier security assessments' },
              ],
              tags: { systemLevel: ['collaboration'], intelligence: ['new_business'] },
            },
          ],
        },
      ],
    },
  ],
};
