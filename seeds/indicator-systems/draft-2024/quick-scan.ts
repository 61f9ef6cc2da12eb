/**
 * Quick-scan items of the draft-2024 seed. The eighteen carried-over sub-domains reuse the
 * 2020 items (their requirements are carried over too); the seven new or rewritten
 * sub-domains are written here from their own requirements per level. Our own wording.
 */
import { QUICK_SCAN_2020, quickScanItem } from '../cmmm-2020/quick-scan.ts';
import type { QuickScanInput } from '../types.ts';
import { DOMAINS } from './tree.ts';

const NEW_ITEMS = {
  lean: quickScanItem(
    'lean',
    ['贵企业的精益管理处于哪种状态？', 'Where does lean management stand?'],
    [
      [
        '有精益推进机制并梳理价值流，现场推行5S、标准作业和目视化。',
        'Lean has an owner and value streams are mapped; 5S, standard work and visual management are in use.',
      ],
      [
        '改善提案和现场问题用系统管理，精益指标由系统数据自动计算。',
        'Improvement ideas and shop-floor issues are managed in a system; lean metrics come from system data.',
      ],
      [
        '精益指标与业务系统打通形成看板，问题闭环，拉动等规则固化在系统中。',
        'Lean metrics are linked to business systems on shared boards, issues close in the system, pull rules are built in.',
      ],
      [
        '数据分析找出浪费根因并量化改善效果，有精益改善知识库。',
        'Data analysis finds the root causes of waste and quantifies gains; a lean knowledge base exists.',
      ],
      [
        '模型自动发现改善机会并评估效果，精益延伸到供应商和客户。',
        'Models spot improvement chances and measure results automatically; lean extends to suppliers and customers.',
      ],
    ],
  ),
  'factory-planning': quickScanItem(
    'factory-planning',
    [
      '贵企业的工厂（车间）规划建设处于哪种状态？',
      'How are factories and workshops planned and built?',
    ],
    [
      [
        '有工厂或车间建设规划，规划项目按流程论证、评审和验收。',
        'A factory or workshop plan exists; projects are justified, reviewed and accepted by procedure.',
      ],
      [
        '用二维/三维软件做布局设计，同步规划网络、采集点位和系统部署。',
        'Layouts are designed in 2D/3D software, with networks, data points and systems planned alongside.',
      ],
      [
        '用三维模型仿真验证布局、物流和产能，工程数据数字化交付。',
        'Layout, material flow and capacity are simulated on 3D models; engineering data are handed over digitally.',
      ],
      [
        '用运行数据校核布局和产能模型，有规划模型库支撑快速规划。',
        'Operating data recalibrate layout and capacity models; a model library speeds up new lines.',
      ],
      [
        '工厂级数字孪生支持虚拟调试，工厂布局随市场和产品动态重构。',
        'A factory digital twin supports virtual commissioning; layouts are reconfigured as markets and products change.',
      ],
    ],
  ),
  'product-innovation': quickScanItem(
    'product-innovation',
    ['贵企业的产品创新处于哪种状态？', 'How does product innovation work?'],
    [
      [
        '有新产品立项评审流程，有计划地收集市场、客户和技术信息。',
        'New products go through a stage-gate process; market, customer and technology input is gathered.',
      ],
      [
        '用系统管理创新项目和客户需求，需求可检索并关联项目。',
        'Innovation projects and customer needs are managed in a system and linked to each other.',
      ],
      [
        '需求与设计、工艺、销售系统贯通，跨部门集成产品开发。',
        'Requirements flow into design, process and sales systems; products are developed by integrated teams.',
      ],
      [
        '基于数据模型预测需求、优化产品组合，挖掘技术和专利机会。',
        'Data models forecast demand and optimize the portfolio; technology and patent opportunities are mined.',
      ],
      [
        '开放创新平台让客户和伙伴参与，基于用户数据持续迭代新形态。',
        'An open-innovation platform involves customers and partners; products keep evolving from user data.',
      ],
    ],
  ),
  operations: quickScanItem(
    'operations',
    ['贵企业的生产作业处于哪种状态？', 'How are production operations run?'],
    [
      [
        '关键工序有作业指导书并记录作业过程，异常有上报处理流程。',
        'Key operations have work instructions and records; incidents are reported and handled.',
      ],
      [
        '用MES等系统下达任务并采集进度和产量，作业指导电子下发到工位。',
        'A system such as MES releases tasks and collects progress and output; instructions reach workstations electronically.',
      ],
      [
        '生产作业与计划、物料、设备、质量系统集成，实时监控、异常闭环。',
        'Operations are integrated with planning, material, equipment and quality systems, monitored live, incidents closed.',
      ],
      [
        '用模型优化工艺参数和产能，智能诊断生产异常并给出建议。',
        'Models optimize parameters and capacity; production incidents are diagnosed with suggested actions.',
      ],
      [
        '生产过程自适应、自组织（如柔性产线自动换产），跨厂协同生产。',
        'Production adapts and organizes itself (flexible lines switch automatically), in networks with partners.',
      ],
    ],
  ),
  quality: quickScanItem(
    'quality',
    ['贵企业的质量管理处于哪种状态？', 'Where does quality management stand?'],
    [
      [
        '有质量制度和来料、过程、成品检验规范，问题分析并跟踪纠正。',
        'Quality rules and inspection standards cover incoming, in-process and final checks; issues are corrected.',
      ],
      [
        '检验数据由系统或自动检测设备记录，关键产品可追溯。',
        'Test data are recorded by systems or automatic gauges; key products and batches are traceable.',
      ],
      [
        '关键工序在线检测、超限自动报警，质量系统与各业务集成、全流程追溯。',
        'Key operations are inspected online with alarms; the quality system is integrated and traces the whole flow.',
      ],
      [
        '用SPC和缺陷预测模型提前预警，有质量知识库快速诊断。',
        'SPC and defect-prediction models warn early; a quality knowledge base speeds diagnosis.',
      ],
      [
        '质量模型闭环自动调整工艺，与供应商和客户协同全生命周期追溯。',
        'Quality models adjust the process automatically; lifecycle traceability is shared with suppliers and customers.',
      ],
    ],
  ),
  'energy-carbon': quickScanItem(
    'energy-carbon',
    ['贵企业的能源与碳排放管理处于哪种状态？', 'How are energy and carbon managed?'],
    [
      [
        '有能碳管理制度和降碳目标，定期统计能耗并核算碳排放。',
        'Energy and carbon rules and targets exist; consumption is totalled and emissions accounted for.',
      ],
      [
        '主要用能设备计量并自动采集，能耗和碳数据在系统中生成台账。',
        'Main consumers are metered automatically; energy and carbon ledgers come from a system.',
      ],
      [
        '能源数据与生产、设备集成，按产品或工序核算，实时监控异常用能。',
        'Energy data are linked to production and equipment, accounted per product or step, anomalies flagged live.',
      ],
      [
        '用能效和碳模型预测需求、优化用能，具备产品碳足迹核算能力。',
        'Efficiency and carbon models forecast demand and optimize use; product carbon footprints are calculated.',
      ],
      [
        '能源系统自适应调控，与上下游共享碳数据、协同降碳。',
        'The energy system regulates itself; carbon data are shared along the chain to cut emissions together.',
      ],
    ],
  ),
  'supply-chain': quickScanItem(
    'supply-chain',
    ['贵企业的供应链协同处于哪种状态？', 'How far does supply-chain collaboration go?'],
    [
      [
        '有供应链管理策略，识别了单一来源等主要风险并有预案。',
        'A supply-chain policy exists; main risks such as single sources are known and planned for.',
      ],
      [
        '用系统管理供应商档案和绩效，与主要供应商电子化交换订单和交期。',
        'Supplier files and ratings are in a system; orders and due dates are exchanged electronically.',
      ],
      [
        '供应链系统与计划、采购、仓储、销售集成，与关键伙伴共享数据协同计划。',
        'Supply-chain systems are integrated with planning, purchasing, stores and sales; key partners plan jointly.',
      ],
      [
        '用模型预测需求、优化库存、预警风险，模拟中断情景评估韧性。',
        'Models forecast demand, optimize stock and warn of risks; disruption scenarios test resilience.',
      ],
      [
        '供应链控制塔实时共享、协同决策，动态优化供应网络。',
        'A control tower shares data live and decides jointly; the supply network optimizes itself.',
      ],
    ],
  ),
} as const;

type ItemInput = QuickScanInput['items'][number];

function itemFor(subdomainId: string): ItemInput {
  const item =
    (NEW_ITEMS as Record<string, ItemInput>)[subdomainId] ??
    (QUICK_SCAN_2020 as Record<string, ItemInput>)[subdomainId];
  if (item === undefined) throw new Error(`no quick-scan item for draft sub-domain ${subdomainId}`);
  return item;
}

/** In the order of the draft tree. */
export const quickScanDraft2024: QuickScanInput = {
  items: DOMAINS.flatMap((domain) => domain.subdomains.map((s) => itemFor(s.id))),
};
