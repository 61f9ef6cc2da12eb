import { subdomain } from './helpers.ts';

/** 采购 Procurement. */
export const procurement = subdomain(
  'procurement',
  ['采购', 'Procurement'],
  [
    '原材料、零部件和辅料的采购：需求、寻源、订单、到货检验、供应商管理与供应链协同。',
    'Buying raw materials, components and consumables: demand, sourcing, orders, incoming inspection, supplier management and supply-chain collaboration.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'procurement.L1.01',
      text: [
        '应建立采购管理制度，明确采购需求提报、询比价或招标、合同签订、到货验收和付款的流程与审批权限。',
        'The enterprise shall have procurement rules setting out the flow and approval authority for purchase requests, quotation or tendering, contracts, receipt acceptance and payment.',
      ],
      guidance: [
        '制度应覆盖主要物料类别和紧急采购情形。评审时抽查一笔采购，核对申请、比价、合同、验收与付款凭证是否齐全且符合授权。',
        'The rules cover the main material categories and urgent purchases. Reviewers trace one purchase and check that request, quotation, contract, receipt and payment documents are complete and within authority.',
      ],
      evidence: [
        ['采购管理制度及审批权限表', 'Procurement rules and approval authority matrix'],
        ['一笔采购业务的全套单据', 'The full document set of one purchase'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'procurement.L1.02',
      text: [
        '应建立供应商准入、评价和退出机制，维护合格供应商名录，并定期从质量、交付、价格和服务等方面评价供应商。',
        'The enterprise shall have supplier qualification, evaluation and exit rules, keep an approved supplier list and periodically rate suppliers on quality, delivery, price and service.',
      ],
      guidance: [
        '关键物料应有两家以上合格来源或有单一来源的风险说明。评审人员关注评价结果是否被用于采购份额分配或供应商整改。',
        'Key materials should have at least two qualified sources or a documented single-source risk. Reviewers check whether ratings actually drive volume allocation or supplier corrective actions.',
      ],
      evidence: [
        ['合格供应商名录', 'Approved supplier list'],
        ['年度/季度供应商评价报告', 'Periodic supplier evaluation report'],
      ],
      lc: ['production'],
      sl: ['enterprise', 'collaboration'],
      it: ['resource'],
    },
    {
      id: 'procurement.L1.03',
      text: [
        '应规划采购业务的信息化，至少对采购订单、合同和供应商基础信息进行电子化记录，为后续系统化管理奠定基础。',
        'The enterprise shall plan IT support for procurement and at least keep purchase orders, contracts and supplier master data in electronic form as the basis for later system support.',
      ],
      guidance: [
        '起步阶段可使用电子表格或财务/进销存软件，但物料编码和供应商编码应统一。评审时查看采购台账和信息化规划。',
        'Spreadsheets or basic accounting/inventory software are acceptable at first, provided material and supplier codes are consistent. Reviewers look at the purchase ledger and the IT plan.',
      ],
      evidence: [
        ['电子化采购台账或系统截图', 'Electronic purchase ledger or system screenshot'],
        ['采购信息化规划', 'Procurement IT plan'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'procurement.L2.01',
      text: [
        '应通过 ERP 采购模块或供应商关系管理系统（SRM）管理采购申请、订单、到货、入库和对账全过程，采购单据在系统中可追溯。',
        'The enterprise shall run purchase requests, orders, receipts, goods-in and invoice matching in an ERP purchasing module or SRM, with every document traceable in the system.',
      ],
      guidance: [
        '系统应成为采购业务的唯一记录来源，不再线下补单。评审时在系统中查询一笔订单从申请到付款的状态流转，以及线下采购的比例。',
        'The system becomes the single record of purchasing, with no after-the-fact paperwork. Reviewers trace one order from request to payment in the system and ask what share is still bought offline.',
      ],
      evidence: [
        ['ERP/SRM 采购订单全流程截图', 'ERP/SRM screenshots of one order end to end'],
        ['系统采购订单覆盖率统计', 'Share of purchases raised in the system'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'procurement.L2.02',
      text: [
        '应在信息系统中维护供应商档案与绩效数据（来料合格率、准时交付率、价格），并据此对供应商进行分级管理。',
        'The enterprise shall keep supplier profiles and performance data (incoming acceptance rate, on-time delivery, price) in the system and grade suppliers on that basis.',
      ],
      guidance: [
        '绩效指标应由系统根据收货和检验数据自动计算，而非人工打分。评审人员查看分级结果及其对应的管理措施。',
        'Performance figures are computed by the system from receipt and inspection data rather than scored by hand. Reviewers look at the grades and the actions tied to each grade.',
      ],
      evidence: [
        [
          '系统中的供应商绩效看板或报表',
          'Supplier performance dashboard or report from the system',
        ],
        ['供应商分级清单及管理措施', 'Supplier grading list and associated actions'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'procurement.L2.03',
      text: [
        '应对原材料、外购件的来料检验过程和结果进行信息化记录，并与采购订单、供应商和物料批次关联。',
        'The enterprise shall record incoming inspection of raw materials and purchased parts electronically, linked to purchase order, supplier and material lot.',
      ],
      guidance: [
        '检验标准、抽样方案和检验结果应在系统中维护，不合格来料可按批次追溯并发起退货或让步流程。评审时抽查一个批次的检验记录。',
        'Inspection standards, sampling plans and results live in the system, and rejected lots can be traced and sent to return or concession. Reviewers pull the inspection record of one lot.',
      ],
      evidence: [
        ['来料检验记录（系统）样例', 'Sample incoming inspection record from the system'],
        ['不合格来料处理单', 'Nonconforming incoming material disposition record'],
      ],
      lc: ['production', 'logistics'],
      sl: ['enterprise', 'workshop'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'procurement.L3.01',
      text: [
        '应实现采购与生产计划系统集成，依据物料需求计划（MRP）、在途和库存数据自动生成采购需求或订单建议。',
        'The enterprise shall integrate purchasing with production planning so that purchase requisitions or order proposals are generated automatically from MRP, open orders and stock.',
      ],
      guidance: [
        '采购员从“凭经验下单”转为处理系统建议；计划变更后采购建议同步更新。评审时查看 MRP 运算结果转采购订单的比例和人工新增订单的原因。',
        'Buyers move from ordering by experience to processing system proposals, which update when plans change. Reviewers look at the share of orders converted from MRP proposals and the reasons for manual ones.',
      ],
      evidence: [
        ['MRP 运算结果与采购建议截图', 'Screenshots of MRP results and purchase proposals'],
        ['采购订单来源统计（系统建议/人工）', 'Breakdown of orders by origin (proposal vs manual)'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'procurement.L3.02',
      text: [
        '应实现采购与仓储、质量系统集成，到货、检验和入库状态实时同步，检验合格后自动入账并更新可用库存和应付数据。',
        'The enterprise shall integrate purchasing with warehouse and quality systems so that receipt, inspection and put-away status are synchronised in real time, and accepted goods post automatically to available stock and payables.',
      ],
      guidance: [
        '采购、仓库、质检三方看到的是同一状态，无需电话或纸单确认。评审时跟踪一批来料从到货登记到可用库存的系统记录与耗时。',
        'Purchasing, stores and quality see one status without phone calls or paper slips. Reviewers follow one delivery from arrival to available stock in the systems and note the elapsed time.',
      ],
      evidence: [
        ['到货—检验—入库状态流转截图', 'Screenshots of the receipt–inspection–put-away flow'],
        ['系统接口清单', 'List of system interfaces'],
      ],
      lc: ['production', 'logistics'],
      sl: ['enterprise', 'workshop'],
      it: ['system_integration'],
    },
    {
      id: 'procurement.L3.03',
      text: [
        '应通过供应商门户或电子数据交换（EDI）与供应商在线协同订单确认、交期回复、发货通知和对账结算。',
        'The enterprise shall collaborate online with suppliers through a supplier portal or EDI for order confirmation, delivery promises, advance shipping notices and settlement.',
      ],
      guidance: [
        '供应商在线接单并回复交期，发货前推送发货通知（ASN），收货时可扫码对单。评审时查看在线协同的供应商覆盖率和订单比例。',
        'Suppliers accept orders and confirm dates online and send ASNs before shipping, which are scanned on receipt. Reviewers look at supplier and order coverage of online collaboration.',
      ],
      evidence: [
        ['供应商门户或 EDI 报文截图', 'Screenshots of the supplier portal or EDI messages'],
        ['在线协同供应商覆盖率统计', 'Coverage of suppliers using online collaboration'],
      ],
      lc: ['production', 'logistics'],
      sl: ['enterprise', 'collaboration'],
      it: ['interconnection', 'system_integration'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'procurement.L4.01',
      text: [
        '应基于历史消耗、需求预测、采购周期和库存数据建立预测与优化模型，对关键物料实现预测性补货和安全库存动态设定。',
        'The enterprise shall build forecasting and optimisation models on consumption history, demand forecasts, lead times and stock to replenish key materials predictively and set safety stocks dynamically.',
      ],
      guidance: [
        '模型输出应直接进入采购计划，并定期评估预测准确率。评审人员关注模型覆盖的物料范围、预测准确率，以及缺料次数和库存周转的变化。',
        'Model output feeds the purchase plan directly and forecast accuracy is reviewed regularly. Reviewers look at the materials covered, accuracy achieved and the change in shortages and inventory turns.',
      ],
      evidence: [
        ['补货预测模型说明及准确率报告', 'Replenishment model description and accuracy report'],
        ['缺料率与库存周转改善数据', 'Shortage and inventory-turn improvement data'],
      ],
      lc: ['production'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'procurement.L4.02',
      text: [
        '应与关键供应商共享需求预测、生产计划和库存数据，开展供应商管理库存（VMI）、准时化供货（JIT）等协同模式。',
        'The enterprise shall share demand forecasts, production plans and stock data with key suppliers and run collaborative models such as vendor-managed inventory or just-in-time supply.',
      ],
      guidance: [
        '共享应是系统对系统或平台化的，供应商据此自主安排生产和补货。评审时查看共享的数据项、参与供应商和协同带来的库存或交付改善。',
        'Sharing is system-to-system or via a platform, and suppliers plan their production and replenishment from it. Reviewers look at what data is shared, which suppliers take part and the resulting stock or delivery gains.',
      ],
      evidence: [
        [
          '与供应商共享数据的平台截图或接口说明',
          'Platform screenshots or interface description of data shared with suppliers',
        ],
        ['VMI/JIT 协议及运行数据', 'VMI/JIT agreements and operating data'],
      ],
      lc: ['production', 'logistics'],
      sl: ['collaboration'],
      it: ['fusion_sharing', 'interconnection'],
    },
    {
      id: 'procurement.L4.03',
      text: [
        '应建立采购价格、供应商绩效和供应风险的分析模型，对涨价、交付延迟、质量波动和单一来源风险进行预警，辅助寻源与议价决策。',
        'The enterprise shall model purchase prices, supplier performance and supply risk to warn of price rises, late deliveries, quality drift and single-source exposure, supporting sourcing and negotiation decisions.',
      ],
      guidance: [
        '可结合大宗商品行情、供应商财务与舆情等外部数据。评审时查看预警规则或模型、预警触发记录以及据此采取的行动。',
        'Commodity indices, supplier financial and news data may be combined with internal data. Reviewers look at the warning rules or models, triggered warnings and the actions taken.',
      ],
      evidence: [
        ['采购风险预警看板或模型说明', 'Procurement risk dashboard or model description'],
        ['预警触发及处置记录', 'Warning and response records'],
      ],
      lc: ['production'],
      sl: ['enterprise', 'collaboration'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'procurement.L5.01',
      text: [
        '应与上下游企业实时共享需求、产能、库存和物流数据，采购计划随客户需求和供应状况变化自动动态调整，实现端到端供需协同。',
        'The enterprise shall share demand, capacity, stock and logistics data with upstream and downstream partners in real time so that purchase plans adjust automatically to changes in customer demand and supply, achieving end-to-end supply–demand collaboration.',
      ],
      guidance: [
        '协同范围应延伸到二级供应商或主要客户，需求信号可穿透传递。评审人员关注数据共享的实时性、自动调整的规则与效果（如牛鞭效应减弱、交付周期缩短）。',
        'Collaboration reaches tier-2 suppliers or major customers and demand signals pass through. Reviewers look at data latency, the automatic adjustment logic and its effect (damped bullwhip, shorter lead times).',
      ],
      evidence: [
        [
          '供应链协同平台实时数据截图',
          'Real-time screenshots of the supply-chain collaboration platform',
        ],
        ['采购计划自动调整记录及效果分析', 'Automatic plan-adjustment logs and outcome analysis'],
      ],
      lc: ['production', 'logistics'],
      sl: ['collaboration'],
      it: ['new_business', 'fusion_sharing'],
    },
    {
      id: 'procurement.L5.02',
      text: [
        '应建立供应链风险智能感知与应对能力（如供应链控制塔），在供应中断时自动评估影响并生成替代寻源、调拨或计划调整方案。',
        'The enterprise shall sense and respond to supply-chain risk intelligently (e.g. a supply-chain control tower), automatically assessing the impact of a disruption and proposing alternative sourcing, transfers or plan changes.',
      ],
      guidance: [
        '系统持续监测供应商、物流与外部事件，能模拟中断影响并给出可执行方案。评审时查看一次真实或演练的中断事件中系统的响应过程与决策时间。',
        'The system watches suppliers, logistics and external events continuously, simulates disruption impact and proposes executable responses. Reviewers look at how the system responded in a real or drill disruption and how fast decisions were made.',
      ],
      evidence: [
        ['供应链控制塔或风险平台截图', 'Screenshots of the control tower or risk platform'],
        ['中断事件响应记录或演练报告', 'Disruption response record or drill report'],
      ],
      lc: ['production', 'logistics'],
      sl: ['collaboration', 'enterprise'],
      it: ['new_business', 'system_integration'],
    },
  ],
);
