import { subdomain } from './helpers.ts';

/** 生产作业 Production operations (including quality control). */
export const operations = subdomain(
  'operations',
  ['生产作业', 'Production operations'],
  [
    '车间生产执行与质量管控：作业标准、过程数据采集、制造执行、在线检测、质量追溯、过程优化与闭环控制。',
    'Shop-floor execution and quality control: work standards, process data collection, manufacturing execution, in-line inspection, traceability, process optimisation and closed-loop control.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'operations.L1.01',
      text: [
        '应制定标准作业和作业指导文件，对生产过程中的人员、设备、物料、方法和环境要素实施管理，并完整记录生产过程。',
        'The enterprise shall set standard work and work instructions, manage people, machines, materials, methods and environment in production, and keep complete production records.',
      ],
      guidance: [
        '首件检验、交接班、工装点检等基础管理应有据可查。评审时在现场核对作业是否按指导书执行，并抽查生产记录的完整性。',
        'Basics such as first-article checks, shift handover and fixture checks are documented. Reviewers check on the floor that work follows the instructions and sample production records for completeness.',
      ],
      evidence: [
        ['标准作业/作业指导书', 'Standard work and work instructions'],
        [
          '生产记录（首件、交接班等）样例',
          'Sample production records (first article, shift handover, etc.)',
        ],
      ],
      lc: ['production'],
      sl: ['workshop', 'unit'],
      it: ['resource'],
    },
    {
      id: 'operations.L1.02',
      text: [
        '应建立质量管理体系，制定进货、过程和成品检验规范及不合格品控制程序，开展检验并保存记录。',
        'The enterprise shall operate a quality management system with inspection specifications for incoming, in-process and final inspection and a nonconforming-product procedure, and keep inspection records.',
      ],
      guidance: [
        '通常以质量管理体系认证为基础。评审人员关注检验规范是否覆盖关键特性、不合格品是否标识隔离并有处置记录。',
        'A certified quality management system is the usual basis. Reviewers check that specifications cover key characteristics and that nonconforming items are identified, segregated and dispositioned with records.',
      ],
      evidence: [
        ['质量管理体系证书或质量手册', 'Quality management system certificate or quality manual'],
        ['检验规范及检验记录样例', 'Inspection specifications and sample records'],
        ['不合格品处置记录', 'Nonconforming-product disposition records'],
      ],
      lc: ['production'],
      sl: ['workshop', 'enterprise'],
      it: ['resource'],
    },
    {
      id: 'operations.L1.03',
      text: [
        '应建立生产现场异常（设备、质量、物料、安全）的上报、响应和处置机制，并规划关键工序的自动化与数字化改造。',
        'The enterprise shall have a way to report, respond to and resolve shop-floor exceptions (equipment, quality, material, safety) and a plan for automating and digitising key operations.',
      ],
      guidance: [
        '异常响应应有分级和时限要求；改造规划应明确优先工序和投入。评审时查看异常处理台账和改造规划文件。',
        'Responses are tiered with time limits; the plan names priority operations and investment. Reviewers look at the exception log and the improvement plan.',
      ],
      evidence: [
        ['现场异常处理台账', 'Shop-floor exception log'],
        ['关键工序自动化/数字化改造规划', 'Plan for automating and digitising key operations'],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'operations.L2.01',
      text: [
        '应在关键工序采用自动化设备或生产线，并通过数据采集自动记录产量、工时、设备状态和关键工艺参数。',
        'The enterprise shall use automated machines or lines at key operations and collect output, working time, machine status and key process parameters automatically.',
      ],
      guidance: [
        '数据可来自 PLC、DCS、数采网关或工位终端，替代手工填报。评审人员关注关键工序数控化/自动化率和自动采集数据的范围与频次。',
        'Data may come from PLCs, DCS, data gateways or workstation terminals instead of handwritten sheets. Reviewers look at the automation rate of key operations and the scope and frequency of automatic collection.',
      ],
      evidence: [
        ['关键工序自动化率统计', 'Automation rate of key operations'],
        [
          '数据采集点清单及采集数据截图',
          'Data-collection point list and screenshots of collected data',
        ],
      ],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'operations.L2.02',
      text: [
        '应通过检测设备自动记录检验和试验数据，并在质量管理系统（QMS）或等效系统中管理质量数据、不合格品和纠正预防措施。',
        'The enterprise shall record inspection and test data automatically from measuring equipment and manage quality data, nonconformities and corrective/preventive actions in a QMS or equivalent system.',
      ],
      guidance: [
        '测量设备数据直接进入系统，避免人工抄录；不合格品处理和纠正措施在系统中闭环。评审时查看一台检测设备的数据上传记录和一个纠正措施的闭环过程。',
        'Measurement data go straight into the system without transcription; nonconformities and corrective actions are closed out in it. Reviewers look at one gauge’s upload records and one corrective action end to end.',
      ],
      evidence: [
        ['检测设备数据自动上传记录', 'Automatic upload records from measuring equipment'],
        [
          'QMS 中不合格品与纠正措施闭环截图',
          'QMS screenshots of a nonconformity and its corrective action',
        ],
      ],
      lc: ['production'],
      sl: ['unit', 'workshop'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'operations.L2.03',
      text: [
        '应实现生产过程记录的电子化，能按批次或序列号查询产品在本车间的投料、加工和检验信息。',
        'The enterprise shall keep production records electronically so that material input, processing and inspection within the workshop can be looked up by lot or serial number.',
      ],
      guidance: [
        '本级的追溯范围可限于单一车间或单一业务环节。评审时给定一个批次号，查看能否在系统中快速查出其投料和检验记录。',
        'At this level traceability may be limited to one workshop or activity. Reviewers give a lot number and see whether its inputs and inspections can be found quickly in the system.',
      ],
      evidence: [
        [
          '按批次/序列号查询生产记录的系统截图',
          'System screenshot of records retrieved by lot or serial number',
        ],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'operations.L3.01',
      text: [
        '应通过制造执行系统（MES）对生产全过程实施管控，包括工单执行、物料防错、过程参数与质量数据采集、异常处理，并与计划、工艺、仓储、设备系统集成。',
        'The enterprise shall control production end to end through MES — work-order execution, material error-proofing, process and quality data capture, exception handling — integrated with planning, process, warehouse and maintenance systems.',
      ],
      guidance: [
        'MES 应覆盖主要产线并作为车间数据的枢纽，扫码或自动识别防止错料、漏工序。评审时在现场观察一道工序的系统操作，并查看 MES 与其他系统的接口清单。',
        'MES covers the main lines and is the hub of shop-floor data; scanning or auto-ID prevents wrong materials and skipped operations. Reviewers watch one operation being executed in the system and look at MES interface lists.',
      ],
      evidence: [
        ['MES 功能覆盖范围与产线清单', 'MES functional scope and lines covered'],
        [
          '物料防错/工序互锁的现场截图',
          'Shop-floor screenshots of error-proofing or operation interlocks',
        ],
        ['MES 与 ERP/WMS/设备系统接口清单', 'MES interfaces with ERP, WMS and equipment systems'],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['system_integration'],
    },
    {
      id: 'operations.L3.02',
      text: [
        '应在关键工序开展在线质量检测和统计过程控制（SPC），质量异常实时报警并自动触发处置流程（停线、隔离、复检）。',
        'The enterprise shall inspect quality in line at key operations with statistical process control, raising real-time alarms on quality anomalies that trigger handling automatically (line stop, quarantine, re-inspection).',
      ],
      guidance: [
        '控制图与判异规则由系统自动计算，而不是事后汇总。评审人员关注在线检测覆盖的关键特性、报警到处置的时间和处置记录的闭环。',
        'Control charts and out-of-control rules are computed by the system, not compiled afterwards. Reviewers look at which key characteristics are checked in line, alarm-to-action time and closure of the handling records.',
      ],
      evidence: [
        [
          '在线检测设备清单及 SPC 控制图截图',
          'In-line inspection equipment list and SPC chart screenshots',
        ],
        ['质量报警及处置记录', 'Quality alarm and response records'],
      ],
      lc: ['production'],
      sl: ['unit', 'workshop'],
      it: ['interconnection', 'system_integration'],
    },
    {
      id: 'operations.L3.03',
      text: [
        '应建立贯穿原材料、生产过程和成品的质量追溯体系，可按批次或序列号正反向追溯人员、设备、物料、工艺参数和检验结果。',
        'The enterprise shall trace quality from raw material through production to finished goods, forwards and backwards by lot or serial number, covering people, machines, materials, process parameters and inspection results.',
      ],
      guidance: [
        '追溯跨越采购、生产、仓储和发货环节的数据，而不局限于单个车间。评审时进行一次追溯演练：从一个成品追到原料批次，再从原料批次查出受影响的全部成品，并记录用时。',
        'Traceability spans purchasing, production, warehouse and shipping data, not a single workshop. Reviewers run a drill: from one finished unit back to the raw-material lot, then forward to every affected product, and time it.',
      ],
      evidence: [
        ['正反向追溯演练记录及用时', 'Forward/backward trace drill record with timing'],
        ['追溯查询系统截图', 'Screenshots of the traceability query'],
      ],
      lc: ['production', 'logistics'],
      sl: ['workshop', 'enterprise'],
      it: ['system_integration', 'fusion_sharing'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'operations.L4.01',
      text: [
        '应基于生产和质量数据建立质量预测与根因分析模型，提前识别质量异常趋势，并给出工艺调整或纠正措施建议。',
        'The enterprise shall build quality prediction and root-cause models on production and quality data that detect emerging quality anomalies early and propose process adjustments or corrective actions.',
      ],
      guidance: [
        '例如以过程参数预测关键质量特性（虚拟量测）或对缺陷进行多因素关联分析。评审人员关注模型准确率、预警提前量，以及建议被采纳后不良率的变化。',
        'Examples: predicting key quality characteristics from process parameters (virtual metrology) or multi-factor defect correlation. Reviewers look at model accuracy, warning lead time and the change in defect rate after recommendations were applied.',
      ],
      evidence: [
        [
          '质量预测/根因分析模型说明及验证报告',
          'Quality prediction or root-cause model description and validation',
        ],
        [
          '预警与建议采纳记录及不良率变化',
          'Warnings, adopted recommendations and defect-rate change',
        ],
      ],
      lc: ['production'],
      sl: ['workshop', 'unit'],
      it: ['fusion_sharing'],
    },
    {
      id: 'operations.L4.02',
      text: [
        '应基于生产数据分析对生产过程进行持续优化，例如瓶颈与节拍分析、设备综合效率损失分析、先进过程控制（APC）或多工序协同优化。',
        'The enterprise shall optimise production continuously through data analysis — e.g. bottleneck and takt analysis, OEE loss analysis, advanced process control or multi-operation coordination.',
      ],
      guidance: [
        '离散型企业侧重节拍平衡、换型和物流等待损失；流程型企业侧重装置先进控制与全流程协同优化。评审时查看优化项目的数据分析过程与量化收益。',
        'Discrete plants focus on line balance, changeover and waiting losses; process plants on advanced control of units and whole-flow coordination. Reviewers look at the analysis behind optimisation projects and their quantified benefits.',
      ],
      evidence: [
        ['生产过程优化分析报告', 'Production optimisation analyses'],
        [
          '优化项目量化收益（产能、良率、成本）',
          'Quantified project benefits (output, yield, cost)',
        ],
      ],
      lc: ['production'],
      sl: ['workshop', 'unit'],
      it: ['fusion_sharing', 'system_integration'],
    },
    {
      id: 'operations.L4.03',
      text: [
        '应应用机器视觉、光谱分析等智能检测技术结合人工智能算法实现关键质量特性的自动判定，替代或减少人工检验。',
        'The enterprise shall use intelligent inspection such as machine vision or spectroscopy combined with AI algorithms to judge key quality characteristics automatically, replacing or reducing manual inspection.',
      ],
      guidance: [
        '智能检测模型应有训练样本管理和误判、漏判率的持续监控。评审人员关注智能检测覆盖的工序、检出率和误判率，以及替代的人工检验工时。',
        'The detection models need managed training samples and continuous monitoring of false accept and false reject rates. Reviewers look at operations covered, detection and false-call rates and the manual inspection hours replaced.',
      ],
      evidence: [
        [
          '智能检测系统清单及检出率/误判率统计',
          'Intelligent inspection systems with detection and false-call statistics',
        ],
        ['检测模型训练与更新记录', 'Model training and update records'],
      ],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['fusion_sharing', 'resource'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'operations.L5.01',
      text: [
        '应实现质量与工艺的闭环自适应控制，依据在线检测结果和预测模型自动调整工艺参数，使产品质量持续稳定在最优区间。',
        'The enterprise shall run closed-loop adaptive control of quality and process, adjusting process parameters automatically from in-line measurements and prediction models to keep quality in its optimal band.',
      ],
      guidance: [
        '与 L4 的“给出建议”不同，本级要求系统在授权范围内自动执行调整并自我评估效果。评审时查看闭环控制的范围、自动调整日志和质量波动的收窄情况。',
        'Unlike the recommendations at L4, the system executes adjustments within its authority and evaluates their effect itself. Reviewers look at the scope of closed loops, adjustment logs and the narrowing of quality variation.',
      ],
      evidence: [
        [
          '质量闭环控制系统说明与自动调整日志',
          'Closed-loop quality control description and adjustment logs',
        ],
        ['质量波动（如 Cpk）改善数据', 'Quality-variation improvement data (e.g. Cpk)'],
      ],
      lc: ['production'],
      sl: ['unit', 'equipment'],
      it: ['new_business', 'system_integration'],
    },
    {
      id: 'operations.L5.02',
      text: [
        '应建立生产线或车间的数字孪生，实现物理产线与虚拟模型实时映射、仿真推演和虚实迭代优化，支撑柔性与个性化生产。',
        'The enterprise shall maintain a digital twin of lines or workshops that mirrors the physical line in real time, runs what-if simulation and iterates between virtual and physical to support flexible and personalised production.',
      ],
      guidance: [
        '孪生模型不只是三维可视化，还应承载工艺、物流和设备逻辑，并用于新品导入、换型或异常场景的决策。评审时关注孪生驱动的决策案例与模型同步机制。',
        'A twin is more than 3D visualisation: it carries process, material-flow and equipment logic and is used for decisions on new product introduction, changeovers or disruptions. Reviewers look at decisions the twin drove and how it stays synchronised.',
      ],
      evidence: [
        ['车间/产线数字孪生系统截图', 'Screenshots of the workshop or line digital twin'],
        ['基于孪生仿真的决策案例', 'Decisions made from twin simulation'],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['new_business', 'fusion_sharing'],
    },
    {
      id: 'operations.L5.03',
      text: [
        '应与供应商和客户共享质量数据，实现产业链质量协同和产品质量全生命周期的可信追溯（如基于标识解析或区块链）。',
        'The enterprise shall share quality data with suppliers and customers for value-chain quality collaboration and trustworthy whole-life product traceability (e.g. via industrial identifier resolution or blockchain).',
      ],
      guidance: [
        '供应商质量数据在来料前即可获取，客户可查询产品质量档案。评审时查看共享的数据范围、参与方和可信追溯的实现方式。',
        'Supplier quality data arrive before the goods do and customers can query product quality records. Reviewers look at the data shared, the parties and how trustworthy traceability is achieved.',
      ],
      evidence: [
        ['产业链质量协同平台截图', 'Screenshots of the value-chain quality platform'],
        ['产品质量档案对外查询示例', 'Example of an external product quality record query'],
      ],
      lc: ['production', 'service'],
      sl: ['collaboration'],
      it: ['new_business', 'fusion_sharing'],
    },
  ],
);
