/**
 * 质量管理 (quality management): split out of 生产作业 in the 2024 working draft.
 * Our own wording, anchored on the public level summaries for quality (domain.md §2).
 */
import { req, tags, type RequirementSpec } from '../author.ts';

export const quality: RequirementSpec[] = [
  req(
    1,
    [
      '应建立质量管理制度和检验规范，覆盖来料、过程和成品检验。',
      'A quality procedure and inspection specifications shall cover incoming, in-process and final inspection.',
    ],
    [
      '检验规范应规定检验项目、方法、频次和判定标准；人工检验在本级可以满足。',
      'Specifications should state what is inspected, how, how often and the acceptance criteria; manual inspection is sufficient at this level.',
    ],
    [
      ['质量手册或质量管理制度', 'Quality manual or procedure'],
      ['来料、过程、成品检验规范', 'Incoming, in-process and final inspection specifications'],
    ],
    tags(['production'], ['workshop', 'enterprise'], ['resource']),
  ),
  req(
    1,
    [
      '应记录质量问题并进行原因分析，制定并跟踪纠正和预防措施。',
      'Quality problems shall be recorded and analysed for cause, with corrective and preventive actions defined and followed up.',
    ],
    [
      '看不合格品记录和纠正措施报告是否成对出现并有关闭确认。',
      'Check that nonconformance records are matched by corrective-action reports with a confirmed closure.',
    ],
    [
      [
        '不合格品记录和纠正预防措施报告',
        'Nonconformance records and corrective/preventive action reports',
      ],
    ],
    tags(['production'], ['workshop'], ['resource']),
  ),
  req(
    2,
    [
      '应采用信息系统或自动检测设备记录检验数据，关键质量数据可查询和统计。',
      'Inspection data shall be recorded by an information system or automatic test equipment, and key quality data shall be searchable and reportable.',
    ],
    [
      '关键工序或关键特性的检验结果应电子化，能按批次、时间、产品查询。',
      'Results for key operations or characteristics should be electronic and searchable by batch, time and product.',
    ],
    [
      [
        '质量管理系统或检测设备的数据记录与报表',
        'Records and reports from the quality system or test equipment',
      ],
    ],
    tags(['production'], ['unit', 'workshop'], ['interconnection']),
  ),
  req(
    2,
    [
      '应实现关键产品或批次的质量追溯，能查到所用原材料、工序、人员和设备。',
      'Key products or batches shall be traceable to the materials, operations, operators and equipment used.',
    ],
    [
      '现场抽一个成品批次，要求在合理时间内追溯到原料批次和加工记录。',
      'Pick a finished batch on site and ask to trace it to material lots and processing records within a reasonable time.',
    ],
    [['一次追溯演示或追溯报告', 'A traceability demonstration or report']],
    tags(['production'], ['workshop'], ['interconnection']),
  ),
  req(
    3,
    [
      '应在关键工序实现在线检测和质量数据自动采集，质量数据超出控制限时自动报警。',
      'Key operations shall have online inspection with automatic collection of quality data, and automatic alerts when data leave control limits.',
    ],
    [
      '在线检测可以是机器视觉、在线测量仪器等；报警应推送给责任人并有处置记录。',
      'Online inspection may be machine vision, inline gauges and the like; alerts should reach the owner and their handling should be recorded.',
    ],
    [
      [
        '在线检测设备清单和数据接入情况',
        'List of online inspection devices and their data connections',
      ],
      ['质量报警及处置记录', 'Quality alert and response records'],
    ],
    tags(['production'], ['unit', 'workshop'], ['system_integration']),
  ),
  req(
    3,
    [
      '应将质量管理系统与生产执行、采购、设备等系统集成，实现质量数据跨业务共享和全流程追溯。',
      'The quality system shall be integrated with production execution, purchasing, maintenance and other systems, so that quality data is shared across activities and traceable end to end.',
    ],
    [
      '例如来料检验结果自动影响供应商评价，过程质量异常自动关联设备状态。',
      'For example, incoming-inspection results feed supplier ratings automatically, and process-quality anomalies link to equipment status.',
    ],
    [
      [
        '系统集成接口说明和跨系统追溯演示',
        'Interface descriptions and a cross-system traceability demonstration',
      ],
    ],
    tags(['production'], ['workshop', 'enterprise'], ['system_integration']),
  ),
  req(
    4,
    [
      '应基于质量数据建立分析模型（如统计过程控制、缺陷预测），提前预测质量异常并给出改进建议。',
      'Analytical models on quality data (e.g. statistical process control, defect prediction) shall predict quality anomalies before they occur and suggest improvements.',
    ],
    [
      '看模型是否真正在用：预测结果、采取的措施和效果应有记录。',
      'Check that the models are in use: predictions, actions taken and results should be recorded.',
    ],
    [
      [
        '质量预测模型说明和应用记录',
        'Description of the quality-prediction model and its use records',
      ],
    ],
    tags(['production'], ['workshop'], ['fusion_sharing']),
  ),
  req(
    4,
    [
      '应建立质量知识库（缺陷模式、原因和对策），支撑质量问题的快速诊断。',
      'A quality knowledge base (defect modes, causes and countermeasures) shall support fast diagnosis of quality problems.',
    ],
    [
      '新问题出现时，系统应能推荐相似案例和对策。',
      'When a new problem appears, the system should suggest similar cases and countermeasures.',
    ],
    [
      [
        '质量知识库条目和调用记录',
        'Entries of the quality knowledge base and records of their use',
      ],
    ],
    tags(['production', 'design'], ['enterprise'], ['fusion_sharing']),
  ),
  req(
    5,
    [
      '应基于质量模型对工艺参数进行闭环自动调整，实现质量的自适应控制。',
      'Process parameters shall be adjusted automatically in a closed loop by quality models, giving self-adapting quality control.',
    ],
    [
      '闭环调整应有边界和审计记录；看调整前后的质量波动变化。',
      'Closed-loop adjustment should have limits and an audit trail; compare quality variation before and after.',
    ],
    [['闭环质量控制的运行记录', 'Run records of closed-loop quality control']],
    tags(['production'], ['unit', 'workshop'], ['new_business']),
  ),
  req(
    5,
    [
      '应与供应商和客户协同共享质量数据，实现覆盖产品全生命周期的质量追溯和持续改进。',
      'Quality data shall be shared with suppliers and customers, giving traceability and continual improvement over the whole product lifecycle.',
    ],
    [
      '例如现场使用中的质量问题能回溯到供应商批次，并驱动供应商和设计的改进。',
      'For example, a field quality problem can be traced back to a supplier lot and drives improvement at the supplier and in design.',
    ],
    [
      [
        '与上下游共享质量数据的平台或协议',
        'Platform or agreement for sharing quality data up and down the chain',
      ],
    ],
    tags(['production', 'service'], ['collaboration'], ['new_business']),
  ),
];
