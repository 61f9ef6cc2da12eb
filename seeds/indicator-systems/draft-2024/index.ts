/**
 * cmmm-draft-2024: our reading of the 2024 working draft of the revised maturity model
 * (domain.md §2 [S]). Depth 2: five domains, twenty-five sub-domains, no element layer.
 *
 * New or rewritten sub-domains (精益管理, 工厂规划, 产品创新, 生产作业 without quality, 质量管理,
 * 能碳管理, 供应链协同) are written here in our own words; the other eighteen carry the
 * cmmm-2020 seed's requirement content over under draft ids (carried-over.ts).
 */
import { cmmm2020 } from '../cmmm-2020/index.ts';
import { levels } from '../cmmm-2020/levels.ts';
import type { IndicatorSystemInput } from '../types.ts';
import { profiles } from './profiles.ts';
import { quickScanDraft2024 } from './quick-scan.ts';
import { buildTree } from './tree.ts';

export const draft2024: IndicatorSystemInput = {
  format: 'zhiping.indicator-system/1',
  code: 'cmmm-draft-2024',
  version: '2024.draft1',
  // Our reading of the 2024 revision's working draft: offered as a draft for comments.
  draftForComments: true,
  name: {
    zh: '智能制造能力成熟度模型（2024 修订工作稿解读版）',
    en: 'Smart-manufacturing capability maturity model (our reading of the 2024 revision draft)',
  },
  description: {
    zh:
      '依据公开报道的 2024 年修订工作稿整理：取消要素层，设组织战略、工厂建设、研发设计、生产作业、业务运营 5 个能力域、25 个能力子域。' +
      '新增精益管理、工厂规划、产品创新、能碳管理，质量管理从生产作业中拆出。' +
      '各子域的归属和第 25 个子域“供应链协同”是我们的解读（工作稿原文未能查阅），待正式版发布后核对。',
    en:
      'Built from public reports of the 2024 revision working draft: no element layer; five capability domains (organization and strategy, factory build-out, R&D and design, production, business operations) and twenty-five sub-domains. ' +
      'New: lean management, factory planning, product innovation, energy and carbon management; quality management split out of production operations. ' +
      'Which domain each sub-domain sits under, and the twenty-fifth sub-domain "supply-chain collaboration", are our reading (the draft text itself could not be read); check against the published revision.',
  },
  levels,
  tree: buildTree(cmmm2020.tree),
  profiles,
  scoring: {
    answerScale: { full: 1, most: 0.8, partial: 0.5, none: 0 },
    threshold: 0.8,
    thresholdInclusive: true,
  },
  notes: {
    zh:
      '[S] 5 个能力域和 25 个子域的数量、新增子域名称来自公开报道的工作稿；[D] 子域在能力域间的分配为：' +
      '组织战略（组织战略、人员技能、精益管理）；工厂建设（工厂规划、装备、网络、数据、集成、信息安全）；' +
      '研发设计（产品创新、产品设计、工艺设计）；生产作业（计划与调度、生产作业、质量管理、设备管理、仓储配送、安全环保、能碳管理）；' +
      '业务运营（采购、供应链协同、物流、销售、客户服务、产品服务）。' +
      '能碳管理取代 2020 版的能源管理。沿用的 18 个子域的要求内容取自 cmmm-2020 种子并重新编号（d24.<子域>.L<级>.<序号>）；' +
      '新增和重写的 7 个子域为我们自行编写。权重为我们的默认值，非官方权重表。',
    en:
      '[S] The counts (5 domains, 25 sub-domains) and the names of the new sub-domains come from public reports of the working draft. [D] Our allocation: ' +
      'organization and strategy (strategy, skills, lean); factory build-out (factory planning, equipment, network, data, integration, information security); ' +
      'R&D and design (product innovation, product design, process design); production (planning and scheduling, operations, quality, maintenance, warehousing, safety and environment, energy and carbon); ' +
      'business operations (procurement, supply-chain collaboration, logistics, sales, customer service, product service). ' +
      'Energy and carbon management replaces the 2020 energy management. The 18 carried-over sub-domains reuse the cmmm-2020 seed requirements under new ids (d24.<sub-domain>.L<level>.<nn>); ' +
      'the 7 new or rewritten sub-domains are written by us. Weights are our defaults, not an official table.',
  },
  quickScan: quickScanDraft2024,
};
