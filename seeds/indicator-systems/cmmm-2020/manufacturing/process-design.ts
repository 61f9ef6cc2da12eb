import { subdomain } from './helpers.ts';

/** 工艺设计 Process design. */
export const processDesign = subdomain(
  'process-design',
  ['工艺设计', 'Process design'],
  [
    '将产品设计转化为可执行的制造方法：工艺路线、作业指导、工艺参数与配方、数控程序、工艺仿真与工艺知识。',
    'Turning product designs into executable manufacturing methods: routings, work instructions, process parameters and recipes, NC programs, process simulation and process knowledge.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'process-design.L1.01',
      text: [
        '应制定工艺管理制度，规定工艺路线、作业指导书、工艺参数（或配方）的编制、审核、发布、变更和作废流程。',
        'The enterprise shall have process-engineering rules covering how routings, work instructions and process parameters (or recipes) are drafted, reviewed, released, changed and withdrawn.',
      ],
      guidance: [
        '现场使用的工艺文件必须是经批准的有效版本。评审时在车间随机抽取作业指导书或工艺卡，核对其版本与受控清单是否一致。',
        'Only approved, current process documents may be used on the shop floor. Reviewers pick work instructions or process cards at random in the workshop and compare them with the controlled list.',
      ],
      evidence: [
        [
          '工艺管理制度或工艺文件控制程序',
          'Process-engineering rules or process document control procedure',
        ],
        [
          '受控工艺文件清单与现场抽查记录',
          'Controlled process document list and shop-floor spot-check record',
        ],
      ],
      lc: ['design', 'production'],
      sl: ['enterprise', 'workshop'],
      it: ['resource'],
    },
    {
      id: 'process-design.L1.02',
      text: [
        '应识别关键工序和特殊过程，通过过程失效模式分析（PFMEA）、控制计划等方法明确其控制参数、控制方法和检验要求。',
        'The enterprise shall identify critical operations and special processes and define their control parameters, control methods and inspection requirements, using tools such as PFMEA and control plans.',
      ],
      guidance: [
        '关键工序清单应覆盖对产品安全、性能影响大的工序（如焊接、热处理、反应、涂装）。评审人员关注 PFMEA 是否定期更新，控制计划中的参数是否在作业文件中落实。',
        'The list should cover operations with major impact on safety or performance (welding, heat treatment, reactions, coating, etc.). Reviewers check that the PFMEA is kept up to date and that control-plan parameters appear in the work instructions.',
      ],
      evidence: [
        ['关键工序/特殊过程清单', 'List of critical operations and special processes'],
        ['PFMEA 与控制计划', 'PFMEA and control plan'],
      ],
      lc: ['design', 'production'],
      sl: ['workshop'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'process-design.L2.01',
      text: [
        '应使用计算机辅助工艺设计（CAPP）或工艺管理系统编制工艺路线、工序内容和工时定额，并建立典型工艺及设备、工装、刀具等工艺资源库。',
        'The enterprise shall author routings, operation content and standard times in CAPP or a process management system, backed by libraries of typical processes and of equipment, fixtures and tooling.',
      ],
      guidance: [
        '工艺人员在系统中引用典型工艺和资源库生成工艺文件，而非在文字处理软件中各自编写。评审时查看系统中的工艺路线、资源库规模以及典型工艺的复用情况。',
        'Process engineers build documents by reusing typical processes and resource libraries in the system rather than writing them in word processors. Reviewers look at routings in the system, library size and reuse of typical processes.',
      ],
      evidence: [
        [
          'CAPP 或工艺管理系统中的工艺路线截图',
          'Screenshots of routings in the CAPP or process management system',
        ],
        [
          '工艺资源库（设备、工装、刀具）清单',
          'Process resource library (equipment, fixtures, tooling) list',
        ],
      ],
      lc: ['design', 'production'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'process-design.L2.02',
      text: [
        '应采用计算机辅助制造（CAM）软件编制数控程序，或对流程型生产的配方和工艺规程实施数字化管理，做到程序与配方版本受控。',
        'The enterprise shall produce NC programs with CAM software or, for process production, manage recipes and operating procedures digitally, with version control of programs and recipes.',
      ],
      guidance: [
        '离散型企业关注数控程序的编制、仿真校验和版本管理；流程型企业关注配方主数据、工艺卡片的电子化及变更审批。评审时抽查一个程序或配方，确认现场使用版本与系统发布版本一致。',
        'Discrete plants focus on NC programming, verification and versioning; process plants on recipe master data, electronic process sheets and change approval. Reviewers sample one program or recipe and confirm the version in use equals the released one.',
      ],
      evidence: [
        ['CAM 编程或配方管理系统截图', 'Screenshots of CAM programming or recipe management'],
        ['程序/配方版本与变更审批记录', 'Program or recipe version and change approval records'],
      ],
      lc: ['design', 'production'],
      sl: ['unit', 'enterprise'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'process-design.L2.03',
      text: [
        '应对工艺文件实行电子化受控管理，并通过工位终端、电子看板等方式向作业现场发布现行有效的作业指导。',
        'The enterprise shall control process documents electronically and publish the current work instructions to the shop floor via workstation terminals or electronic boards.',
      ],
      guidance: [
        '纸质文件逐步被电子化发布取代，工艺变更后现场能及时获得新版本、旧版本自动失效。评审时在工位查看电子作业指导及其版本号。',
        'Paper is progressively replaced by electronic publication; after a change the shop floor gets the new version at once and the old one is withdrawn. Reviewers check the electronic instruction and its revision at a workstation.',
      ],
      evidence: [
        [
          '工位电子作业指导界面照片或截图',
          'Photo or screenshot of electronic work instructions at a workstation',
        ],
        [
          '工艺变更发布与旧版失效记录',
          'Records of change release and withdrawal of superseded versions',
        ],
      ],
      lc: ['production'],
      sl: ['workshop', 'unit'],
      it: ['interconnection'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'process-design.L3.01',
      text: [
        '应实现工艺设计与产品设计系统（PLM/PDM）集成，基于三维产品模型开展工艺设计，产品设计变更可自动触发工艺影响分析和工艺变更。',
        'The enterprise shall integrate process design with PLM/PDM, plan processes on the 3D product model, and have product changes automatically trigger process impact analysis and process changes.',
      ],
      guidance: [
        '工艺 BOM 由设计 BOM 在系统中重构生成，三维工艺（如装配工艺动画、三维工序模型）直接引用设计模型。评审时查看设计变更后工艺变更的触发记录与时效。',
        'The process BOM is derived from the engineering BOM in the system, and 3D process content (assembly sequences, in-process models) reuses the design model. Reviewers look at how quickly a design change triggered the corresponding process change.',
      ],
      evidence: [
        ['设计 BOM 到工艺 BOM 的系统转换截图', 'Screenshot of the EBOM-to-process-BOM conversion'],
        ['设计变更触发工艺变更的流转记录', 'Record of a design change triggering a process change'],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'process-design.L3.02',
      text: [
        '应实现工艺系统与 MES、设备控制系统集成，工艺路线、工艺参数、数控程序或配方可自动下发到车间和设备，执行结果自动回传。',
        'The enterprise shall integrate process systems with MES and equipment controls so that routings, parameters, NC programs or recipes are downloaded automatically to the workshop and equipment, and execution results flow back.',
      ],
      guidance: [
        '典型形态是 DNC 程序网络或配方下载到 DCS/PLC，消除人工输入参数导致的错误。评审时现场确认参数或程序的下发方式，并查看执行偏差是否回传给工艺人员。',
        'Typical forms are DNC networks or recipe download to DCS/PLC, removing errors from manual entry. Reviewers confirm on site how parameters or programs reach the machine and whether deviations are reported back to process engineers.',
      ],
      evidence: [
        [
          '工艺/配方下发接口说明与下发日志',
          'Interface description and download logs for parameters or recipes',
        ],
        ['执行偏差回传与处理记录', 'Records of execution deviations fed back and handled'],
      ],
      lc: ['production'],
      sl: ['workshop', 'equipment'],
      it: ['system_integration', 'interconnection'],
    },
    {
      id: 'process-design.L3.03',
      text: [
        '应通过加工、装配、产线布局或流程模拟等仿真手段验证工艺方案，在投产前发现干涉、节拍瓶颈和参数风险。',
        'The enterprise shall validate process plans by simulation (machining, assembly, line layout or process flowsheet simulation) to find interference, takt bottlenecks and parameter risks before start of production.',
      ],
      guidance: [
        '仿真对象应与实际工艺资源一致（机床、机器人、装置模型）。评审人员关注新产品导入时是否开展了工艺仿真，以及仿真发现的问题是否在投产前关闭。',
        'Simulation uses models of the real resources (machines, robots, units). Reviewers check that new product introductions included process simulation and that issues it found were closed before launch.',
      ],
      evidence: [
        [
          '工艺仿真报告（加工、装配、产线或流程模拟）',
          'Process simulation reports (machining, assembly, line or flowsheet)',
        ],
        ['仿真问题清单及关闭记录', 'Simulation issue list and closure records'],
      ],
      lc: ['design', 'production'],
      sl: ['workshop', 'unit'],
      it: ['resource', 'system_integration'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'process-design.L4.01',
      text: [
        '应建立工艺知识库（典型工艺、工艺参数窗口、专家经验、问题案例），支持基于规则或相似性的工艺方案自动生成与推荐。',
        'The enterprise shall build a process knowledge base (typical processes, parameter windows, expert know-how, problem cases) that generates or recommends process plans automatically by rules or similarity.',
      ],
      guidance: [
        '新零件或新产品的工艺可以由系统根据特征自动匹配典型工艺并推荐参数，工艺人员审核调整。评审时关注自动生成工艺的比例和工艺编制周期的变化。',
        'For new parts the system matches features to typical processes and proposes parameters, which engineers review. Reviewers look at the share of auto-generated plans and the change in process planning lead time.',
      ],
      evidence: [
        ['工艺知识库结构及条目样例', 'Process knowledge-base structure and sample entries'],
        [
          '工艺自动生成/推荐的应用记录',
          'Records of automatic process generation or recommendation',
        ],
      ],
      lc: ['design'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'process-design.L4.02',
      text: [
        '应基于生产过程与质量数据建立工艺参数与质量、效率、能耗之间的关联模型，据此优化工艺参数和工艺路线。',
        'The enterprise shall model how process parameters relate to quality, throughput and energy use from production and quality data, and optimise parameters and routings accordingly.',
      ],
      guidance: [
        '可使用实验设计、统计回归或机器学习方法，找出关键参数的最优窗口并写回工艺标准。评审人员关注模型的数据来源、验证结果和优化后的指标改善。',
        'Design of experiments, regression or machine learning can locate optimal parameter windows, which are then written back into the process standard. Reviewers look at data sources, model validation and measured improvements.',
      ],
      evidence: [
        [
          '工艺参数优化分析报告或模型说明',
          'Process-parameter optimisation report or model description',
        ],
        [
          '优化前后质量/效率/能耗对比',
          'Quality, throughput or energy before and after optimisation',
        ],
      ],
      lc: ['design', 'production'],
      sl: ['workshop', 'unit'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'process-design.L5.01',
      text: [
        '应基于工艺数字孪生实现工艺设计与生产执行的闭环，工艺模型利用在线数据持续自学习，并自动调整工艺参数以适应来料和工况变化。',
        'The enterprise shall close the loop between process design and execution through a process digital twin whose models learn continuously from online data and adjust parameters automatically to changing material and operating conditions.',
      ],
      guidance: [
        '与 L4 的离线优化不同，这里要求模型在线运行并持续更新，参数调整无需等待人工修订工艺文件（在规定的安全窗口内）。评审时关注模型更新机制、自动调整的范围和审计记录。',
        'Unlike offline optimisation at L4, models run online and keep updating, and adjustments within an approved safe window need no manual document revision. Reviewers look at the model-update mechanism, the scope of automatic adjustment and its audit trail.',
      ],
      evidence: [
        [
          '工艺数字孪生或自适应工艺控制系统说明',
          'Description of the process digital twin or adaptive process control',
        ],
        [
          '模型自学习更新与参数自动调整日志',
          'Logs of model self-updates and automatic parameter adjustments',
        ],
      ],
      lc: ['design', 'production'],
      sl: ['workshop', 'unit', 'equipment'],
      it: ['new_business', 'fusion_sharing'],
    },
    {
      id: 'process-design.L5.02',
      text: [
        '应与供应商、客户及协作工厂开展网络化工艺协同，共享工艺知识和制造能力模型，支持工艺在多工厂间快速复制和异地协同制造。',
        'The enterprise shall collaborate on process engineering over networks with suppliers, customers and partner plants, sharing process knowledge and capability models so processes can be replicated quickly across plants and made collaboratively at other sites.',
      ],
      guidance: [
        '例如集团内多基地共用工艺平台、与关键供应商共同定义零件工艺、向客户开放可制造性评估。评审时查看协同平台、共享范围和跨厂工艺复制案例。',
        'Examples: a shared process platform across group sites, joint process definition with key suppliers, or manufacturability checks offered to customers. Reviewers look at the platform, what is shared and cases of cross-plant process replication.',
      ],
      evidence: [
        [
          '跨企业/跨工厂工艺协同平台截图',
          'Screenshots of the cross-company or cross-plant process platform',
        ],
        [
          '工艺异地复制或协同制造案例',
          'Cases of process replication or collaborative manufacturing at other sites',
        ],
      ],
      lc: ['design', 'production'],
      sl: ['collaboration'],
      it: ['new_business', 'interconnection'],
    },
  ],
);
