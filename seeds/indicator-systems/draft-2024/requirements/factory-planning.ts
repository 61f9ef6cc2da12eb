/** 工厂规划 (factory planning): new in the 2024 working draft. Our own wording. */
import { req, tags, type RequirementSpec } from '../author.ts';

export const factoryPlanning: RequirementSpec[] = [
  req(
    1,
    [
      '应制定工厂或车间的建设（改造）规划，明确产能、工艺路线、布局和物流的总体要求。',
      'A construction or upgrade plan for the factory or workshop shall state the overall requirements for capacity, process routes, layout and material flow.',
    ],
    [
      '规划应与企业战略和产品规划相衔接，有明确的目标产能和投资估算。',
      'The plan should follow from the business strategy and product plan, with a target capacity and an investment estimate.',
    ],
    [
      ['工厂或车间建设规划文件', 'Factory or workshop construction plan'],
      ['规划评审记录', 'Plan review minutes'],
    ],
    tags(['production'], ['workshop', 'enterprise'], ['resource']),
  ),
  req(
    1,
    [
      '应建立工厂规划建设项目的管理流程，覆盖需求论证、方案评审、实施和验收。',
      'A management process for factory-planning projects shall cover needs analysis, design review, implementation and acceptance.',
    ],
    [
      '看最近一个新建或改造项目是否按流程走完，并有验收结论。',
      'Check that the latest new-build or upgrade project went through the process and ended with an acceptance decision.',
    ],
    [
      [
        '项目管理流程文件和一个项目的验收报告',
        'Project process document and the acceptance report of one project',
      ],
    ],
    tags(['production'], ['enterprise'], ['resource']),
  ),
  req(
    2,
    [
      '应采用二维或三维设计软件完成厂房和产线布局设计，规划图纸、设备清单等资料统一电子化管理。',
      'Plant and line layouts shall be designed with 2D or 3D design software, and drawings, equipment lists and similar documents shall be managed electronically in one place.',
    ],
    [
      '资料应有版本管理，能查到现行有效的布局图和设备清单。',
      'Documents should be version-controlled, so the current layout and equipment list can be found.',
    ],
    [['布局设计文件及其版本记录', 'Layout design files with their version history']],
    tags(['production'], ['workshop'], ['resource']),
  ),
  req(
    2,
    [
      '应在规划阶段同步规划工业网络、数据采集点位和信息系统部署要求。',
      'Industrial networks, data-collection points and information-system deployment shall be planned together with the factory.',
    ],
    [
      '规划文件中应能找到网络拓扑、采集点位表或信息化建设章节，而不是投产后再补。',
      'The plan should contain a network topology, a list of collection points or an IT chapter, rather than adding them after start-up.',
    ],
    [
      [
        '规划中的网络拓扑和数据采集点位表',
        'Network topology and data-collection point list in the plan',
      ],
    ],
    tags(['production'], ['workshop', 'unit'], ['interconnection']),
  ),
  req(
    3,
    [
      '应基于三维模型对产线布局、物流路径和产能进行仿真验证，并用仿真结果优化规划方案。',
      'Line layout, material-flow paths and capacity shall be validated by simulation on 3D models, and the simulation results shall be used to improve the plan.',
    ],
    [
      '应能看到仿真模型、仿真结论以及由此产生的方案修改。',
      'Expect the simulation model, its conclusions and the design changes that resulted.',
    ],
    [
      ['布局或物流仿真模型与报告', 'Layout or material-flow simulation model and report'],
      ['根据仿真修改方案的记录', 'Record of design changes made from the simulation'],
    ],
    tags(['production', 'logistics'], ['workshop'], ['system_integration']),
  ),
  req(
    3,
    [
      '应实现工厂规划建设成果的数字化交付，使设备、管线、点位等工程数据可被生产和运维系统直接使用。',
      'The results of factory planning and construction shall be delivered digitally, so that engineering data on equipment, piping and signal points can be used directly by production and maintenance systems.',
    ],
    [
      '数字化交付应有统一的数据标准；验证运维系统中的设备台账是否来自交付数据。',
      'Digital handover should follow one data standard; check whether the equipment register in the maintenance system came from the handover data.',
    ],
    [['数字化交付清单和数据标准', 'Digital handover inventory and data standard']],
    tags(['production'], ['workshop', 'enterprise'], ['system_integration']),
  ),
  req(
    4,
    [
      '应基于工厂运行数据校核布局和产能模型，持续优化产线平衡和物流路径。',
      'Layout and capacity models shall be calibrated against operating data, and line balance and material-flow paths shall be optimised continually.',
    ],
    [
      '模型参数应定期用实际节拍、设备效率和物流数据更新，并有优化前后对比。',
      'Model parameters should be updated regularly with actual takt, equipment efficiency and logistics data, with before-and-after comparisons.',
    ],
    [['模型校核记录和优化效果对比', 'Model calibration records and before/after results']],
    tags(['production', 'logistics'], ['workshop'], ['fusion_sharing']),
  ),
  req(
    4,
    [
      '应建立工厂规划模型库和知识库（标准产线模块、设备模型、规划规则），支撑新工厂或新产线的快速规划。',
      'A library of planning models and knowledge (standard line modules, equipment models, planning rules) shall support fast planning of new factories or lines.',
    ],
    [
      '看新产线规划时复用了多少标准模块，规划周期是否因此缩短。',
      'Check how many standard modules were reused in a recent line plan and whether the planning time became shorter.',
    ],
    [
      [
        '模型库和知识库目录及复用记录',
        'Catalogue of the model and knowledge library with reuse records',
      ],
    ],
    tags(['design', 'production'], ['enterprise'], ['fusion_sharing']),
  ),
  req(
    5,
    [
      '应建立与实体工厂同步运行的工厂级数字孪生，支持改造方案的虚拟调试和在线评估。',
      'A factory-level digital twin running in step with the physical plant shall support virtual commissioning and online evaluation of changes.',
    ],
    [
      '孪生应接入实时运行数据，并已用于至少一次改造的虚拟调试。',
      'The twin should take live operating data and have been used for virtual commissioning of at least one change.',
    ],
    [
      [
        '工厂数字孪生系统演示和虚拟调试记录',
        'Demonstration of the factory twin and a virtual-commissioning record',
      ],
    ],
    tags(['production'], ['workshop', 'enterprise'], ['new_business']),
  ),
  req(
    5,
    [
      '应实现工厂规划与产品研发、供应链规划的协同，根据市场和产品变化动态重构产线或工厂布局。',
      'Factory planning shall work together with product development and supply-chain planning, reconfiguring lines or layouts dynamically as markets and products change.',
    ],
    [
      '例如可重构产线、模块化工厂，新产品导入时规划方案由模型自动生成并评估。',
      'For example reconfigurable lines or modular plants, where a layout for a new product is generated and evaluated by models.',
    ],
    [['产线重构案例和协同规划记录', 'A line-reconfiguration case and joint planning records']],
    tags(['design', 'production'], ['enterprise', 'collaboration'], ['new_business']),
  ),
];
