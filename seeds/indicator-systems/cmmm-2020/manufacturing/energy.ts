import { subdomain } from './helpers.ts';

/** 能源管理 Energy management. */
export const energy = subdomain(
  'energy',
  ['能源管理', 'Energy management'],
  [
    '电、水、气、汽、燃料等能源介质的计量、监测、分析与优化，以及碳排放核算和能源协同。',
    'Metering, monitoring, analysis and optimisation of energy media (electricity, water, gas, steam, fuels), carbon accounting and energy collaboration.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'energy.L1.01',
      text: [
        '应建立能源管理制度，设定能耗目标，并按规定配备能源计量器具、建立计量台账。',
        'The enterprise shall have energy management rules and consumption targets, fit energy meters as required and keep a meter register.',
      ],
      guidance: [
        '计量器具配备应至少覆盖进出厂和主要用能单位。评审时核对计量器具台账与现场，并查看能耗目标的分解情况。',
        'Meters cover at least site import/export and the main consuming units. Reviewers check the register against the site and how targets are broken down.',
      ],
      evidence: [
        ['能源管理制度与年度能耗目标', 'Energy rules and annual targets'],
        ['能源计量器具台账', 'Energy meter register'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'energy.L1.02',
      text: [
        '应定期对主要能源消耗进行统计和分析，掌握单位产品能耗和主要用能单位的消耗情况。',
        'The enterprise shall regularly compile and analyse its main energy consumption, knowing energy use per unit of product and by main consuming unit.',
      ],
      guidance: [
        '可基于抄表和账单数据开展月度统计。评审时查看能耗统计报表和与目标的偏差分析。',
        'Monthly statistics from meter readings and bills suffice at this level. Reviewers look at the reports and the analysis of variance against target.',
      ],
      evidence: [['月度能耗统计分析报告', 'Monthly energy statistics and analysis']],
      lc: ['production'],
      sl: ['enterprise', 'workshop'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'energy.L2.01',
      text: [
        '应对主要能源介质和重点用能设备的消耗数据进行自动采集，并在信息系统中存储和统计。',
        'The enterprise shall collect consumption data of the main energy media and key energy-using equipment automatically and store and compile them in an information system.',
      ],
      guidance: [
        '本级允许部分覆盖，但重点用能设备应优先接入智能计量。评审时查看自动采集点清单、采集频次及占总能耗的覆盖比例。',
        'Partial coverage is acceptable, but key energy users are connected first. Reviewers look at the metering point list, sampling frequency and the share of total consumption covered.',
      ],
      evidence: [
        [
          '能源自动采集点清单及覆盖比例',
          'Automatic metering points and share of consumption covered',
        ],
        ['能耗数据系统截图', 'Screenshots of energy data in the system'],
      ],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'energy.L2.02',
      text: [
        '应在系统中按车间、产线或工序建立能耗指标并定期考核，对超指标情况进行原因分析。',
        'The enterprise shall set energy indicators per workshop, line or process step in the system, review them regularly and analyse the causes of overruns.',
      ],
      guidance: [
        '指标应与产量关联（如单位产品能耗），而非仅看总量。评审时查看指标体系和一次超标的原因分析记录。',
        'Indicators relate to output (e.g. energy per unit) rather than totals only. Reviewers look at the indicator set and one overrun analysis.',
      ],
      evidence: [
        ['能耗指标体系及考核结果', 'Energy indicator set and review results'],
        ['超指标原因分析记录', 'Overrun cause analysis'],
      ],
      lc: ['production'],
      sl: ['workshop'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'energy.L3.01',
      text: [
        '应建立能源管理系统（EMS），对能源的购入、转换、输配和使用全过程实施在线监测、可视化和追踪。',
        'The enterprise shall operate an energy management system (EMS) that monitors, visualises and tracks energy online from purchase through conversion and distribution to end use.',
      ],
      guidance: [
        '能流图和平衡分析应能反映各介质的产供用情况和损耗。评审时查看 EMS 的覆盖范围、能流图和数据完整率。',
        'Energy-flow diagrams and balances show supply, use and losses of each medium. Reviewers look at EMS coverage, the flow diagram and data completeness.',
      ],
      evidence: [
        ['EMS 系统能流图/监控界面截图', 'EMS energy-flow and monitoring screenshots'],
        ['能源平衡分析报告', 'Energy balance analysis'],
      ],
      lc: ['production'],
      sl: ['workshop', 'enterprise'],
      it: ['interconnection', 'system_integration'],
    },
    {
      id: 'energy.L3.02',
      text: [
        '应实现能源数据与生产数据的集成关联（如 EMS 与 MES 对接），核算工单、产品或工序的实际能耗并分析能效。',
        'The enterprise shall link energy data with production data (e.g. EMS–MES integration) to account actual energy per work order, product or process step and analyse efficiency.',
      ],
      guidance: [
        '能耗能够分摊到具体订单或批次，为成本核算和工艺改进提供依据。评审时查看某一批次或工单的能耗核算结果。',
        'Energy can be allocated to specific orders or batches, supporting costing and process improvement. Reviewers look at the energy accounting of one batch or work order.',
      ],
      evidence: [
        ['EMS 与 MES 接口说明', 'EMS–MES interface description'],
        ['工单/批次能耗核算报表', 'Energy accounting by work order or batch'],
      ],
      lc: ['production'],
      sl: ['workshop', 'enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'energy.L3.03',
      text: [
        '应对能耗异常（如非生产时段用能、跑冒滴漏、设备空转）实时报警，并能快速定位到区域或设备进行处置。',
        'The enterprise shall alarm in real time on abnormal energy use (consumption outside production hours, leaks, idling equipment) and locate it to an area or machine for action.',
      ],
      guidance: [
        '报警规则可结合生产状态设定。评审时查看异常报警记录、处置结果和由此减少的能源浪费。',
        'Alarm rules can take production status into account. Reviewers look at abnormality alarms, their handling and the waste avoided.',
      ],
      evidence: [['能耗异常报警与处置记录', 'Abnormal-consumption alarms and handling records']],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['interconnection'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'energy.L4.01',
      text: [
        '应建立能源需求预测与平衡调度模型，依据生产计划预测各介质需求，优化能源的产、购、储、用安排（如错峰用电、余热余压利用、管网平衡）。',
        'The enterprise shall build energy demand forecasting and balancing models that predict each medium’s demand from the production plan and optimise generation, purchase, storage and use (e.g. load shifting, waste-heat recovery, network balancing).',
      ],
      guidance: [
        '评审人员关注预测准确率、调度优化的决策方式，以及能源成本或放散损失的下降。',
        'Reviewers look at forecast accuracy, how dispatch decisions are optimised and the reduction in energy cost or venting losses.',
      ],
      evidence: [
        ['能源预测与调度优化模型说明', 'Energy forecasting and dispatch optimisation model'],
        ['能源成本/损耗改善数据', 'Energy cost and loss improvements'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'energy.L4.02',
      text: [
        '应基于能效模型优化高耗能设备和工艺的运行参数，开展能效评估与内外部对标，持续挖掘节能潜力。',
        'The enterprise shall optimise the operating parameters of energy-intensive equipment and processes with efficiency models and benchmark efficiency internally and externally to keep finding savings.',
      ],
      guidance: [
        '例如空压站、制冷站、锅炉和窑炉的能效寻优。评审时查看能效模型、对标结果和节能量核算。',
        'Typical targets are compressed-air, chiller, boiler and kiln optimisation. Reviewers look at the efficiency models, benchmarking results and verified savings.',
      ],
      evidence: [
        ['高耗能设备能效优化报告', 'Efficiency optimisation report for energy-intensive equipment'],
        ['能效对标及节能量核算', 'Efficiency benchmarking and verified savings'],
      ],
      lc: ['production'],
      sl: ['equipment', 'unit'],
      it: ['fusion_sharing'],
    },
    {
      id: 'energy.L4.03',
      text: [
        '应基于能源与物料数据开展碳排放核算与分析，按工序或产品建立碳足迹数据，并据此制定和跟踪减排措施。',
        'The enterprise shall account and analyse carbon emissions from energy and material data, build carbon-footprint data per process or product, and plan and track reduction measures from them.',
      ],
      guidance: [
        '核算方法应与适用的行业核算指南一致，数据可由系统自动生成。评审时查看碳排放核算报告和减排措施的跟踪记录。',
        'Methods follow the applicable sector accounting guidelines, with data generated by the system. Reviewers look at the carbon report and tracking of reduction measures.',
      ],
      evidence: [
        [
          '碳排放核算报告或碳管理系统截图',
          'Carbon accounting report or carbon management screenshots',
        ],
        ['减排措施跟踪记录', 'Reduction measure tracking'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'energy.L5.01',
      text: [
        '应实现能源系统的自适应优化调节，依据生产负荷、分时电价和可再生能源出力实时自动调整供能与用能，模型持续自学习。',
        'The enterprise shall run self-adjusting energy optimisation that tunes supply and use automatically in real time to production load, time-of-use tariffs and renewable output, with models that keep learning.',
      ],
      guidance: [
        '与 L4 的优化建议不同，本级要求调度指令自动下发到设备执行。评审时查看自动调节的对象、调节日志和节能效果。',
        'Unlike the optimisation advice at L4, dispatch commands go to equipment automatically. Reviewers look at what is adjusted, adjustment logs and savings achieved.',
      ],
      evidence: [
        ['能源自适应调节系统说明与调节日志', 'Self-adjusting energy system description and logs'],
        ['实施前后能效/成本对比', 'Efficiency and cost before and after'],
      ],
      lc: ['production'],
      sl: ['enterprise', 'equipment'],
      it: ['new_business', 'system_integration'],
    },
    {
      id: 'energy.L5.02',
      text: [
        '应与电网、园区及能源服务商开展能源协同，参与需求响应、源网荷储互动或绿电交易，实现企业内外能源资源的协同优化。',
        'The enterprise shall coordinate energy with the grid, its industrial park and energy service providers — demand response, source–grid–load–storage interaction or green-power trading — optimising energy resources inside and outside the enterprise together.',
      ],
      guidance: [
        '评审时查看需求响应或绿电交易的参与记录、协同平台对接情况和取得的经济与减碳效益。',
        'Reviewers look at records of demand response or green-power trading, connection to coordination platforms and the economic and carbon benefits.',
      ],
      evidence: [
        ['需求响应/绿电交易参与记录', 'Demand-response or green-power trading records'],
        ['能源协同平台对接说明', 'Connection to the energy coordination platform'],
      ],
      lc: ['production'],
      sl: ['collaboration'],
      it: ['new_business', 'fusion_sharing'],
    },
  ],
);
