/**
 * 生产作业 (production operations) without quality, which the 2024 working draft splits out
 * into 质量管理. Written afresh rather than filtered from the 2020 items, so that no quality
 * requirement is counted twice. Our own wording.
 */
import { req, tags, type RequirementSpec } from '../author.ts';

export const operations: RequirementSpec[] = [
  req(
    1,
    [
      '应为关键工序制定作业指导书和操作规范，并记录作业过程。',
      'Work instructions and operating rules shall exist for key operations, and the work done shall be recorded.',
    ],
    [
      '作业文件应现行有效并在工位可得；本级允许纸质记录。',
      'Documents should be current and available at the workstation; paper records are acceptable at this level.',
    ],
    [
      ['关键工序作业指导书', 'Work instructions for key operations'],
      ['生产记录样本', 'Sample production records'],
    ],
    tags(['production'], ['unit', 'workshop'], ['resource']),
  ),
  req(
    1,
    [
      '应明确设备故障、物料短缺等生产异常的上报和处理流程。',
      'A process for reporting and handling production disruptions such as breakdowns and material shortages shall be defined.',
    ],
    [
      '看异常记录中是否有上报时间、责任人和处理结果。',
      'Check that disruption records show when they were reported, who owned them and the outcome.',
    ],
    [['生产异常处理流程和记录', 'Disruption-handling procedure and records']],
    tags(['production'], ['workshop'], ['resource']),
  ),
  req(
    2,
    [
      '应采用信息系统（如制造执行系统）下达作业任务，并采集生产进度、工时和产量数据。',
      'Work orders shall be issued through an information system (e.g. an MES), which collects progress, labour time and output.',
    ],
    [
      '数据可以是扫码报工或设备自动采集；核实主要产线已覆盖。',
      'Data may come from barcode reporting or automatic collection; verify that the main lines are covered.',
    ],
    [['系统中的工单和报工记录', 'Work orders and completion records in the system']],
    tags(['production'], ['workshop'], ['interconnection']),
  ),
  req(
    2,
    [
      '应在关键工序采用自动化或数字化设备，作业指导和工艺参数以电子方式下发到工位。',
      'Key operations shall use automated or digital equipment, and instructions and process parameters shall be delivered to workstations electronically.',
    ],
    [
      '例如电子作业指导、配方或程序由系统下发，而非手工输入。',
      'For example, electronic work instructions, and recipes or programs sent by the system rather than typed in by hand.',
    ],
    [['电子作业指导或参数下发的记录', 'Records of electronic instructions or parameter downloads']],
    tags(['production'], ['unit', 'workshop'], ['interconnection']),
  ),
  req(
    3,
    [
      '应将生产作业与计划、物料、设备、质量等系统集成，实时掌握订单、在制品和资源状态。',
      'Production operations shall be integrated with planning, materials, equipment, quality and other systems, giving real-time status of orders, work in progress and resources.',
    ],
    [
      '验证在制品和订单进度无需人工汇总即可查询。',
      'Verify that work in progress and order progress can be queried without manual consolidation.',
    ],
    [['订单和在制品实时状态查询演示', 'Demonstration of real-time order and WIP status']],
    tags(['production'], ['workshop', 'enterprise'], ['system_integration']),
  ),
  req(
    3,
    [
      '应实时监控生产过程，异常自动报警并按流程闭环处理。',
      'The production process shall be monitored in real time, with automatic alerts on disruptions that are handled to closure through a defined process.',
    ],
    [
      '看报警从触发、响应到关闭的时间记录。',
      'Look at the recorded times from trigger through response to closure.',
    ],
    [
      [
        '生产监控画面和异常闭环记录',
        'Production monitoring screens and closed-loop disruption records',
      ],
    ],
    tags(['production'], ['workshop'], ['system_integration']),
  ),
  req(
    4,
    [
      '应基于生产数据建立工艺参数优化、产能预测等模型，并用于优化生产作业。',
      'Models for process-parameter optimisation, capacity forecasting and the like shall be built on production data and used to optimise operations.',
    ],
    [
      '应有模型应用前后效率、良率或成本的对比。',
      'Expect a before-and-after comparison of efficiency, yield or cost.',
    ],
    [['生产优化模型说明和效果', 'Description and results of production optimisation models']],
    tags(['production'], ['workshop'], ['fusion_sharing']),
  ),
  req(
    4,
    [
      '应基于知识和模型对生产异常进行智能诊断，并给出处置建议。',
      'Production disruptions shall be diagnosed by knowledge and models that suggest how to respond.',
    ],
    [
      '看诊断建议的采纳率和异常处理时长的变化。',
      'Look at how often suggestions are adopted and how handling time has changed.',
    ],
    [['异常诊断建议和采纳记录', 'Diagnostic suggestions and adoption records']],
    tags(['production'], ['workshop'], ['fusion_sharing']),
  ),
  req(
    5,
    [
      '应基于模型实现生产过程的自适应控制和自组织生产（如柔性产线按订单自动切换）。',
      'Production shall control and organise itself on models (e.g. flexible lines that change over automatically by order).',
    ],
    [
      '看自动切换或自适应控制覆盖的产线和品种范围。',
      'Look at which lines and products the automatic change-over or self-adapting control covers.',
    ],
    [
      [
        '自适应或自组织生产的运行记录',
        'Run records of self-adapting or self-organising production',
      ],
    ],
    tags(['production'], ['unit', 'workshop'], ['new_business']),
  ),
  req(
    5,
    [
      '应实现跨工厂或与合作伙伴的网络协同生产。',
      'Production shall be coordinated across plants or with partners over networks.',
    ],
    [
      '例如订单在多个工厂间动态分配并共享进度数据。',
      'For example, orders allocated dynamically among plants with shared progress data.',
    ],
    [
      [
        '协同生产的订单与数据交换记录',
        'Order and data-exchange records of collaborative production',
      ],
    ],
    tags(['production'], ['collaboration'], ['new_business']),
  ),
];
