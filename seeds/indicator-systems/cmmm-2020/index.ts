/**
 * The CMMM 2020 indicator-system document (GB/T 39116-2020): 4 elements, 12 domains,
 * 20 sub-domains, 5 levels, base and industry profiles, scoring parameters.
 */
import type { IndicatorSystemInput } from '@zhiping/shared';
import type { NodeInput } from '../types.ts';
import { levels } from './levels.ts';
import { manufacturing } from './manufacturing.ts';
import { personnel } from './personnel.ts';
import { DISCRETE_WEIGHTS, profiles } from './profiles.ts';
import { quickScan2020 } from './quick-scan.ts';
import { resource } from './resource.ts';
import { technology } from './technology.ts';

/**
 * The tree's default weights are the discrete base table, so that a profile without a
 * weight for some node still gets a considered value. One table, one source of truth.
 */
function withDefaultWeights(node: NodeInput): NodeInput {
  const weight = DISCRETE_WEIGHTS[node.id];
  if (weight === undefined) throw new Error(`no default weight for node ${node.id}`);
  return {
    ...node,
    weight,
    ...(node.children ? { children: node.children.map(withDefaultWeights) } : {}),
  };
}

export const cmmm2020: IndicatorSystemInput = {
  format: 'zhiping.indicator-system/1',
  code: 'cmmm-2020',
  version: '2020.1',
  name: {
    zh: '智能制造能力成熟度模型（GB/T 39116-2020）',
    en: 'Smart Manufacturing Capability Maturity Model (GB/T 39116-2020)',
  },
  description: {
    zh: '按GB/T 39116-2020的结构组织的评估指标体系：人员、技术、资源、制造4个要素，12个能力域，20个能力子域，规划级至引领级5个等级；每个能力子域在各等级设有若干成熟度要求，每条要求对应一道评估题目。包含离散型、流程型两个基础档案及14个行业档案。',
    en: 'An assessment indicator system organized like GB/T 39116-2020: 4 elements (personnel, technology, resource, manufacturing), 12 domains, 20 sub-domains and 5 levels from Planning to Leading; each sub-domain has a few maturity requirements per level, each one a questionnaire item. Includes discrete and process base profiles and 14 industry profiles.',
  },
  notes: {
    zh: '来源说明：要素、能力域、能力子域和等级的结构依据GB/T 39116-2020的公开信息；各条成熟度要求、指导说明和证据提示均为智评依据公开的等级含义自行撰写，并非标准原文。行业档案的关注点转述自《国家智能制造标准体系建设指南（2024版）》（征求意见稿）第四部分（三）。全部权重为智评默认值，有官方权重表时应以官方表替换；评分参数（答案分值、0.8达标阈值）为通行做法，可由管理员在草稿版本中调整。',
    en: "Provenance: the structure of elements, domains, sub-domains and levels follows public information on GB/T 39116-2020; every maturity requirement, guidance note and evidence hint is zhiping's own wording based on the public level descriptions, not the standard's text. The industry focus of each profile paraphrases section 4(3) of the National Smart Manufacturing Standard System Construction Guide (2024 edition, draft for comments). All weights are zhiping defaults, to be replaced by the official table where available; the scoring parameters (answer values, 0.8 threshold) follow common practice and can be changed by admins on a draft version.",
  },
  levels,
  tree: [personnel, technology, resource, manufacturing].map(withDefaultWeights),
  profiles,
  scoring: {
    answerScale: { full: 1, most: 0.8, partial: 0.5, none: 0 },
    threshold: 0.8,
    thresholdInclusive: true,
  },
  quickScan: quickScan2020,
};
