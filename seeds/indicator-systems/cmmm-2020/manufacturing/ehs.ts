import { subdomain } from './helpers.ts';

/** 安全环保 Safety and environmental protection. */
export const ehs = subdomain(
  'ehs',
  ['安全环保', 'Safety and environment'],
  [
    '安全生产、职业健康与环境保护：风险辨识与隐患治理、作业安全、危化品、在线监测、预警与应急。',
    'Work safety, occupational health and environmental protection: risk identification and hazard correction, work permits, hazardous chemicals, online monitoring, early warning and emergency response.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'ehs.L1.01',
      text: [
        '应建立安全生产和环境保护责任体系与管理制度，开展危险源辨识、风险评价和环境因素识别，形成分级管控清单。',
        'The enterprise shall set up safety and environmental responsibilities and rules, identify hazards, assess risks and identify environmental aspects, and keep a tiered control list.',
      ],
      guidance: [
        '清单应覆盖主要作业活动、设备设施和排放源，并明确管控层级和责任人。评审时核对清单与现场主要风险点是否对应。',
        'The list covers main activities, facilities and emission sources with control level and owner. Reviewers check it against the main risk points on site.',
      ],
      evidence: [
        ['安全环保责任制与管理制度', 'Safety and environmental responsibilities and rules'],
        [
          '危险源/环境因素辨识与分级管控清单',
          'Hazard and environmental-aspect register with control tiers',
        ],
      ],
      lc: ['production'],
      sl: ['enterprise', 'workshop'],
      it: ['resource'],
    },
    {
      id: 'ehs.L1.02',
      text: [
        '应制定应急预案并定期演练，开展安全环保检查，对发现的隐患建立台账并跟踪整改至关闭。',
        'The enterprise shall maintain emergency plans and drill them regularly, conduct safety and environmental inspections, and log findings and follow them up until closed.',
      ],
      guidance: [
        '评审人员关注演练记录与评估、隐患台账的整改率和超期未整改项的处理。',
        'Reviewers look at drill records and evaluations, the closure rate of the hazard log and how overdue items are handled.',
      ],
      evidence: [
        ['应急预案与演练记录', 'Emergency plans and drill records'],
        ['隐患排查整改台账', 'Hazard inspection and correction log'],
      ],
      lc: ['production'],
      sl: ['workshop', 'enterprise'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'ehs.L2.01',
      text: [
        '应通过信息系统管理安全环保业务，包括隐患排查治理、作业许可（动火、受限空间、高处等）、安全培训、职业健康和环保台账。',
        'The enterprise shall run safety and environmental processes in an information system, including hazard correction, work permits (hot work, confined space, work at height, etc.), safety training, occupational health and environmental records.',
      ],
      guidance: [
        '作业票在线申请、审批和关闭，隐患可通过移动端随手拍上报。评审时查看一张电子作业票的审批流和隐患闭环统计。',
        'Permits are requested, approved and closed online, and hazards can be reported with a phone photo. Reviewers look at one electronic permit’s approval flow and hazard closure statistics.',
      ],
      evidence: [
        ['电子作业票审批流程截图', 'Screenshots of an electronic permit workflow'],
        ['系统隐患闭环统计', 'Hazard closure statistics from the system'],
      ],
      lc: ['production'],
      sl: ['enterprise', 'workshop'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'ehs.L2.02',
      text: [
        '应对重大危险源和主要污染源的关键参数实施在线监测并自动记录，如可燃/有毒气体浓度、温度压力、废气废水排放和噪声。',
        'The enterprise shall monitor and record key parameters of major hazard sources and main pollution sources online, such as combustible/toxic gas concentration, temperature and pressure, stack and effluent emissions, and noise.',
      ],
      guidance: [
        '监测点应覆盖辨识出的重点部位，数据存储可追溯并按要求上传监管平台。评审时查看监测点位图和超限报警记录。',
        'Monitoring points cover the identified key locations; data are retained and uploaded to regulators where required. Reviewers look at the monitoring point map and limit-exceedance alarms.',
      ],
      evidence: [
        ['在线监测点位清单/分布图', 'Online monitoring point list or map'],
        ['监测数据与超限报警记录', 'Monitoring data and exceedance alarm records'],
      ],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['interconnection'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'ehs.L3.01',
      text: [
        '应实现安全环保监测数据与生产、设备系统集成，自动识别风险并分级报警，联动工艺联锁、通风或应急处置措施。',
        'The enterprise shall integrate safety and environmental monitoring with production and equipment systems to identify risks automatically, raise tiered alarms and trigger interlocks, ventilation or emergency measures.',
      ],
      guidance: [
        '风险识别不再只靠人工巡检，报警信息同步推送到生产调度和相关责任人。评审时查看报警分级规则、联动逻辑和一次联动处置记录。',
        'Risk recognition no longer relies only on patrols, and alarms reach dispatchers and owners at once. Reviewers look at alarm tiers, linkage logic and one linked response.',
      ],
      evidence: [
        ['风险报警分级与联动逻辑说明', 'Alarm tiers and linkage logic'],
        ['报警联动处置记录', 'Records of linked alarm responses'],
      ],
      lc: ['production'],
      sl: ['unit', 'workshop'],
      it: ['system_integration'],
    },
    {
      id: 'ehs.L3.02',
      text: [
        '应利用视频智能分析、人员定位、电子围栏等技术对重点区域和高风险作业实施实时监管，自动识别违章行为和人员越界。',
        'The enterprise shall supervise key areas and high-risk work in real time with video analytics, personnel positioning and geofencing, detecting unsafe behaviour and intrusion automatically.',
      ],
      guidance: [
        '例如未戴安全帽、吸烟、进入危险区域的自动识别与告警。评审时查看覆盖区域、识别类型和告警处置记录。',
        'Examples: automatic detection of missing helmets, smoking or entry into danger zones. Reviewers look at areas covered, event types recognised and alarm handling.',
      ],
      evidence: [
        [
          '视频智能分析/人员定位系统截图',
          'Screenshots of video analytics or personnel positioning',
        ],
        ['违章识别告警及处置记录', 'Unsafe-behaviour alarms and handling records'],
      ],
      lc: ['production'],
      sl: ['workshop', 'unit'],
      it: ['interconnection', 'fusion_sharing'],
    },
    {
      id: 'ehs.L3.03',
      text: [
        '应对危险化学品实施全生命周期信息化管理，覆盖采购、入库、储存、领用、使用和废弃处置，做到实时账物相符和流向可追溯。',
        'The enterprise shall manage hazardous chemicals through their whole life cycle in information systems — purchase, receipt, storage, issue, use and disposal — with real-time stock accuracy and traceable flows.',
      ],
      guidance: [
        '系统应与仓储和采购数据贯通，并对储量超限和违规领用告警。不使用或储存危险化学品的企业可判为不适用。',
        'The system connects with warehouse and purchasing data and alarms on excessive holdings or unauthorised issue. Enterprises that neither use nor store hazardous chemicals may mark this not applicable.',
      ],
      evidence: [
        ['危化品信息化管理系统截图', 'Screenshots of the hazardous-chemicals system'],
        ['危化品出入库与流向追溯记录', 'Hazardous-chemicals movement and traceability records'],
      ],
      lc: ['production', 'logistics'],
      sl: ['enterprise', 'workshop'],
      it: ['system_integration'],
      na: true,
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'ehs.L4.01',
      text: [
        '应基于安全监测、作业、隐患和事故数据建立风险评估与预测模型，实现全厂安全风险动态感知、趋势预测和分级预警。',
        'The enterprise shall build risk assessment and prediction models from monitoring, work, hazard and incident data to sense site-wide safety risk dynamically, predict trends and issue tiered warnings.',
      ],
      guidance: [
        '风险等级随作业活动、设备状态和环境条件实时变化，形成全厂风险“一张图”。评审人员关注模型输入、预警准确性，以及预警后的管控措施。',
        'Risk levels change in real time with work activities, equipment state and conditions, giving a single site-wide risk map. Reviewers look at model inputs, warning accuracy and the controls taken after warnings.',
      ],
      evidence: [
        ['全厂动态风险一张图截图', 'Screenshot of the site-wide dynamic risk map'],
        ['风险预测模型说明及预警处置记录', 'Risk model description and warning response records'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'ehs.L4.02',
      text: [
        '应基于工况与排放数据建立环保预测与优化模型，预测污染物排放趋势，优化环保治理设施运行参数，在达标前提下降低治理成本。',
        'The enterprise shall model emissions from operating and emission data to predict trends and optimise the operating parameters of treatment facilities, reducing treatment cost while staying within limits.',
      ],
      guidance: [
        '例如根据生产负荷预测脱硫脱硝需求并优化药剂投加。评审时查看模型预测准确性、超标预警和药剂/能耗节约数据。',
        'For example predicting desulphurisation or denitrification demand from load and optimising reagent dosing. Reviewers look at prediction accuracy, exceedance warnings and reagent or energy savings.',
      ],
      evidence: [
        ['排放预测与治理优化模型说明', 'Emission prediction and treatment optimisation model'],
        ['治理成本及排放达标数据', 'Treatment cost and compliance data'],
      ],
      lc: ['production'],
      sl: ['unit', 'enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'ehs.L5.01',
      text: [
        '应实现安全环保风险的智能决策与自动处置，系统依据实时态势自动生成并执行应急措施，模型根据事件复盘持续自优化。',
        'The enterprise shall make safety and environmental decisions intelligently and respond automatically, with the system generating and executing emergency measures from the live situation and models improving themselves from incident reviews.',
      ],
      guidance: [
        '例如泄漏发生时自动切断、启动喷淋、计算疏散路线并推送至人员终端。评审时查看自动处置场景清单、演练记录和模型优化记录。',
        'For example, on a leak the system isolates, starts deluge, computes evacuation routes and pushes them to personnel devices. Reviewers look at the list of automated scenarios, drills and model improvements.',
      ],
      evidence: [
        ['自动处置场景清单与演练记录', 'Automated response scenarios and drill records'],
        ['基于事件复盘的模型优化记录', 'Model improvements from incident reviews'],
      ],
      lc: ['production'],
      sl: ['enterprise', 'workshop'],
      it: ['new_business', 'system_integration'],
    },
    {
      id: 'ehs.L5.02',
      text: [
        '应与政府监管平台、园区和周边企业实现安全环保数据共享与应急联动，参与区域风险协同防控。',
        'The enterprise shall share safety and environmental data with regulatory platforms, its industrial park and neighbouring companies, take part in joint emergency response and help control regional risk collectively.',
      ],
      guidance: [
        '评审时查看数据对接的平台、共享内容、联动机制和联合演练记录。',
        'Reviewers look at the connected platforms, what is shared, the linkage mechanism and joint drill records.',
      ],
      evidence: [
        ['与监管/园区平台的数据对接说明', 'Data connection to regulatory or park platforms'],
        ['区域联合应急演练记录', 'Joint regional emergency drill records'],
      ],
      lc: ['production'],
      sl: ['collaboration'],
      it: ['fusion_sharing', 'interconnection'],
    },
  ],
);
