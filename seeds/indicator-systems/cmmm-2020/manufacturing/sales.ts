import { subdomain } from './helpers.ts';

/** 销售 Sales. */
export const sales = subdomain(
  'sales',
  ['销售', 'Sales'],
  [
    '从市场与客户开发到订单交付回款：客户管理、报价与合同、订单执行、销售预测、渠道与营销、产销协同。',
    'From market and customer development to delivery and payment: customer management, quotation and contracts, order fulfilment, sales forecasting, channels and marketing, sales–production coordination.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'sales.L1.01',
      text: [
        '应建立销售管理制度，明确客户开发、报价、合同评审、订单下达、交付和回款的流程与职责。',
        'The enterprise shall have sales rules defining the flow and responsibilities for customer development, quotation, contract review, order entry, delivery and collection.',
      ],
      guidance: [
        '合同评审应确认技术要求、交期和产能的可行性。评审时抽查一份合同的评审记录及其订单执行情况。',
        'Contract review confirms technical requirements, delivery dates and capacity are feasible. Reviewers sample one contract’s review record and how the order was fulfilled.',
      ],
      evidence: [
        ['销售管理制度', 'Sales management rules'],
        ['合同评审记录样例', 'Sample contract review record'],
      ],
      lc: ['sales'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'sales.L1.02',
      text: [
        '应建立客户档案和销售台账，定期统计分析销售额、客户结构和订单交付情况。',
        'The enterprise shall keep customer records and a sales ledger and regularly analyse sales, customer mix and order delivery performance.',
      ],
      guidance: [
        '评审时查看客户档案的完整性和近期的销售分析报告。',
        'Reviewers look at the completeness of customer records and recent sales analyses.',
      ],
      evidence: [
        ['客户档案与销售台账', 'Customer records and sales ledger'],
        ['销售统计分析报告', 'Sales analysis report'],
      ],
      lc: ['sales'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'sales.L2.01',
      text: [
        '应使用客户关系管理（CRM）系统或 ERP 销售模块管理客户、商机、报价、合同和销售订单全过程。',
        'The enterprise shall manage customers, opportunities, quotations, contracts and sales orders end to end in a CRM system or ERP sales module.',
      ],
      guidance: [
        '销售过程数据集中在系统中，不依赖个人表格。评审时查看系统中一个客户从商机到订单的完整记录。',
        'Sales data live in the system rather than personal spreadsheets. Reviewers look at one customer’s record from opportunity to order.',
      ],
      evidence: [['CRM/ERP 销售全过程截图', 'CRM/ERP screenshots of the sales cycle']],
      lc: ['sales'],
      sl: ['enterprise'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'sales.L2.02',
      text: [
        '应在系统中跟踪销售订单的执行状态（排产、发货、开票、回款），并对应收账款和信用额度进行管控。',
        'The enterprise shall track sales-order status (scheduled, shipped, invoiced, paid) in the system and control receivables and credit limits.',
      ],
      guidance: [
        '超信用额度的订单应在系统中自动拦截或审批。评审时查看订单状态查询界面和信用控制配置。',
        'Orders beyond credit limits are blocked or routed for approval automatically. Reviewers look at the order-status view and the credit-control set-up.',
      ],
      evidence: [
        ['订单状态跟踪截图', 'Order status tracking screenshot'],
        ['信用额度控制配置与拦截记录', 'Credit-limit configuration and block records'],
      ],
      lc: ['sales'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'sales.L3.01',
      text: [
        '应实现销售系统与计划、生产、仓储和物流系统集成，订单信息自动传递到计划和生产，销售人员可实时查看订单生产与发运进度。',
        'The enterprise shall integrate sales with planning, production, warehouse and logistics systems so that orders flow automatically into planning and production and sales staff see production and shipping progress in real time.',
      ],
      guidance: [
        '客户询问订单进度时，销售无需逐一电话确认。评审时从销售订单追踪其关联的生产工单、库存和发运记录。',
        'Sales no longer phone around when customers ask about progress. Reviewers follow a sales order to its work orders, stock and shipments.',
      ],
      evidence: [
        [
          '销售订单与生产/发运关联查询截图',
          'Screenshot linking a sales order to production and shipping',
        ],
        ['系统接口清单', 'System interface list'],
      ],
      lc: ['sales', 'production'],
      sl: ['enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'sales.L3.02',
      text: [
        '应通过客户门户、电子商务平台或 EDI 接收客户订单和需求计划，并与内部系统自动对接。',
        'The enterprise shall receive customer orders and demand schedules through a customer portal, e-commerce platform or EDI, connected automatically to internal systems.',
      ],
      guidance: [
        'B2B 企业可通过 EDI 或客户门户，面向终端市场的企业可通过自有或第三方电商平台。评审时查看线上订单比例和订单自动导入记录。',
        'B2B firms may use EDI or a customer portal; consumer-facing firms their own or third-party e-commerce. Reviewers look at the share of online orders and automatic order import records.',
      ],
      evidence: [
        [
          '客户门户/电商/EDI 订单接入截图',
          'Customer portal, e-commerce or EDI order intake screenshots',
        ],
        ['线上订单比例统计', 'Share of orders received online'],
      ],
      lc: ['sales'],
      sl: ['enterprise', 'collaboration'],
      it: ['interconnection', 'system_integration'],
    },
    {
      id: 'sales.L3.03',
      text: [
        '应在销售、市场和服务之间共享客户数据，形成统一的客户视图，支持跨部门的客户需求响应。',
        'The enterprise shall share customer data among sales, marketing and service to form a single customer view that supports cross-functional response to customer needs.',
      ],
      guidance: [
        '统一客户视图可显示订单、交付、投诉、服务和回款信息。评审时查看一个重点客户的 360 度视图。',
        'The single view shows orders, deliveries, complaints, service and payments. Reviewers look at the 360-degree view of one key customer.',
      ],
      evidence: [['客户 360 度视图截图', 'Screenshot of a 360-degree customer view']],
      lc: ['sales', 'service'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'sales.L4.01',
      text: [
        '应基于历史销售、市场和客户数据建立销售预测模型，预测结果用于指导生产计划、采购和库存决策，并持续评估预测准确率。',
        'The enterprise shall build sales forecasting models on sales history, market and customer data whose output guides production, purchasing and stock decisions, and monitor forecast accuracy continuously.',
      ],
      guidance: [
        '预测应按产品族、区域或客户分层，并与计划流程（如产销协同会议）衔接。评审时查看预测模型、准确率趋势和预测在计划中的使用。',
        'Forecasts are layered by product family, region or customer and feed the planning process (e.g. S&OP). Reviewers look at the model, accuracy trend and use of the forecast in planning.',
      ],
      evidence: [
        ['销售预测模型说明及准确率报告', 'Sales forecasting model and accuracy report'],
        ['产销协同会议纪要', 'S&OP meeting minutes'],
      ],
      lc: ['sales', 'production'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'sales.L4.02',
      text: [
        '应基于客户与交易数据开展客户画像、价值分级和需求分析，支持精准营销、差异化定价和商机预测。',
        'The enterprise shall profile customers, grade their value and analyse their needs from customer and transaction data to support targeted marketing, differentiated pricing and opportunity prediction.',
      ],
      guidance: [
        '评审时查看客户画像维度、营销活动的数据依据和效果评估（如转化率、客单价）。',
        'Reviewers look at the profiling dimensions, the data behind campaigns and their measured effect (conversion, order value).',
      ],
      evidence: [
        ['客户画像与价值分级报告', 'Customer profiling and value grading report'],
        ['精准营销活动效果分析', 'Targeted campaign effect analysis'],
      ],
      lc: ['sales'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'sales.L5.01',
      text: [
        '应实现客户需求直达制造（C2M），客户可在线配置或定制产品，订单自动转化为设计、计划和生产指令，并可实时跟踪订单全过程。',
        'The enterprise shall connect customer demand directly to manufacturing (C2M): customers configure or customise products online, orders turn automatically into design, planning and production instructions, and customers follow the whole order in real time.',
      ],
      guidance: [
        '流程型企业可体现为客户在线指定牌号、规格或配方，并直接驱动排产。评审时查看在线定制入口、订单自动转化链路和定制订单比例。',
        'In process industries this may mean customers specifying grades, dimensions or formulations online that drive scheduling directly. Reviewers look at the online customisation entry, the automatic order-to-production chain and the share of custom orders.',
      ],
      evidence: [
        ['在线定制/配置平台截图', 'Online customisation or configuration platform screenshots'],
        [
          '定制订单自动转化为生产指令的记录',
          'Records of custom orders converted automatically into production instructions',
        ],
      ],
      lc: ['sales', 'design', 'production'],
      sl: ['collaboration', 'enterprise'],
      it: ['new_business'],
    },
    {
      id: 'sales.L5.02',
      text: [
        '应实现产销一体化运营，全渠道销售数据与计划、生产和供应链实时协同，营销策略和供应安排随市场变化自动动态调整。',
        'The enterprise shall run integrated sales-and-operations, with omnichannel sales data coordinated in real time with planning, production and supply chain, and marketing and supply adjusting automatically as the market changes.',
      ],
      guidance: [
        '评审时关注全渠道数据的实时汇聚、联动调整的规则与案例，以及库存周转和订单满足率等结果。',
        'Reviewers look at real-time aggregation of channel data, the rules and cases of coordinated adjustment, and outcomes such as inventory turns and fill rate.',
      ],
      evidence: [
        ['产销一体化运营平台截图', 'Screenshots of the integrated sales-and-operations platform'],
        ['市场变化驱动自动调整的案例', 'Cases of automatic adjustment driven by market changes'],
      ],
      lc: ['sales', 'production', 'logistics'],
      sl: ['enterprise', 'collaboration'],
      it: ['new_business', 'fusion_sharing'],
    },
  ],
);
