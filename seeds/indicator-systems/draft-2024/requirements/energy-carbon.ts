/**
 * 能碳管理 (energy and carbon management): replaces 能源管理 in the 2024 working draft and
 * adds carbon accounting. Our own wording, anchored on the public level summaries for energy.
 */
import { req, tags, type RequirementSpec } from '../author.ts';

export const energyCarbon: RequirementSpec[] = [
  req(
    1,
    [
      '应建立能源和碳排放管理制度，明确职责、统计口径以及节能降碳目标。',
      'An energy and carbon procedure shall define responsibilities, accounting boundaries and energy-saving and carbon-reduction targets.',
    ],
    [
      '目标应量化（如单位产品能耗、碳排放强度）并分解到部门。',
      'Targets should be quantified (e.g. energy per unit of output, carbon intensity) and assigned to departments.',
    ],
    [['能源与碳排放管理制度和年度目标', 'Energy and carbon procedure with annual targets']],
    tags(['production'], ['enterprise'], ['resource']),
  ),
  req(
    1,
    [
      '应定期统计主要能源消耗，并按适用的方法核算企业碳排放量。',
      'Main energy consumption shall be tallied regularly, and the enterprise’s carbon emissions shall be calculated by an applicable method.',
    ],
    [
      '本级允许手工抄表和表格统计，但口径要一致、记录要连续。',
      'Manual meter reading and spreadsheets are acceptable at this level, provided the definitions are consistent and the records continuous.',
    ],
    [['能源统计台账和碳排放核算表', 'Energy statistics and carbon-emission calculation']],
    tags(['production'], ['enterprise'], ['resource']),
  ),
  req(
    2,
    [
      '应对主要用能设备和工序配备计量器具，并自动采集主要能耗数据。',
      'Main energy-using equipment and operations shall be metered, with the main consumption data collected automatically.',
    ],
    [
      '看计量器具配备率和自动采集的覆盖范围（按能耗占比）。',
      'Look at the meter coverage and the share of consumption that is collected automatically.',
    ],
    [['计量器具清单和自动采集点位表', 'Meter list and automatic collection points']],
    tags(['production'], ['unit', 'workshop'], ['interconnection']),
  ),
  req(
    2,
    [
      '应采用信息系统管理能耗和碳排放数据，自动生成台账和报表。',
      'Energy and carbon data shall be managed in an information system that produces the registers and reports.',
    ],
    [
      '系统可以是能源管理系统或平台模块，报表应不再依赖人工汇总。',
      'The system may be an energy management system or a platform module; reports should no longer depend on manual consolidation.',
    ],
    [['能源管理系统报表', 'Reports from the energy management system']],
    tags(['production'], ['enterprise'], ['interconnection']),
  ),
  req(
    3,
    [
      '应将能源数据与生产、设备数据集成，能耗和碳排放可按产品、工序或班组核算和分析。',
      'Energy data shall be integrated with production and equipment data, so that energy and carbon can be accounted for and analysed per product, operation or shift.',
    ],
    [
      '验证能否查到某一产品或工序的单耗，以及它与产量、设备状态的关系。',
      'Verify that the specific consumption of a product or operation can be found, together with its relation to output and equipment status.',
    ],
    [['按产品或工序的能耗与碳排放分析报表', 'Energy and carbon analysis by product or operation']],
    tags(['production'], ['workshop', 'enterprise'], ['system_integration']),
  ),
  req(
    3,
    [
      '应对能源使用进行实时监控，异常用能自动报警，并支持能源平衡调度。',
      'Energy use shall be monitored in real time, with automatic alerts on abnormal consumption and support for balancing and dispatch.',
    ],
    [
      '报警应有阈值和处置记录；流程型企业应能看到能源介质的平衡调度。',
      'Alerts should have thresholds and handling records; process enterprises should show balancing and dispatch of energy media.',
    ],
    [['能源监控画面和异常报警记录', 'Energy monitoring screens and alert records']],
    tags(['production'], ['workshop'], ['system_integration']),
  ),
  req(
    4,
    [
      '应建立能效和碳排放模型，预测能源需求，并优化用能计划和设备运行参数。',
      'Energy-efficiency and carbon models shall forecast energy demand and optimise energy plans and equipment operating parameters.',
    ],
    [
      '看模型输出是否被采纳（如错峰生产、负荷优化）以及节能效果。',
      'Check whether model output is acted on (e.g. off-peak scheduling, load optimisation) and what it saved.',
    ],
    [
      [
        '能源预测与优化模型的应用记录和效果',
        'Use records and results of energy forecasting and optimisation models',
      ],
    ],
    tags(['production'], ['workshop', 'enterprise'], ['fusion_sharing']),
  ),
  req(
    4,
    [
      '应具备产品碳足迹核算能力，并用数据评估节能降碳措施的效果。',
      'The enterprise shall be able to calculate product carbon footprints and shall evaluate energy and carbon measures with data.',
    ],
    [
      '碳足迹应基于实测能耗和物料数据，而非仅用行业缺省值。',
      'Footprints should rest on measured energy and material data rather than industry defaults alone.',
    ],
    [
      ['产品碳足迹核算报告', 'Product carbon-footprint report'],
      ['节能降碳措施的效果评估', 'Evaluation of energy and carbon measures'],
    ],
    tags(['production', 'design'], ['enterprise'], ['fusion_sharing']),
  ),
  req(
    5,
    [
      '应实现能源系统的自适应调控（如源网荷储协同、余能回收优化），持续降低单位产品能耗和碳排放。',
      'The energy system shall regulate itself (e.g. coordinating generation, grid, load and storage; optimising waste-energy recovery), steadily lowering energy and carbon per unit of output.',
    ],
    [
      '看自动调控的范围和近年单位产品能耗、碳排放的趋势。',
      'Look at the scope of automatic regulation and the trend of energy and carbon per unit over recent years.',
    ],
    [
      ['自适应能源调控的运行记录', 'Run records of self-regulating energy control'],
      ['单位产品能耗和碳排放趋势', 'Trend of energy and carbon per unit'],
    ],
    tags(['production'], ['workshop', 'enterprise'], ['new_business']),
  ),
  req(
    5,
    [
      '应与供应链上下游共享碳排放数据，开展产业链协同降碳和绿色产品认证。',
      'Carbon data shall be shared with suppliers and customers for joint carbon reduction along the chain and green-product certification.',
    ],
    [
      '例如向客户提供产品碳足迹数据，要求关键供应商提供碳数据。',
      'For example, supplying product footprints to customers and requiring carbon data from key suppliers.',
    ],
    [
      [
        '与上下游交换碳数据的记录或平台',
        'Records or platform for exchanging carbon data with partners',
      ],
    ],
    tags(['production', 'logistics'], ['collaboration'], ['new_business']),
  ),
];
