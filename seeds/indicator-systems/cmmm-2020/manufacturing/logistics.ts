import { subdomain } from './helpers.ts';

/** 物流 Logistics (transport beyond the plant). */
export const logistics = subdomain(
  'logistics',
  ['物流', 'Logistics'],
  [
    '厂外的原材料入厂和产品发运物流：运输计划、承运商管理、在途跟踪、签收结算、路径优化与物流协同。',
    'Inbound and outbound transport beyond the plant: transport planning, carrier management, in-transit tracking, proof of delivery and settlement, route optimisation and logistics collaboration.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'logistics.L1.01',
      text: [
        '应建立物流管理制度，明确承运商选择与评价、发运计划、装车、在途、签收和运费结算的流程与职责。',
        'The enterprise shall have logistics rules defining how carriers are selected and evaluated and how shipment planning, loading, transit, proof of delivery and freight settlement are handled.',
      ],
      guidance: [
        '自营运输和委托第三方运输都应纳入管理。评审时查看承运商合同与评价记录，以及一票发运的全套单据。',
        'Both own-fleet and third-party transport are covered. Reviewers look at carrier contracts and evaluations and the full paperwork of one shipment.',
      ],
      evidence: [
        ['物流管理制度', 'Logistics management rules'],
        ['承运商合同及评价记录', 'Carrier contracts and evaluations'],
      ],
      lc: ['logistics'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'logistics.L1.02',
      text: [
        '应编制发运计划并记录运输过程的关键节点（发车、到达、签收），对运输异常（延误、货损）有处理和反馈机制。',
        'The enterprise shall plan shipments, record key transport milestones (departure, arrival, receipt) and have a way to handle and report transport exceptions such as delays and damage.',
      ],
      guidance: [
        '评审人员关注发运台账的完整性和运输异常的统计与改进。',
        'Reviewers look at the completeness of the shipment log and how transport exceptions are counted and improved.',
      ],
      evidence: [
        ['发运计划与发运台账', 'Shipment plans and shipment log'],
        ['运输异常处理记录', 'Transport exception records'],
      ],
      lc: ['logistics'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'logistics.L2.01',
      text: [
        '应通过运输管理系统（TMS）或 ERP 物流模块管理运输需求、车辆与承运商、运单、签收和运费。',
        'The enterprise shall manage transport requests, vehicles and carriers, waybills, proof of delivery and freight in a TMS or ERP logistics module.',
      ],
      guidance: [
        '运单在系统中创建并流转，运费依据系统数据结算。评审时查看系统中的运单状态和运费结算记录。',
        'Waybills are created and progressed in the system and freight is settled from system data. Reviewers look at waybill status and freight settlement in the system.',
      ],
      evidence: [
        ['TMS 运单管理截图', 'TMS waybill screenshots'],
        ['系统运费结算记录', 'Freight settlement records from the system'],
      ],
      lc: ['logistics'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'logistics.L2.02',
      text: [
        '应利用卫星定位（北斗/GPS）等手段对运输车辆进行在途跟踪，可在系统中查询货物位置和预计到达时间。',
        'The enterprise shall track vehicles in transit by satellite positioning (BeiDou/GPS) or similar, with cargo location and estimated arrival visible in the system.',
      ],
      guidance: [
        '可通过车载终端或承运商平台数据接入实现。评审时查看在途跟踪覆盖的运单比例和跟踪界面。',
        'In-vehicle terminals or carrier platform feeds can provide this. Reviewers look at the share of waybills tracked and the tracking screen.',
      ],
      evidence: [
        ['在途跟踪系统截图', 'In-transit tracking screenshots'],
        ['在途跟踪覆盖率统计', 'Tracking coverage statistics'],
      ],
      lc: ['logistics'],
      sl: ['enterprise'],
      it: ['interconnection'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'logistics.L3.01',
      text: [
        '应实现 TMS 与 ERP、WMS 集成，依据销售发货指令或采购到货计划自动生成运输计划，出库、装车、在途、签收信息自动回传。',
        'The enterprise shall integrate TMS with ERP and WMS so that transport plans are generated automatically from delivery instructions or inbound schedules, and dispatch, loading, transit and receipt information flows back automatically.',
      ],
      guidance: [
        '销售、仓库、物流看到同一份发运数据，电子签收后自动触发开票或入库。评审时跟踪一张发货单从生成到签收回传的系统记录。',
        'Sales, stores and logistics share one set of shipping data, and electronic proof of delivery triggers invoicing or goods receipt. Reviewers follow one delivery from creation to returned proof of delivery.',
      ],
      evidence: [
        ['TMS 与 ERP/WMS 接口说明', 'TMS–ERP/WMS interface description'],
        ['电子签收回传记录', 'Electronic proof-of-delivery records'],
      ],
      lc: ['logistics', 'sales'],
      sl: ['enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'logistics.L3.02',
      text: [
        '应与承运商、客户在线协同，共享运输计划和货物状态，实现预约装卸、电子运单和在线对账。',
        'The enterprise shall collaborate online with carriers and customers, sharing transport plans and shipment status, with booked loading slots, electronic waybills and online reconciliation.',
      ],
      guidance: [
        '例如车辆到厂预约排队、客户在线查询物流状态。评审时查看协同平台和参与承运商、客户的比例。',
        'For example dock appointment and queueing for vehicles, and online shipment tracking for customers. Reviewers look at the platform and the share of carriers and customers using it.',
      ],
      evidence: [
        ['承运商/客户物流协同平台截图', 'Carrier or customer logistics collaboration screenshots'],
        ['车辆预约装卸记录', 'Dock appointment records'],
      ],
      lc: ['logistics'],
      sl: ['enterprise', 'collaboration'],
      it: ['interconnection', 'system_integration'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'logistics.L4.01',
      text: [
        '应应用优化算法开展车辆调度、装载方案和运输路径规划，在满足时效的前提下降低运输成本和空驶率。',
        'The enterprise shall plan vehicle dispatch, loading and routes with optimisation algorithms, cutting transport cost and empty running while meeting delivery times.',
      ],
      guidance: [
        '评审时查看优化目标与约束设置、装载率和单位运输成本的变化。',
        'Reviewers look at the objectives and constraints configured and the change in load factor and unit transport cost.',
      ],
      evidence: [
        ['路径/装载优化系统截图', 'Route or load optimisation screenshots'],
        ['装载率与单位运输成本变化数据', 'Load factor and unit transport cost trends'],
      ],
      lc: ['logistics'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'logistics.L4.02',
      text: [
        '应基于历史运输和外部数据建立物流需求、到达时间和运输风险预测模型，提前调配运力并预警延误。',
        'The enterprise shall build models on transport history and external data to forecast logistics demand, arrival times and transport risk, allocating capacity in advance and warning of delays.',
      ],
      guidance: [
        '外部数据可包括路况、天气和港口拥堵信息。评审时查看预测准确率和延误预警记录。',
        'External data may include traffic, weather and port congestion. Reviewers look at forecast accuracy and delay warnings issued.',
      ],
      evidence: [
        ['物流预测模型说明及准确率', 'Logistics forecasting model and accuracy'],
        ['延误预警与处置记录', 'Delay warnings and responses'],
      ],
      lc: ['logistics'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'logistics.L5.01',
      text: [
        '应通过物流平台与上下游企业和物流服务商共享运力、仓储和订单数据，实现产业链物流资源的协同调度。',
        'The enterprise shall share transport capacity, storage and order data with upstream, downstream and logistics providers on a logistics platform, dispatching logistics resources jointly across the value chain.',
      ],
      guidance: [
        '例如与供应商共同配载循环取货（Milk Run）、多家企业共享回程运力。评审时查看平台参与方和协同带来的成本、碳排放改善。',
        'Examples are milk runs shared with suppliers or pooled backhaul capacity among several companies. Reviewers look at platform participants and the cost and emission gains.',
      ],
      evidence: [
        [
          '产业链物流协同平台截图及参与方清单',
          'Value-chain logistics platform screenshots and participants',
        ],
        ['协同配送效益数据', 'Benefit data from joint distribution'],
      ],
      lc: ['logistics'],
      sl: ['collaboration'],
      it: ['new_business', 'fusion_sharing'],
    },
    {
      id: 'logistics.L5.02',
      text: [
        '应实现物流全过程的实时动态优化，运输计划随订单、路况和车辆状态变化自动重规划，并探索无人运输、智能装卸等新模式。',
        'The enterprise shall optimise logistics dynamically in real time, with transport plans re-planned automatically as orders, traffic and vehicle state change, and pilot new modes such as autonomous transport and automated loading.',
      ],
      guidance: [
        '评审时查看自动重规划的触发记录、执行结果，以及无人运输或智能装卸的应用范围。',
        'Reviewers look at automatic re-planning triggers and results and the scope of autonomous transport or automated loading.',
      ],
      evidence: [
        ['物流自动重规划日志', 'Automatic logistics re-planning logs'],
        ['无人运输/智能装卸应用说明', 'Description of autonomous transport or automated loading'],
      ],
      lc: ['logistics'],
      sl: ['enterprise', 'equipment'],
      it: ['new_business', 'system_integration'],
    },
  ],
);
