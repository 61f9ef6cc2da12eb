/**
 * 供应链协同 (supply-chain collaboration): our 25th sub-domain of the 2024 reading [D],
 * after the 2024 standard-system guide's 智慧供应链 part (建设, 运营, 评估). Our own wording.
 */
import { req, tags, type RequirementSpec } from '../author.ts';

export const supplyChain: RequirementSpec[] = [
  req(
    1,
    [
      '应制定供应链管理策略，明确供应商准入、评价和关键物料供应保障的要求。',
      'A supply-chain strategy shall set requirements for supplier admission, supplier evaluation and securing the supply of key materials.',
    ],
    [
      '看是否有合格供应商名录和定期评价记录。',
      'Look for an approved-supplier list and periodic evaluation records.',
    ],
    [['供应商管理制度和合格供应商名录', 'Supplier procedure and approved-supplier list']],
    tags(['logistics'], ['enterprise'], ['resource']),
  ),
  req(
    1,
    [
      '应识别供应链的主要风险（如单一来源、长交期物料），并制定应对预案。',
      'The main supply-chain risks (e.g. single sources, long-lead items) shall be identified, with contingency plans.',
    ],
    [
      '风险清单应与关键物料对应，并有负责人。',
      'The risk list should map to key materials and have owners.',
    ],
    [['供应链风险清单和应急预案', 'Supply-chain risk list and contingency plans']],
    tags(['logistics'], ['enterprise'], ['resource']),
  ),
  req(
    2,
    [
      '应采用信息系统管理供应商档案、合同和绩效评价，评价结果可统计。',
      'Supplier records, contracts and performance ratings shall be managed in an information system, with ratings reportable.',
    ],
    [
      '绩效评价应基于交付、质量、价格等数据，而非仅凭主观打分。',
      'Ratings should rest on delivery, quality and price data, not only on subjective scores.',
    ],
    [
      [
        '供应商管理系统中的档案和绩效报表',
        'Supplier records and performance reports in the system',
      ],
    ],
    tags(['logistics'], ['enterprise'], ['interconnection']),
  ),
  req(
    2,
    [
      '应与主要供应商以电子化方式交换订单、交期和发货信息。',
      'Orders, delivery dates and shipping notices shall be exchanged electronically with the main suppliers.',
    ],
    [
      '可以是供应商门户、电子数据交换或平台对接；电子邮件附件不计。',
      'This may be a supplier portal, EDI or platform connection; e-mail attachments do not count.',
    ],
    [['供应商门户或电子数据交换的记录', 'Supplier-portal or EDI records']],
    tags(['logistics'], ['enterprise', 'collaboration'], ['interconnection']),
  ),
  req(
    3,
    [
      '应将供应链管理系统与计划、采购、仓储和销售系统集成，需求变化可自动传递到供应链。',
      'The supply-chain system shall be integrated with planning, purchasing, warehousing and sales systems, so that demand changes reach the supply chain automatically.',
    ],
    [
      '验证一次销售订单变更是否自动引起物料需求和供应商交期的更新。',
      'Verify that a change to a sales order automatically updates material requirements and supplier due dates.',
    ],
    [['需求变更在系统间传递的记录', 'Records of a demand change passing between systems']],
    tags(['logistics', 'sales'], ['enterprise'], ['system_integration']),
  ),
  req(
    3,
    [
      '应与关键供应商和客户共享库存、产能或交付状态数据，开展协同计划。',
      'Inventory, capacity or delivery status shall be shared with key suppliers and customers for collaborative planning.',
    ],
    [
      '例如供应商管理库存、滚动预测共享。',
      'For example vendor-managed inventory or shared rolling forecasts.',
    ],
    [
      [
        '协同计划或库存共享的协议与数据',
        'Agreements and data of collaborative planning or inventory sharing',
      ],
    ],
    tags(['logistics'], ['collaboration'], ['system_integration']),
  ),
  req(
    4,
    [
      '应基于供应链数据建立需求预测、库存优化和风险预警模型。',
      'Demand-forecasting, inventory-optimisation and risk early-warning models shall be built on supply-chain data.',
    ],
    [
      '看模型的预测准确率和库存周转等指标的变化。',
      'Look at forecast accuracy and changes in indicators such as inventory turns.',
    ],
    [
      [
        '预测与库存优化模型的说明和效果',
        'Description and results of forecasting and inventory models',
      ],
    ],
    tags(['logistics'], ['enterprise'], ['fusion_sharing']),
  ),
  req(
    4,
    [
      '应开展供应链韧性评估，基于模型模拟中断情景并优化备选供应方案。',
      'Supply-chain resilience shall be assessed by simulating disruptions on models and optimising alternative sources.',
    ],
    [
      '应有情景模拟的记录和据此调整的供应方案。',
      'Expect records of scenario simulations and the supply plans adjusted as a result.',
    ],
    [['供应链韧性评估或中断模拟报告', 'Resilience assessment or disruption simulation report']],
    tags(['logistics'], ['enterprise', 'collaboration'], ['fusion_sharing']),
  ),
  req(
    5,
    [
      '应构建供应链协同平台（如供应链控制塔），实现上下游实时数据共享和协同决策。',
      'A supply-chain collaboration platform (e.g. a control tower) shall give real-time data sharing and joint decisions along the chain.',
    ],
    [
      '平台应连接主要上下游企业，并能看到基于平台做出的协同决策。',
      'The platform should connect the main upstream and downstream partners and show joint decisions made on it.',
    ],
    [
      [
        '供应链控制塔或协同平台演示',
        'Demonstration of the control tower or collaboration platform',
      ],
    ],
    tags(['logistics', 'sales'], ['collaboration'], ['new_business']),
  ),
  req(
    5,
    [
      '应基于模型动态优化供应网络，支撑网络协同制造等产业链协同新模式。',
      'The supply network shall be optimised dynamically by models, supporting new chain-wide models such as networked collaborative manufacturing.',
    ],
    [
      '例如根据产能和需求变化在多个工厂或合作方之间自动分配订单。',
      'For example, orders are allocated automatically among several plants or partners as capacity and demand change.',
    ],
    [
      [
        '供应网络动态优化或协同制造的案例',
        'A case of dynamic network optimisation or collaborative manufacturing',
      ],
    ],
    tags(['logistics', 'production'], ['collaboration'], ['new_business']),
  ),
];
