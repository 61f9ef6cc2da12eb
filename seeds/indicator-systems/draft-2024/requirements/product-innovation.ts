/** 产品创新 (product innovation): new in the 2024 working draft. Our own wording. */
import { req, tags, type RequirementSpec } from '../author.ts';

export const productInnovation: RequirementSpec[] = [
  req(
    1,
    [
      '应建立产品创新管理制度，明确新产品立项、评审和上市的流程与职责。',
      'A product-innovation procedure shall define the process and responsibilities for launching, reviewing and releasing new products.',
    ],
    [
      '看最近的新产品项目是否按流程立项并经过阶段评审。',
      'Check that recent new-product projects were launched under the procedure and passed stage reviews.',
    ],
    [
      [
        '产品创新管理制度和一个项目的立项评审记录',
        'The innovation procedure and the launch review of one project',
      ],
    ],
    tags(['design'], ['enterprise'], ['resource']),
  ),
  req(
    1,
    [
      '应有计划地收集市场、客户和技术趋势信息，作为新产品规划的输入。',
      'Market, customer and technology-trend information shall be collected systematically as input to new-product planning.',
    ],
    [
      '信息收集应有固定渠道和责任人，并能在产品规划文件中看到引用。',
      'Collection should have set channels and owners, and the product plan should refer to it.',
    ],
    [['市场或技术调研报告', 'Market or technology survey reports']],
    tags(['design', 'sales'], ['enterprise'], ['resource']),
  ),
  req(
    2,
    [
      '应采用信息系统管理产品创新项目的需求、立项、进度和评审，创新过程可追溯。',
      'Requirements, launch, schedule and reviews of innovation projects shall be managed in an information system, so that the innovation process is traceable.',
    ],
    [
      '项目管理或研发管理系统中应能查到项目的各阶段记录。',
      'The project or R&D management system should hold the record of every stage.',
    ],
    [['研发项目管理系统的项目记录', 'Project records in the R&D project-management system']],
    tags(['design'], ['enterprise'], ['resource']),
  ),
  req(
    2,
    [
      '应对客户需求和市场信息进行数字化管理，需求可分类、检索并关联到创新项目。',
      'Customer needs and market information shall be managed digitally, so that needs can be classified, searched and linked to innovation projects.',
    ],
    [
      '检查需求池：每条需求有来源、分类和状态，并能追到对应项目。',
      'Inspect the needs pool: each need has a source, a category and a status, and can be traced to a project.',
    ],
    [['需求池或需求管理系统截图', 'Screens of the needs pool or requirements system']],
    tags(['design', 'sales'], ['enterprise'], ['interconnection']),
  ),
  req(
    3,
    [
      '应实现需求管理、创新项目与设计、工艺、销售等系统的数据贯通，需求变化可自动传递到研发过程。',
      'Requirements management and innovation projects shall share data with design, process and sales systems, so that a change in needs reaches the development process automatically.',
    ],
    [
      '例如销售系统中的客户需求可直接生成研发需求，需求变更自动通知相关设计任务。',
      'For example, a customer request in the sales system creates an R&D requirement directly, and a change notifies the affected design tasks.',
    ],
    [['需求在系统间流转的记录', 'Records of a requirement flowing between systems']],
    tags(['design', 'sales'], ['enterprise'], ['system_integration']),
  ),
  req(
    3,
    [
      '应建立研发、制造、营销、服务跨部门协同的集成产品开发机制，并有信息系统支撑。',
      'An integrated product-development practice shall bring R&D, manufacturing, marketing and service together, supported by information systems.',
    ],
    [
      '看跨部门团队是否在同一平台上协同评审，制造和服务的意见能否在设计阶段进入。',
      'Check that cross-functional teams review on one platform and that manufacturing and service input reaches the design stage.',
    ],
    [['跨部门协同评审记录', 'Cross-functional review records']],
    tags(['design', 'production', 'service'], ['enterprise'], ['system_integration']),
  ),
  req(
    4,
    [
      '应基于市场、使用和服务数据建立需求预测与产品组合优化模型，支撑创新方向决策。',
      'Demand-forecasting and portfolio-optimisation models built on market, usage and service data shall support decisions on innovation direction.',
    ],
    [
      '模型的输入、输出和被采纳的决策应有记录。',
      'The model’s inputs, outputs and the decisions it informed should be recorded.',
    ],
    [['需求预测或产品组合分析报告', 'Demand forecast or portfolio analysis report']],
    tags(['design', 'sales', 'service'], ['enterprise'], ['fusion_sharing']),
  ),
  req(
    4,
    [
      '应建立技术与专利知识库，利用数据挖掘识别技术机会，并评估创新项目的风险和收益。',
      'A technology and patent knowledge base shall be mined to identify technology opportunities and to assess the risk and return of innovation projects.',
    ],
    [
      '看立项评审中是否使用了知识库分析结果。',
      'Check whether launch reviews use the analyses from the knowledge base.',
    ],
    [['技术或专利分析报告', 'Technology or patent analysis report']],
    tags(['design'], ['enterprise'], ['fusion_sharing']),
  ),
  req(
    5,
    [
      '应构建开放创新平台，使客户、供应商和外部研发资源参与产品创新和验证。',
      'An open innovation platform shall let customers, suppliers and external R&D resources take part in product innovation and validation.',
    ],
    [
      '平台应有外部参与者的真实贡献记录，如客户共创方案、供应商联合开发。',
      'The platform should show real contributions from outside parties, such as co-created customer designs or joint development with suppliers.',
    ],
    [
      [
        '开放创新平台及外部参与记录',
        'The open innovation platform and records of outside participation',
      ],
    ],
    tags(['design'], ['collaboration'], ['new_business']),
  ),
  req(
    5,
    [
      '应基于产品运行和用户数据持续迭代产品，形成新的产品形态或服务模式（如个性化定制、产品即服务）。',
      'Products shall be iterated continually from operating and user data, giving rise to new product forms or service models (e.g. mass customisation, product-as-a-service).',
    ],
    [
      '看产品迭代是否由数据驱动，以及新模式是否已有收入。',
      'Check that product iterations are driven by data and that the new model already earns revenue.',
    ],
    [
      ['数据驱动迭代的产品版本记录', 'Version history of data-driven product iterations'],
      ['新模式的业务数据', 'Business figures of the new model'],
    ],
    tags(['design', 'service'], ['collaboration'], ['new_business']),
  ),
];
