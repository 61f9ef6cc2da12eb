import { subdomain } from './helpers.ts';

/** 计划与调度 Planning and scheduling. */
export const planning = subdomain(
  'planning',
  ['计划与调度', 'Planning and scheduling'],
  [
    '从主生产计划、物料需求计划到车间作业排程与调度：计划编制、下达、执行反馈、异常调整和协同计划。',
    'From master production scheduling and MRP to shop-floor scheduling and dispatch: drafting, release, execution feedback, exception handling and collaborative planning.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'planning.L1.01',
      text: [
        '应建立生产计划管理制度，依据销售订单和预测编制主生产计划与车间作业计划，明确计划编制、审批、下达和调整的职责。',
        'The enterprise shall have production planning rules under which master and shop-floor plans are drawn up from orders and forecasts, with defined responsibility for drafting, approving, releasing and changing them.',
      ],
      guidance: [
        '计划层级（月/周/日）和冻结期应有明确规定。评审时查看近期的主计划与车间计划，确认其依据可追溯到订单或预测。',
        'Planning horizons (monthly/weekly/daily) and frozen periods are defined. Reviewers look at recent master and shop plans and check that they trace back to orders or forecasts.',
      ],
      evidence: [
        ['生产计划管理制度', 'Production planning rules'],
        ['近期主生产计划与车间作业计划', 'Recent master and shop-floor plans'],
      ],
      lc: ['production'],
      sl: ['enterprise', 'workshop'],
      it: ['resource'],
    },
    {
      id: 'planning.L1.02',
      text: [
        '应跟踪统计计划执行情况（如计划达成率、订单准时交付率），并对插单、缺料、设备故障等导致的计划变动有处理机制。',
        'The enterprise shall track plan execution (e.g. schedule attainment, on-time order delivery) and have a defined way to handle rush orders, shortages and breakdowns that disturb the plan.',
      ],
      guidance: [
        '至少应有定期的生产例会或调度会，记录偏差原因与纠正措施。评审人员关注计划达成率是否被持续统计并用于改进。',
        'At minimum a regular production meeting records causes of deviation and actions. Reviewers check that attainment is measured continuously and used for improvement.',
      ],
      evidence: [
        ['计划达成率/准时交付率统计表', 'Schedule attainment and on-time delivery statistics'],
        ['生产调度会议纪要', 'Minutes of production scheduling meetings'],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'planning.L2.01',
      text: [
        '应通过 ERP 等信息系统，依据订单、库存、BOM 和提前期编制主生产计划和物料需求计划。',
        'The enterprise shall draw up the master production schedule and material requirements plan in ERP or a similar system from orders, stock, BOMs and lead times.',
      ],
      guidance: [
        '主数据（BOM、工艺路线、提前期）的准确性决定计划质量，应有维护责任人。评审时在系统中查看一次 MPS/MRP 运算及其输入数据的准确性。',
        'Plan quality depends on accurate master data (BOMs, routings, lead times), which needs owners. Reviewers look at one MPS/MRP run in the system and the accuracy of its inputs.',
      ],
      evidence: [
        ['ERP 中 MPS/MRP 运算结果截图', 'ERP screenshots of an MPS/MRP run'],
        ['BOM/提前期等主数据准确率检查记录', 'Master-data (BOM, lead-time) accuracy checks'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'planning.L2.02',
      text: [
        '应在信息系统中下达车间生产任务并记录完工数量，调度人员可基于系统数据人工安排作业顺序和资源。',
        'The enterprise shall release shop-floor jobs in a system and record completed quantities there, with dispatchers sequencing work and assigning resources manually from the system data.',
      ],
      guidance: [
        '本级允许人工排产，但任务下达和完工反馈应在系统中留痕，而不是口头或纸面传递。评审时查看系统中的生产任务单及完工报工记录。',
        'Manual sequencing is acceptable at this level, but job release and completion reporting leave a record in the system rather than being passed verbally or on paper. Reviewers look at job orders and completion reports in the system.',
      ],
      evidence: [
        ['系统生产任务单/工单截图', 'Screenshots of job or work orders in the system'],
        ['完工报工记录', 'Completion reporting records'],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'planning.L3.01',
      text: [
        '应实现 ERP 与制造执行系统（MES）集成，MES 依据 ERP 下达的生产订单生成车间作业计划和工单，并将进度、完工、报废等信息实时反馈 ERP。',
        'The enterprise shall integrate ERP with MES so that MES generates shop schedules and work orders from ERP production orders and reports progress, completions and scrap back to ERP in real time.',
      ],
      guidance: [
        '计划员在 ERP 中即可看到车间的真实进度，无需人工汇总。评审时从 ERP 订单追踪到 MES 工单和实时报工，查看接口频次与数据一致性。',
        'Planners see actual shop progress in ERP without manual roll-ups. Reviewers follow an ERP order to its MES work orders and live reporting, checking interface frequency and data consistency.',
      ],
      evidence: [
        [
          'ERP—MES 订单与报工接口说明及日志',
          'ERP–MES order and reporting interface description and logs',
        ],
        ['同一订单在两系统中的状态对照', 'Side-by-side status of one order in both systems'],
      ],
      lc: ['production'],
      sl: ['enterprise', 'workshop'],
      it: ['system_integration'],
    },
    {
      id: 'planning.L3.02',
      text: [
        '应在排产时校验物料齐套、设备和人员可用状态，并与仓储、采购系统联动触发备料、配送或催料。',
        'The enterprise shall check material kit completeness and equipment and labour availability when scheduling, and link with warehouse and purchasing systems to trigger picking, delivery or expediting.',
      ],
      guidance: [
        '齐套检查应由系统基于实时库存和在途数据完成，不齐套的任务不下达或预警。评审时查看齐套分析结果及由此触发的备料、催料记录。',
        'The system checks kits against live stock and open supply; incomplete jobs are held or flagged. Reviewers look at kit-check results and the picking or expediting they triggered.',
      ],
      evidence: [
        ['物料齐套检查报表或截图', 'Kit-completeness report or screenshot'],
        ['齐套检查触发的备料/催料记录', 'Picking or expediting triggered by the check'],
      ],
      lc: ['production', 'logistics'],
      sl: ['workshop', 'enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'planning.L3.03',
      text: [
        '应对生产进度和异常（设备故障、质量问题、缺料）进行可视化监控，异常发生时在系统中快速调整作业计划并通知相关岗位。',
        'The enterprise shall visualise production progress and exceptions (breakdowns, quality problems, shortages) and, when they occur, rework the schedule in the system quickly and notify the people concerned.',
      ],
      guidance: [
        '可通过生产看板、安灯系统与 MES 调度功能实现。评审人员关注从异常发生到计划调整、通知的时间，以及调整记录是否完整。',
        'Production boards, andon and MES dispatching are typical means. Reviewers look at the time from exception to rescheduling and notification, and at the completeness of change records.',
      ],
      evidence: [
        ['生产进度看板/安灯系统截图', 'Screenshots of production boards or andon'],
        ['异常引起的计划调整记录', 'Schedule changes caused by exceptions'],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['interconnection', 'system_integration'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'planning.L4.01',
      text: [
        '应应用高级计划与排程（APS）系统，综合产能、工艺约束、换型、物料和交期等因素，按设定目标自动生成优化的生产排程。',
        'The enterprise shall use an APS system that generates optimised schedules automatically against set objectives, accounting for capacity, process constraints, changeovers, materials and due dates.',
      ],
      guidance: [
        '排程模型应反映企业的真实约束（如瓶颈设备、模具、批量、工序衔接），排程结果直接下发 MES。评审时关注自动排程的覆盖范围、人工调整比例，以及设备利用率、交付率等指标的改善。',
        'The scheduling model reflects real constraints (bottlenecks, tooling, batch sizes, operation linkage) and its output goes straight to MES. Reviewers look at coverage of automatic scheduling, the share of manual overrides and gains in utilisation and on-time delivery.',
      ],
      evidence: [
        ['APS 排程模型与约束配置截图', 'Screenshots of the APS model and constraint set-up'],
        ['排程结果及人工调整比例统计', 'Schedules produced and share of manual overrides'],
        ['应用前后交付率/设备利用率对比', 'On-time delivery and utilisation before and after'],
      ],
      lc: ['production'],
      sl: ['workshop', 'enterprise'],
      it: ['fusion_sharing', 'system_integration'],
    },
    {
      id: 'planning.L4.02',
      text: [
        '应基于数据模型对产能负荷、订单交期和计划风险进行预测与仿真，支持多方案比选和基于产能的订单承诺（可承诺量/可生产量）。',
        'The enterprise shall forecast and simulate capacity load, order due dates and plan risk with data models, supporting comparison of scenarios and capacity-based order promising (ATP/CTP).',
      ],
      guidance: [
        '销售接单时能够根据产能和物料实时给出可信交期；管理层可在决策前仿真加班、外协等方案的效果。评审时查看交期承诺的准确率与仿真应用记录。',
        'Sales can quote reliable dates at order entry based on capacity and materials; managers can simulate overtime or subcontracting before deciding. Reviewers look at promise accuracy and records of simulations used.',
      ],
      evidence: [
        [
          'ATP/CTP 交期承诺功能截图及准确率统计',
          'ATP/CTP screenshots and promise-accuracy statistics',
        ],
        ['计划方案仿真比选记录', 'Scenario simulation and comparison records'],
      ],
      lc: ['production', 'sales'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'planning.L5.01',
      text: [
        '应基于实时生产数据实现动态调度：订单、设备状态、物料或质量发生变化时，系统自动重排并下发至产线，形成自感知、自决策的调度闭环。',
        'The enterprise shall schedule dynamically from real-time data: when orders, equipment state, materials or quality change, the system reschedules automatically and releases to the line, closing a self-sensing, self-deciding scheduling loop.',
      ],
      guidance: [
        '人只处理例外和审批规则外的决策。评审人员关注自动重排的触发条件、响应时间、人工干预比例以及排程算法的持续学习机制。',
        'People handle only exceptions and decisions outside approved rules. Reviewers look at rescheduling triggers, response time, the share of human intervention and how the algorithm keeps learning.',
      ],
      evidence: [
        ['动态调度触发与自动重排日志', 'Logs of dynamic triggers and automatic reschedules'],
        ['人工干预比例与响应时间统计', 'Statistics on human intervention and response time'],
      ],
      lc: ['production'],
      sl: ['workshop', 'unit'],
      it: ['new_business', 'system_integration'],
    },
    {
      id: 'planning.L5.02',
      text: [
        '应实现跨工厂、跨企业的多级计划协同，与供应商、客户和协作工厂共享计划与产能数据，在产业链范围内协同优化生产计划。',
        'The enterprise shall coordinate multi-level plans across plants and companies, sharing plans and capacity with suppliers, customers and partner plants to optimise production plans across the value chain.',
      ],
      guidance: [
        '例如集团多基地统一计划、云端协同排产或与客户共享滚动计划。评审时查看协同计划平台、参与方范围，以及计划变更在链上传递的时效。',
        'Examples: unified planning across group sites, cloud-based collaborative scheduling or rolling plans shared with customers. Reviewers look at the platform, the parties involved and how fast plan changes propagate along the chain.',
      ],
      evidence: [
        [
          '多工厂/产业链协同计划平台截图',
          'Screenshots of the multi-plant or value-chain planning platform',
        ],
        ['协同计划变更传递记录', 'Records of plan changes propagated to partners'],
      ],
      lc: ['production', 'logistics'],
      sl: ['collaboration'],
      it: ['new_business', 'fusion_sharing'],
    },
  ],
);
