import { subdomain } from './helpers.ts';

/** 设备管理 Equipment maintenance and management. */
export const maintenance = subdomain(
  'maintenance',
  ['设备管理', 'Equipment management'],
  [
    '生产设备的全生命周期管理：台账、点检保养、维修、备件、状态监测、故障诊断与预测性维护。',
    'Life-cycle management of production equipment: register, inspection and servicing, repair, spare parts, condition monitoring, fault diagnosis and predictive maintenance.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'maintenance.L1.01',
      text: [
        '应建立设备管理制度，明确设备台账、点检、保养、维修、备件和报废管理的职责与流程。',
        'The enterprise shall have equipment management rules defining responsibilities and procedures for the asset register, inspection, servicing, repair, spare parts and disposal.',
      ],
      guidance: [
        '设备台账应覆盖全部生产设备并标识关键设备。评审时核对台账与现场设备是否一致，关键设备的分级依据是否明确。',
        'The register covers all production equipment and flags critical assets. Reviewers compare the register with what is on the floor and check how criticality was assigned.',
      ],
      evidence: [
        ['设备管理制度', 'Equipment management rules'],
        ['设备台账及关键设备清单', 'Equipment register and critical-asset list'],
      ],
      lc: ['production'],
      sl: ['equipment', 'workshop'],
      it: ['resource'],
    },
    {
      id: 'maintenance.L1.02',
      text: [
        '应为设备制定点检和保养计划，按计划开展人工点检、润滑和定期维护，并记录故障和维修情况。',
        'The enterprise shall plan inspections and servicing for its equipment, carry out manual inspection, lubrication and periodic maintenance to plan, and record breakdowns and repairs.',
      ],
      guidance: [
        '点检表应明确部位、标准和周期；维修记录应包含故障现象、原因和措施。评审时抽查关键设备近三个月的点检与维修记录。',
        'Inspection sheets state points, standards and intervals; repair records give symptom, cause and action. Reviewers sample three months of records for a critical machine.',
      ],
      evidence: [
        ['设备点检/保养计划与点检表', 'Inspection and servicing plans and checklists'],
        ['设备维修记录', 'Repair records'],
      ],
      lc: ['production'],
      sl: ['equipment'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'maintenance.L2.01',
      text: [
        '应通过设备管理系统（EAM 或等效系统）管理设备档案、预防性维护计划、维修工单和备件库存，维护计划到期自动提醒。',
        'The enterprise shall manage asset records, preventive maintenance plans, work orders and spare-parts stock in an EAM or equivalent system that reminds users automatically when maintenance falls due.',
      ],
      guidance: [
        '预防性维护从“凭记忆”变为系统驱动，维修工单记录工时、备件和费用。评审时查看系统中预防性维护计划的执行率和维修工单的完整性。',
        'Preventive maintenance becomes system-driven rather than memory-driven, and work orders capture labour, parts and cost. Reviewers look at PM compliance in the system and the completeness of work orders.',
      ],
      evidence: [
        ['EAM 系统预防性维护计划及执行率截图', 'EAM screenshots of PM plans and compliance'],
        ['维修工单样例（含工时、备件、费用）', 'Sample work order with labour, parts and cost'],
      ],
      lc: ['production'],
      sl: ['workshop', 'enterprise'],
      it: ['resource'],
    },
    {
      id: 'maintenance.L2.02',
      text: [
        '应自动采集关键设备的运行状态（开机、停机、故障、运行时长、产量），统计设备综合效率（OEE）、故障率和平均修复时间等指标。',
        'The enterprise shall collect the running state of critical equipment automatically (running, stopped, fault, run time, output) and compute OEE, failure rate, MTTR and similar indicators.',
      ],
      guidance: [
        '状态数据来自设备控制器或传感器，停机原因可由操作人员在终端选择补录。评审人员关注采集覆盖的关键设备比例及指标是否用于改善活动。',
        'Status comes from controllers or sensors, with operators adding stop reasons at a terminal. Reviewers look at the share of critical equipment covered and whether the indicators drive improvement.',
      ],
      evidence: [
        ['设备状态采集覆盖清单', 'Equipment status collection coverage list'],
        ['OEE/MTBF/MTTR 报表', 'OEE, MTBF and MTTR reports'],
      ],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['interconnection'],
    },
    {
      id: 'maintenance.L2.03',
      text: [
        '应在系统中沉淀设备故障与维修知识（故障现象、原因、处理方法、所用备件），供维修人员检索和复用。',
        'The enterprise shall accumulate equipment fault and repair knowledge (symptom, cause, fix, parts used) in a system where technicians can search and reuse it.',
      ],
      guidance: [
        '故障代码和原因分类应标准化，便于后续统计分析。评审时检索某类设备的历史故障，查看记录的结构化程度。',
        'Fault codes and cause categories are standardised so they can be analysed later. Reviewers search the history of one equipment type and judge how structured the records are.',
      ],
      evidence: [
        ['故障代码与原因分类标准', 'Fault code and cause classification standard'],
        ['故障知识检索截图', 'Screenshot of a fault-knowledge search'],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'maintenance.L3.01',
      text: [
        '应对关键设备的振动、温度、电流、压力等状态参数进行在线监测，具备远程监控和远程故障诊断能力。',
        'The enterprise shall monitor condition parameters of critical equipment (vibration, temperature, current, pressure, etc.) online and be able to monitor and diagnose faults remotely.',
      ],
      guidance: [
        '监测数据应集中到设备监控平台，设定报警阈值，专家或设备厂商可远程查看诊断。评审时查看在线监测覆盖的关键设备比例和一次远程诊断记录。',
        'Data converge on a monitoring platform with alarm thresholds, and experts or OEMs can view and diagnose remotely. Reviewers look at coverage of critical equipment and one remote diagnosis record.',
      ],
      evidence: [
        ['设备在线监测平台截图', 'Screenshots of the condition monitoring platform'],
        ['关键设备在线监测覆盖率统计', 'Online monitoring coverage of critical equipment'],
        ['远程诊断记录', 'Remote diagnosis record'],
      ],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['interconnection'],
    },
    {
      id: 'maintenance.L3.02',
      text: [
        '应实现设备报警自动生成维修工单并推送给责任人，维修响应、处理和验收过程在移动端或系统中闭环。',
        'The enterprise shall have equipment alarms create repair work orders automatically and notify the responsible technician, with response, repair and sign-off closed out on mobile devices or in the system.',
      ],
      guidance: [
        '报警—工单—维修—验收全流程在线，响应时间和修复时间自动计时。评审时查看一次报警生成的工单及其各节点时间戳。',
        'The alarm–work order–repair–acceptance chain runs online and response and repair times are timed automatically. Reviewers look at one alarm-generated work order and its timestamps.',
      ],
      evidence: [
        ['报警自动生成工单的系统日志', 'System log of alarm-generated work orders'],
        ['移动端维修工单截图', 'Mobile work-order screenshots'],
      ],
      lc: ['production'],
      sl: ['unit', 'workshop'],
      it: ['interconnection', 'system_integration'],
    },
    {
      id: 'maintenance.L3.03',
      text: [
        '应实现设备管理系统与 MES、ERP 集成，设备状态和维护计划参与生产排程，备件需求联动采购和库存。',
        'The enterprise shall integrate the maintenance system with MES and ERP so that equipment state and maintenance plans feed production scheduling and spare-part needs drive purchasing and stock.',
      ],
      guidance: [
        '计划员排产时能看到设备停机和保养窗口，维修领用备件自动扣减库存并触发补货。评审时查看接口和一次保养窗口在排程中的体现。',
        'Schedulers see downtime and maintenance windows when planning; parts issued for repairs reduce stock and trigger replenishment. Reviewers look at the interfaces and how one maintenance window appeared in the schedule.',
      ],
      evidence: [
        ['设备系统与 MES/ERP 接口说明', 'Interfaces between maintenance, MES and ERP'],
        ['排程中体现保养窗口的截图', 'Schedule screenshot showing a maintenance window'],
      ],
      lc: ['production'],
      sl: ['workshop', 'enterprise'],
      it: ['system_integration'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'maintenance.L4.01',
      text: [
        '应基于设备运行和维修数据建立故障预测与健康管理（PHM）模型，对关键设备进行健康评估、早期预警和预测性维护。',
        'The enterprise shall build prognostics and health management (PHM) models on operating and maintenance data to assess health, warn early and maintain critical equipment predictively.',
      ],
      guidance: [
        '模型可基于机理、数据或两者结合，输出剩余寿命或故障概率，并驱动维护时机决策。评审人员关注模型覆盖的设备、预警准确率和非计划停机的下降幅度。',
        'Models may be physics-based, data-driven or hybrid and output remaining useful life or failure probability that decides maintenance timing. Reviewers look at equipment covered, warning accuracy and the drop in unplanned downtime.',
      ],
      evidence: [
        ['PHM 模型说明及验证报告', 'PHM model description and validation report'],
        [
          '预测性维护案例及非计划停机变化',
          'Predictive maintenance cases and unplanned-downtime trend',
        ],
      ],
      lc: ['production'],
      sl: ['equipment', 'workshop'],
      it: ['fusion_sharing'],
    },
    {
      id: 'maintenance.L4.02',
      text: [
        '应基于设备数据分析优化维护策略和备件储备，例如以可靠性为中心的维护（RCM）、维护周期动态调整和备件需求预测。',
        'The enterprise shall optimise maintenance strategy and spare-parts holdings from equipment data, e.g. reliability-centred maintenance, dynamic maintenance intervals and spare-part demand forecasting.',
      ],
      guidance: [
        '维护周期不再固定，而是依据设备实际状态和历史故障规律调整。评审时查看策略调整的依据、维护成本与备件库存的变化。',
        'Intervals are no longer fixed but adjusted to actual condition and failure history. Reviewers look at the basis for strategy changes and the trend of maintenance cost and spare-parts stock.',
      ],
      evidence: [
        ['维护策略优化分析报告', 'Maintenance strategy optimisation analysis'],
        ['维护成本与备件库存变化数据', 'Maintenance cost and spare-parts stock trends'],
      ],
      lc: ['production'],
      sl: ['workshop', 'enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'maintenance.L5.01',
      text: [
        '应使关键设备具备自感知、自诊断、自适应能力，设备可根据自身状态自动调整运行参数或自主安排维护，模型通过持续学习提升准确性。',
        'The enterprise shall have critical equipment that senses, diagnoses and adapts itself — adjusting its operating parameters or scheduling its own maintenance from its condition — with models that improve through continuous learning.',
      ],
      guidance: [
        '例如设备在检测到磨损时自动降载运行并预约维护窗口，诊断模型随新故障样本自动更新。评审时查看自主决策的规则边界、执行日志和模型迭代记录。',
        'For example a machine that detects wear derates itself and books a maintenance window, with diagnosis models updating from new fault samples. Reviewers look at the limits of autonomous decisions, execution logs and model iterations.',
      ],
      evidence: [
        [
          '设备自适应调整与自主维护决策日志',
          'Logs of self-adjustment and autonomous maintenance decisions',
        ],
        ['诊断模型迭代更新记录', 'Diagnosis model iteration records'],
      ],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['new_business', 'fusion_sharing'],
    },
    {
      id: 'maintenance.L5.02',
      text: [
        '应与设备制造商、服务商和同行通过工业互联网平台协同开展远程运维，共享故障知识与备件资源，实现设备全生命周期协同管理。',
        'The enterprise shall work with equipment makers, service providers and peers on an industrial internet platform for remote operations and maintenance, sharing fault knowledge and spare parts across the equipment life cycle.',
      ],
      guidance: [
        '设备厂商可基于授权数据提供预测性服务，企业间共享备件池降低储备。评审时查看平台协同范围、数据共享协议及带来的停机或成本改善。',
        'Makers provide predictive services from authorised data and companies pool spare parts to cut holdings. Reviewers look at the scope of collaboration, data-sharing agreements and resulting downtime or cost gains.',
      ],
      evidence: [
        ['设备协同运维平台截图及合作协议', 'Collaborative O&M platform screenshots and agreements'],
        ['协同运维效果数据', 'Outcome data from collaborative maintenance'],
      ],
      lc: ['production', 'service'],
      sl: ['collaboration'],
      it: ['new_business', 'interconnection'],
    },
  ],
);
