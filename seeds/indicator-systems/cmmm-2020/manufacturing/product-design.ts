import { subdomain } from './helpers.ts';

/** 产品设计 Product design. */
export const productDesign = subdomain(
  'product-design',
  ['产品设计', 'Product design'],
  [
    '从需求输入到设计定型的产品研发活动：设计工具、产品数据管理、仿真验证、知识复用与协同设计。',
    'Product development from requirement input to design release: design tools, product data management, simulation, knowledge reuse and collaborative design.',
  ],
  [
    // ── L1 规划级 ───────────────────────────────────────────────
    {
      id: 'product-design.L1.01',
      text: [
        '应制定产品设计开发管理程序，明确设计输入、方案评审、设计验证与确认、设计变更各环节的职责和审批要求。',
        'The enterprise shall have a documented design-and-development procedure that assigns responsibilities and approvals for design input, design review, verification, validation and design change.',
      ],
      guidance: [
        '可采用分阶段评审（阶段门）的方式管理研发项目。评审时查看程序文件是否现行有效，并抽查一个近期项目，确认其评审、验证和变更记录与程序一致。',
        'A stage-gate style process is a common way to run it. Reviewers check that the procedure is current and sample one recent project to confirm its review, verification and change records follow it.',
      ],
      evidence: [
        [
          '设计开发控制程序或研发管理制度',
          'Design-and-development control procedure or R&D management rules',
        ],
        [
          '近期一个项目的设计评审、验证与变更记录',
          'Design review, verification and change records of one recent project',
        ],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'product-design.L1.02',
      text: [
        '应在设计输入阶段系统收集并记录客户需求、适用法规与标准、制造能力约束和成本目标，并对输入的完整性进行评审。',
        'The enterprise shall systematically capture customer needs, applicable regulations and standards, manufacturing constraints and cost targets as design inputs, and review them for completeness.',
      ],
      guidance: [
        '设计输入清单或需求规格书应能追溯到合同、市场信息或法规条款。评审人员关注输入是否经过评审确认，以及后续设计输出是否逐项回应了输入。',
        'The input list or requirement specification should trace back to contracts, market information or regulations. Reviewers look for a signed-off input review and for design outputs that answer each input.',
      ],
      evidence: [
        ['产品需求规格书或设计输入清单', 'Product requirement specification or design input list'],
        ['设计输入评审记录', 'Design input review record'],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'product-design.L1.03',
      text: [
        '应规划产品设计的数字化工具应用，并统一图样和设计文件的编码规则、版本标识及归档要求。',
        'The enterprise shall plan the use of digital design tools and set common numbering, revision and archiving rules for drawings and design documents.',
      ],
      guidance: [
        '规划应说明各类产品采用的设计软件、图文档模板和物料编码规则。统一的编码与版本规则是后续建设 PDM/PLM 的前提；评审时抽查图纸编号与版本是否符合规则。',
        'The plan states which design software and templates each product line uses and how parts are numbered. Consistent numbering and revision rules are the groundwork for a later PDM/PLM; reviewers spot-check drawings against the rules.',
      ],
      evidence: [
        ['研发数字化工具规划或年度工作计划', 'Plan for digital design tools or annual R&D IT plan'],
        [
          '图样与设计文件编码、版本管理规定',
          'Rules for drawing and document numbering and revisions',
        ],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L2 规范级 ───────────────────────────────────────────────
    {
      id: 'product-design.L2.01',
      text: [
        '应使用计算机辅助设计（CAD）工具完成产品设计，新产品及关键零部件应采用三维建模。',
        'The enterprise shall design products with CAD tools, using 3D modelling for new products and key parts.',
      ],
      guidance: [
        '二维出图可以继续使用，但新开发产品和关键件应有三维模型作为设计源头。评审时查看软件许可、模型样例，以及近一年新产品中三维设计的比例。',
        '2D drawings may remain in use, but new products and key parts should have a 3D model as the design master. Reviewers look at software licences, sample models and the share of last year’s new products designed in 3D.',
      ],
      evidence: [
        ['CAD 软件许可清单及三维模型样例', 'CAD licence list and sample 3D models'],
        ['近一年新产品三维设计比例统计', 'Share of new products designed in 3D over the past year'],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'product-design.L2.02',
      text: [
        '应通过产品数据管理系统（PDM）或受控的电子文档库集中管理图纸、三维模型、设计 BOM 和技术文件，实现版本控制和电子审签。',
        'The enterprise shall manage drawings, 3D models, engineering BOMs and technical documents centrally in a PDM system or a controlled electronic repository, with version control and electronic sign-off.',
      ],
      guidance: [
        '设计人员应从同一数据源检出和发布设计数据，避免个人电脑上的多份副本。评审人员会现场查看某个零件的版本历史、审签流程和设计 BOM 结构。',
        'Designers check data in and out of one source rather than keeping copies on their own PCs. Reviewers open one part in the system and look at its revision history, approval workflow and EBOM structure.',
      ],
      evidence: [
        [
          'PDM 系统中零部件版本历史和审签流程截图',
          'PDM screenshots of a part’s revision history and approval workflow',
        ],
        ['系统导出的设计 BOM 样例', 'Sample engineering BOM exported from the system'],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'product-design.L2.03',
      text: [
        '应建立标准件、通用件、外购件和常用材料的数字化资源库，并在设计工具中直接调用，提高设计复用率。',
        'The enterprise shall maintain digital libraries of standard parts, common parts, purchased parts and materials that designers call up directly from the design tool to raise design reuse.',
      ],
      guidance: [
        '资源库应由专人维护并与物料编码保持一致。评审时关注库的规模、更新记录，以及新设计中复用件的比例是否被统计。',
        'The libraries have an owner and stay consistent with material codes. Reviewers look at library size, update records and whether the reuse rate in new designs is measured.',
      ],
      evidence: [
        [
          '标准件/通用件库界面截图及维护记录',
          'Screenshots of the standard/common part library and its maintenance log',
        ],
        ['设计复用率统计', 'Design reuse-rate statistics'],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L3 集成级 ───────────────────────────────────────────────
    {
      id: 'product-design.L3.01',
      text: [
        '应实现产品生命周期管理系统（PLM/PDM）与 ERP、MES 等系统集成，设计 BOM 可转换为制造 BOM 并自动传递，设计变更可同步通知采购、工艺和生产。',
        'The enterprise shall integrate PLM/PDM with ERP, MES and related systems so that the engineering BOM converts to a manufacturing BOM and flows downstream automatically, and design changes reach purchasing, process engineering and production.',
      ],
      guidance: [
        '核心是消除 BOM 和变更信息的人工重复录入。评审时跟踪一个设计变更单：从 PLM 发布到 ERP 物料/BOM 更新、在制品处理和采购调整，查看系统间接口日志和时效。',
        'The point is to stop re-keying BOMs and change notices. Reviewers follow one engineering change from release in PLM to the ERP BOM update, WIP disposition and purchasing adjustment, checking interface logs and lead time.',
      ],
      evidence: [
        [
          'PLM 与 ERP/MES 接口说明及传输日志',
          'PLM–ERP/MES interface description and transfer logs',
        ],
        ['一个设计变更在各系统中的流转记录', 'Trace of one engineering change across the systems'],
      ],
      lc: ['design', 'production'],
      sl: ['enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'product-design.L3.02',
      text: [
        '应采用仿真分析工具（结构、热、流体、电磁、运动等）对产品关键性能进行虚拟验证，并将仿真结果纳入设计评审。',
        'The enterprise shall verify key product performance virtually with simulation tools (structural, thermal, fluid, electromagnetic, kinematic, etc.) and use the results in design reviews.',
      ],
      guidance: [
        '仿真模型应直接基于三维设计模型建立，仿真报告和模型在 PLM 中与对应产品版本关联。评审人员关注仿真覆盖了哪些关键性能、是否与试验结果做过对标，以及物理样机轮次是否因此减少。',
        'Simulation models start from the 3D design model, and reports are linked to the product revision in PLM. Reviewers ask which key characteristics are simulated, whether results were correlated with tests and whether physical prototype loops fell.',
      ],
      evidence: [
        ['关键产品仿真分析报告', 'Simulation reports for key products'],
        ['仿真与试验对标记录', 'Simulation-to-test correlation records'],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['resource', 'system_integration'],
    },
    {
      id: 'product-design.L3.03',
      text: [
        '应基于统一的三维模型（如基于模型的定义 MBD）开展跨部门协同设计，工艺、质量、采购等部门在设计阶段在线参与可制造性和可装配性评审。',
        'The enterprise shall run cross-functional design on one shared 3D model (e.g. model-based definition), with process, quality and purchasing taking part online in design-for-manufacture and assembly reviews.',
      ],
      guidance: [
        '尺寸公差、技术要求等信息标注在三维模型上，下游直接使用模型而非重新绘图。评审时查看在线评审的意见记录及其关闭情况。',
        'Dimensions, tolerances and notes sit on the 3D model so downstream teams use the model instead of redrawing. Reviewers look at online review comments and how they were closed.',
      ],
      evidence: [
        ['带 PMI 标注的三维模型样例', 'Sample 3D model with PMI annotations'],
        ['DFM/DFA 在线评审意见及关闭记录', 'Online DFM/DFA review comments and closure records'],
      ],
      lc: ['design', 'production'],
      sl: ['enterprise'],
      it: ['interconnection', 'fusion_sharing'],
    },
    // ── L4 优化级 ───────────────────────────────────────────────
    {
      id: 'product-design.L4.01',
      text: [
        '应建立产品设计知识库（设计规范、典型结构、计算方法、失效案例等），并在设计过程中按情境自动推送和复用知识。',
        'The enterprise shall build a product design knowledge base (design rules, proven structures, calculation methods, failure cases, etc.) that is pushed to designers in context and reused during design.',
      ],
      guidance: [
        '知识应结构化并与设计工具或 PLM 集成，例如在建模时自动校验设计规则、推荐相似结构。评审人员关注知识条目的数量与更新频次，以及知识在实际项目中被调用的记录。',
        'Knowledge should be structured and wired into the design tool or PLM, e.g. automatic design-rule checks during modelling or suggestions of similar structures. Reviewers look at the number and freshness of entries and records of their use in real projects.',
      ],
      evidence: [
        ['设计知识库目录与条目样例', 'Knowledge-base index and sample entries'],
        [
          '设计规则自动检查或知识推送的系统截图',
          'Screenshots of automatic rule checks or knowledge push in the design tool',
        ],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'product-design.L4.02',
      text: [
        '应采用参数化、模块化设计方法，建立产品平台与配置模型，依据客户需求快速生成变型产品的设计方案和 BOM。',
        'The enterprise shall use parametric, modular design with product platforms and configuration models so that variant designs and BOMs are generated quickly from customer requirements.',
      ],
      guidance: [
        '典型做法是建立模块库和配置规则（产品配置器），订单参数输入后自动生成模型与 BOM。评审时查看模块化率、变型设计周期的前后对比，以及配置规则的维护机制。',
        'A typical setup is a module library with configuration rules (a product configurator) that turns order parameters into a model and BOM. Reviewers look at the modularity rate, before/after lead times for variant design and how the rules are maintained.',
      ],
      evidence: [
        [
          '产品配置器或参数化模板截图',
          'Screenshots of the product configurator or parametric templates',
        ],
        ['变型设计周期前后对比数据', 'Variant design lead time before and after'],
      ],
      lc: ['design', 'sales'],
      sl: ['enterprise'],
      it: ['fusion_sharing', 'system_integration'],
    },
    {
      id: 'product-design.L4.03',
      text: [
        '应利用制造、质量检验和售后运行数据分析产品设计缺陷与改进机会，形成设计—制造—服务的数据闭环，并应用优化算法改进关键设计参数。',
        'The enterprise shall analyse manufacturing, inspection and field data to find design weaknesses and improvement opportunities, closing the design–manufacturing–service data loop, and apply optimisation to key design parameters.',
      ],
      guidance: [
        '例如将现场故障率、制造不良与设计特征关联分析，或利用多目标优化确定结构尺寸。评审人员关注是否有定量分析报告，以及分析结论是否转化为设计变更。',
        'Examples: correlating field failure and scrap data with design features, or multi-objective optimisation of dimensions. Reviewers look for quantitative analyses and for design changes that resulted from them.',
      ],
      evidence: [
        [
          '基于质量/售后数据的设计改进分析报告',
          'Design-improvement analysis based on quality or field data',
        ],
        ['由分析结论触发的设计变更记录', 'Design changes triggered by such analyses'],
      ],
      lc: ['design', 'service'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L5 引领级 ───────────────────────────────────────────────
    {
      id: 'product-design.L5.01',
      text: [
        '应建立产品数字孪生模型，利用产品实际运行数据持续校准模型并自动驱动设计迭代优化。',
        'The enterprise shall maintain product digital twins that are continuously calibrated with real operating data and automatically drive design iteration.',
      ],
      guidance: [
        '孪生模型与在役产品数据实时或周期同步，模型偏差和性能退化可自动转化为下一代设计的优化输入。评审时关注模型校准机制与由孪生驱动的设计迭代实例；产品在使用中不产生可采集的运行数据（如材料、一般结构件）时可判为不适用。',
        'The twin is synchronised with in-service product data, and model deviation or performance decay becomes optimisation input for the next design generation without manual collation. Reviewers look at the calibration mechanism and at design iterations the twin actually drove; it may be marked not applicable where products yield no collectable operating data (e.g. materials, simple structural parts).',
      ],
      evidence: [
        [
          '产品数字孪生平台及模型校准记录',
          'Product digital-twin platform and model calibration records',
        ],
        ['由孪生数据驱动的设计迭代案例', 'Cases of design iteration driven by twin data'],
      ],
      lc: ['design', 'service'],
      sl: ['enterprise', 'collaboration'],
      it: ['new_business', 'fusion_sharing'],
      na: true,
    },
    {
      id: 'product-design.L5.02',
      text: [
        '应建立面向客户、供应商和合作伙伴的网络化协同设计平台，支持用户参与设计和跨企业并行设计。',
        'The enterprise shall operate a networked collaborative design platform on which customers, suppliers and partners take part in design and work concurrently across company boundaries.',
      ],
      guidance: [
        '用户可在线提出需求、参与方案选择或共创，供应商可在同一平台上协同完成配套件设计，并有权限与知识产权管控。评审人员关注平台的外部用户数量、协同项目和数据安全措施。',
        'Users submit needs, choose or co-create options online, and suppliers design their components on the same platform under access and IP controls. Reviewers look at external user numbers, joint projects and data-protection measures.',
      ],
      evidence: [
        [
          '协同设计平台截图及外部参与方清单',
          'Screenshots of the collaborative design platform and list of external parties',
        ],
        [
          '用户参与或跨企业协同设计项目案例',
          'Cases of user-involved or cross-company design projects',
        ],
      ],
      lc: ['design', 'sales'],
      sl: ['collaboration'],
      it: ['new_business', 'interconnection'],
    },
    {
      id: 'product-design.L5.03',
      text: [
        '应应用生成式设计、人工智能等技术，依据性能、成本和制造约束自动生成、评估和优选设计方案，并通过持续学习提升方案质量。',
        'The enterprise shall apply generative design and AI to produce, evaluate and select design alternatives automatically against performance, cost and manufacturing constraints, improving through continuous learning.',
      ],
      guidance: [
        '设计人员从“绘制方案”转向“定义目标与约束并决策”。评审时关注算法生成方案的采用比例、效果指标（减重、性能提升、周期缩短）以及模型持续训练的数据来源。',
        'Designers shift from drawing options to setting goals and constraints and deciding. Reviewers look at how many generated designs were adopted, the measured gains (weight, performance, lead time) and where the continued training data comes from.',
      ],
      evidence: [
        ['生成式设计或 AI 辅助设计应用案例', 'Cases of generative or AI-assisted design'],
        ['方案效果对比与模型训练记录', 'Outcome comparison and model training records'],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['new_business', 'fusion_sharing'],
    },
  ],
);
