import { subdomain } from './helpers.ts';

/** 仓储配送 Warehousing and in-plant delivery. */
export const warehousing = subdomain(
  'warehousing',
  ['仓储配送', 'Warehousing and delivery'],
  [
    '原材料、在制品和成品的仓储管理及厂内配送：出入库、库存、库位、线边配送、自动化仓储物流设备与库存优化。',
    'Storage of raw materials, WIP and finished goods and in-plant delivery: receipts and issues, stock, locations, line-side supply, automated storage and handling equipment, inventory optimisation.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'warehousing.L1.01',
      text: [
        '应制定仓储管理制度，明确物料分类分区、库位标识、出入库、盘点、先进先出和呆滞物料处理的要求。',
        'The enterprise shall have warehouse rules for material classification and zoning, location labelling, receipts and issues, stock-taking, first-in-first-out and handling of slow-moving stock.',
      ],
      guidance: [
        '危险品、有保质期和特殊存储条件的物料应有专门规定。评审时现场查看库位标识、抽盘账实一致性，并查阅盘点和呆滞处理记录。',
        'Hazardous, shelf-life and special-condition materials have specific rules. Reviewers check location labels, do a spot count against records and read stock-take and slow-mover records.',
      ],
      evidence: [
        ['仓储管理制度', 'Warehouse management rules'],
        ['盘点记录及账实差异分析', 'Stock-take records and variance analysis'],
      ],
      lc: ['logistics'],
      sl: ['workshop', 'enterprise'],
      it: ['resource'],
    },
    {
      id: 'warehousing.L1.02',
      text: [
        '应规划仓库布局和厂内物流路线，建立车间领料或配送流程，明确配送频次、批量和交接方式。',
        'The enterprise shall plan warehouse layout and in-plant material routes and set up a workshop picking or delivery process defining frequency, lot size and hand-over.',
      ],
      guidance: [
        '布局规划应考虑物流距离、安全通道和扩展空间。评审时查看仓库与物流路线规划图及配送交接记录。',
        'Layout planning considers travel distance, safety aisles and room to grow. Reviewers look at the layout and route plans and delivery hand-over records.',
      ],
      evidence: [
        ['仓库布局与厂内物流路线图', 'Warehouse layout and in-plant route map'],
        ['车间领料/配送交接单', 'Workshop issue or delivery hand-over slips'],
      ],
      lc: ['logistics', 'production'],
      sl: ['workshop'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'warehousing.L2.01',
      text: [
        '应通过仓储管理系统（WMS）或 ERP 库存模块管理出入库、库存和库位，并使用条码、二维码或 RFID 完成收货、上架、拣货和盘点。',
        'The enterprise shall manage receipts, issues, stock and locations in a WMS or ERP inventory module, using barcodes, QR codes or RFID for receiving, put-away, picking and counting.',
      ],
      guidance: [
        '扫描作业替代手工记账，库存实时更新。评审人员在现场观察一次扫码收货或拣货，并查看条码/RFID 覆盖的物料比例。',
        'Scanning replaces manual booking and stock updates immediately. Reviewers watch a scanned receipt or pick on site and ask what share of materials is labelled.',
      ],
      evidence: [
        ['WMS 出入库与库位管理截图', 'WMS screenshots of transactions and locations'],
        ['扫码/RFID 作业现场照片', 'Photos of scanning or RFID operations'],
      ],
      lc: ['logistics'],
      sl: ['workshop', 'enterprise'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'warehousing.L2.02',
      text: [
        '应实现库存实时可查和账实相符，由系统执行批次管理、保质期控制和先进先出（或指定批次）出库策略。',
        'The enterprise shall keep stock visible in real time and matching physical stock, with the system enforcing lot control, shelf-life control and FIFO (or specified-lot) issuing.',
      ],
      guidance: [
        '系统推荐拣货库位和批次，避免人为选择造成过期或先进后出。评审时查看库存准确率指标和系统出库策略配置。',
        'The system proposes pick locations and lots so people cannot pick expired or newest stock first. Reviewers look at the inventory accuracy metric and the issuing-strategy set-up.',
      ],
      evidence: [
        ['库存准确率统计', 'Inventory accuracy statistics'],
        ['批次/先进先出策略配置截图', 'Screenshots of lot and FIFO strategy configuration'],
      ],
      lc: ['logistics'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'warehousing.L3.01',
      text: [
        '应实现 WMS 与 MES、ERP 集成，依据生产工单和工位消耗自动生成备料与线边配送任务（拉动式配送），完工入库和发货自动过账。',
        'The enterprise shall integrate WMS with MES and ERP so that picking and line-side delivery tasks are generated automatically from work orders and station consumption (pull replenishment), and completions and shipments post automatically.',
      ],
      guidance: [
        '线边库存由系统按节拍和消耗拉动补给，避免停线缺料和线边积压。评审时查看一张工单自动生成的配送任务及其执行记录，以及线边库存水平。',
        'Line-side stock is replenished by the system according to takt and consumption, preventing both stoppages and pile-ups. Reviewers look at delivery tasks generated from one work order, their execution and line-side stock levels.',
      ],
      evidence: [
        ['WMS—MES 配送任务接口与日志', 'WMS–MES delivery-task interface and logs'],
        ['线边配送任务执行记录', 'Line-side delivery execution records'],
      ],
      lc: ['logistics', 'production'],
      sl: ['workshop', 'enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'warehousing.L3.02',
      text: [
        '应采用自动化仓储与搬运设备（如自动化立体库、AGV/AMR、输送分拣线，或流程型企业的罐区、料场自动计量与输送），并由 WMS/WCS 统一调度。',
        'The enterprise shall use automated storage and handling equipment (e.g. automated high-bay stores, AGVs/AMRs, conveyor and sortation, or automatic metering and conveying at tank farms and stockyards in process plants) dispatched centrally by WMS/WCS.',
      ],
      guidance: [
        '设备与系统之间应实时交互任务和状态，而非各自孤立运行。评审时现场查看自动化设备的调度方式、任务下发日志及设备状态监控。',
        'Equipment and systems exchange tasks and status in real time instead of running in isolation. Reviewers check how the equipment is dispatched, task logs and status monitoring.',
      ],
      evidence: [
        ['自动化仓储物流设备清单', 'List of automated storage and handling equipment'],
        ['WCS 调度与设备状态监控截图', 'WCS dispatch and equipment status screenshots'],
      ],
      lc: ['logistics'],
      sl: ['equipment', 'workshop'],
      it: ['interconnection', 'system_integration'],
    },
    {
      id: 'warehousing.L3.03',
      text: [
        '应对厂内物料与货物的位置、状态进行实时跟踪，实现从收货到上线、下线到发货的全程可视化。',
        'The enterprise shall track the location and status of materials and goods in the plant in real time, making the flow from receipt to line and from line to shipment visible end to end.',
      ],
      guidance: [
        '可借助扫码节点、RFID 门禁或定位技术实现。评审时抽查一个托盘或批次，查看其在厂内各节点的状态与时间记录。',
        'Scan points, RFID gates or positioning can achieve this. Reviewers pick one pallet or lot and look at its status and timestamps at each node.',
      ],
      evidence: [
        ['厂内物流可视化看板截图', 'In-plant logistics visibility dashboard'],
        ['单个托盘/批次的全程跟踪记录', 'End-to-end tracking record of one pallet or lot'],
      ],
      lc: ['logistics'],
      sl: ['workshop'],
      it: ['interconnection', 'fusion_sharing'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'warehousing.L4.01',
      text: [
        '应基于需求、消耗和供应数据建立库存优化模型，动态设定安全库存和库存上下限，优化库位分配，并对呆滞和临期物料提前预警。',
        'The enterprise shall build inventory optimisation models on demand, consumption and supply data that set safety stocks and min/max levels dynamically, optimise slotting and warn early of slow-moving and expiring stock.',
      ],
      guidance: [
        '评审人员关注模型逻辑、库存周转率和呆滞库存金额的改善，以及库位优化对拣货效率的影响。',
        'Reviewers look at the model logic, improvement in inventory turns and slow-moving stock value, and the effect of slotting on picking productivity.',
      ],
      evidence: [
        ['库存优化模型说明', 'Inventory optimisation model description'],
        ['库存周转率与呆滞库存改善数据', 'Inventory turns and slow-moving stock trends'],
      ],
      lc: ['logistics'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'warehousing.L4.02',
      text: [
        '应应用优化算法对仓储作业和厂内配送进行智能调度，包括波次与拣选策略、配送路径规划和多车协同，并根据作业数据持续改进。',
        'The enterprise shall schedule warehouse work and in-plant delivery with optimisation algorithms — wave and picking strategies, route planning, multi-vehicle coordination — and keep improving them from operating data.',
      ],
      guidance: [
        '评审时查看调度算法的目标与约束、应用前后的作业效率（如拣货行走距离、配送准时率）对比。',
        'Reviewers look at the algorithm’s objectives and constraints and at before/after productivity, such as picking travel distance and on-time line delivery.',
      ],
      evidence: [
        [
          '仓储配送智能调度系统截图',
          'Screenshots of intelligent warehouse and delivery scheduling',
        ],
        ['应用前后作业效率对比', 'Productivity before and after'],
      ],
      lc: ['logistics'],
      sl: ['workshop'],
      it: ['fusion_sharing', 'system_integration'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'warehousing.L5.01',
      text: [
        '应与供应商、客户共享库存与需求数据，开展供应商管理库存、寄售或联合库存等模式，在供应链范围内动态优化库存布局。',
        'The enterprise shall share stock and demand data with suppliers and customers and run vendor-managed, consignment or joint inventory, optimising stock positions dynamically across the supply chain.',
      ],
      guidance: [
        '库存决策不再只看本企业，而是考虑上下游整体成本与服务水平。评审时查看共享平台、参与方和供应链总库存的变化。',
        'Stock decisions consider the whole chain’s cost and service level, not only the enterprise’s own. Reviewers look at the sharing platform, the parties and the change in total chain inventory.',
      ],
      evidence: [
        ['供应链库存共享平台截图', 'Screenshots of the chain-wide inventory sharing platform'],
        ['VMI/寄售协议及库存变化数据', 'VMI or consignment agreements and inventory trends'],
      ],
      lc: ['logistics'],
      sl: ['collaboration'],
      it: ['new_business', 'fusion_sharing'],
    },
    {
      id: 'warehousing.L5.02',
      text: [
        '应实现仓储配送的高度自主运行：设备集群自主协同调度，能根据订单、产线和设备状态实时重新规划任务并自动处理常见异常。',
        'The enterprise shall run warehousing and delivery largely autonomously: equipment fleets coordinate themselves, re-plan tasks in real time from orders, line and equipment state, and resolve common exceptions automatically.',
      ],
      guidance: [
        '例如 AGV 集群自动避让与任务重分配、立库故障时自动切换出库路径。评审时关注自主处理的异常类型、人工干预频次和系统运行可靠性。',
        'Examples are AGV fleets that re-route and reassign tasks themselves or a high-bay store that switches retrieval paths on a fault. Reviewers look at the exception types handled autonomously, intervention frequency and reliability.',
      ],
      evidence: [
        ['自主调度与异常自处理日志', 'Logs of autonomous dispatch and self-handled exceptions'],
        ['人工干预频次统计', 'Human intervention frequency'],
      ],
      lc: ['logistics', 'production'],
      sl: ['workshop', 'equipment'],
      it: ['new_business', 'system_integration'],
    },
  ],
);
