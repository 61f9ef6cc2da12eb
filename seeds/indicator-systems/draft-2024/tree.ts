/**
 * The capability tree of our reading of the 2024 working draft: no element layer, five
 * domains, twenty-five sub-domains. Which sub-domain sits under which domain is our reading
 * [S/D]; see the document notes in index.ts.
 *
 * Default weights (the node weights) are the discrete-manufacturing table [D]; the process
 * table is in profiles.ts.
 */
import type { NodeInput, RequirementInput } from '../types.ts';
import { lt, numberRequirements, type Pair, type RequirementSpec } from './author.ts';
import { carryOver, type CarriedOverId } from './carried-over.ts';
import { energyCarbon } from './requirements/energy-carbon.ts';
import { factoryPlanning } from './requirements/factory-planning.ts';
import { lean } from './requirements/lean.ts';
import { operations } from './requirements/operations.ts';
import { productInnovation } from './requirements/product-innovation.ts';
import { quality } from './requirements/quality.ts';
import { supplyChain } from './requirements/supply-chain.ts';

/** A sub-domain written for the draft (new, or rewritten). */
interface NewSubdomain {
  kind: 'new';
  id: string;
  name: Pair;
  description: Pair;
  weight: number;
  specs: RequirementSpec[];
}

/** A sub-domain whose content is carried over from the 2020 model. */
interface CarriedSubdomain {
  kind: 'carried';
  id: CarriedOverId;
  weight: number;
}

interface Domain {
  id: string;
  name: Pair;
  description: Pair;
  weight: number;
  subdomains: (NewSubdomain | CarriedSubdomain)[];
}

const carried = (id: CarriedOverId, weight: number): CarriedSubdomain => ({
  kind: 'carried',
  id,
  weight,
});

export const DOMAINS: Domain[] = [
  {
    id: 'd-organization',
    name: ['组织战略', 'Organization and strategy'],
    description: [
      '推进智能制造的战略、组织、人员能力和精益管理基础。',
      'Strategy, organisation, people capability and the lean-management foundation for smart manufacturing.',
    ],
    weight: 0.15,
    subdomains: [
      carried('strategy', 0.4),
      carried('skills', 0.3),
      {
        kind: 'new',
        id: 'lean',
        name: ['精益管理', 'Lean management'],
        description: [
          '精益理念和工具的推行，以及用数据和系统固化、驱动持续改善。',
          'Applying lean principles and tools, and using data and systems to embed and drive continuous improvement.',
        ],
        weight: 0.3,
        specs: lean,
      },
    ],
  },
  {
    id: 'd-factory',
    name: ['工厂建设', 'Factory build-out'],
    description: [
      '工厂的规划和数字基础：装备、网络、数据、系统集成和信息安全。',
      'Planning the factory and its digital foundation: equipment, networks, data, system integration and information security.',
    ],
    weight: 0.25,
    subdomains: [
      {
        kind: 'new',
        id: 'factory-planning',
        name: ['工厂规划', 'Factory planning'],
        description: [
          '工厂和产线的规划设计、仿真验证、数字化交付及其持续优化。',
          'Planning and designing plants and lines, validating them by simulation, handing them over digitally and improving them.',
        ],
        weight: 0.15,
        specs: factoryPlanning,
      },
      carried('equipment', 0.2),
      carried('network', 0.15),
      carried('data', 0.2),
      carried('integration', 0.15),
      carried('security', 0.15),
    ],
  },
  {
    id: 'd-rnd',
    name: ['研发设计', 'Research, development and design'],
    description: [
      '从需求和创新到产品设计、工艺设计的研发全过程。',
      'The development process from needs and innovation to product and process design.',
    ],
    weight: 0.15,
    subdomains: [
      {
        kind: 'new',
        id: 'product-innovation',
        name: ['产品创新', 'Product innovation'],
        description: [
          '新产品的需求洞察、立项管理、协同开发和开放创新。',
          'Insight into needs, management of new-product projects, collaborative development and open innovation.',
        ],
        weight: 0.3,
        specs: productInnovation,
      },
      carried('product-design', 0.4),
      carried('process-design', 0.3),
    ],
  },
  {
    id: 'd-production',
    name: ['生产作业', 'Production'],
    description: [
      '计划调度、作业执行、质量、设备、仓储、安全环保和能碳等生产全过程的管控。',
      'Control of the whole production process: planning and scheduling, execution, quality, equipment, warehousing, safety and environment, energy and carbon.',
    ],
    weight: 0.3,
    subdomains: [
      carried('planning', 0.16),
      {
        kind: 'new',
        id: 'operations',
        name: ['生产作业', 'Production operations'],
        description: [
          '生产任务的下达、执行、监控和异常处理（质量内容见质量管理）。',
          'Issuing, executing and monitoring production work and handling disruptions (quality is under quality management).',
        ],
        weight: 0.16,
        specs: operations,
      },
      {
        kind: 'new',
        id: 'quality',
        name: ['质量管理', 'Quality management'],
        description: [
          '检验、质量追溯、在线检测、质量分析与闭环控制。',
          'Inspection, traceability, online inspection, quality analysis and closed-loop control.',
        ],
        weight: 0.16,
        specs: quality,
      },
      carried('maintenance', 0.14),
      carried('warehousing', 0.12),
      carried('ehs', 0.12),
      {
        kind: 'new',
        id: 'energy-carbon',
        name: ['能碳管理', 'Energy and carbon management'],
        description: [
          '能源计量、监控、优化以及碳排放核算和协同降碳。',
          'Energy metering, monitoring and optimisation, carbon accounting and joint carbon reduction.',
        ],
        weight: 0.14,
        specs: energyCarbon,
      },
    ],
  },
  {
    id: 'd-business',
    name: ['业务运营', 'Business operations'],
    description: [
      '采购、供应链、物流、销售和服务等面向外部的经营活动。',
      'Outward-facing business activities: purchasing, supply chain, logistics, sales and service.',
    ],
    weight: 0.15,
    subdomains: [
      carried('procurement', 0.2),
      {
        kind: 'new',
        id: 'supply-chain',
        name: ['供应链协同', 'Supply-chain collaboration'],
        description: [
          '供应商管理、供应链风险与韧性，以及与上下游的协同计划和决策。',
          'Supplier management, supply-chain risk and resilience, and joint planning and decisions with partners.',
        ],
        weight: 0.15,
        specs: supplyChain,
      },
      carried('logistics', 0.15),
      carried('sales', 0.2),
      carried('customer-service', 0.15),
      carried('product-service', 0.15),
    ],
  },
];

function newSubdomainNode(s: NewSubdomain): NodeInput {
  const requirements: RequirementInput[] = numberRequirements(s.id, s.specs);
  return {
    id: s.id,
    name: lt(s.name),
    description: lt(s.description),
    weight: s.weight,
    requirements,
  };
}

/** Builds the draft-2024 tree; carried-over content is read from the 2020 tree. */
export function buildTree(tree2020: readonly NodeInput[]): NodeInput[] {
  const fromOld = carryOver(tree2020);
  return DOMAINS.map((domain) => ({
    id: domain.id,
    name: lt(domain.name),
    description: lt(domain.description),
    weight: domain.weight,
    children: domain.subdomains.map((s): NodeInput => {
      if (s.kind === 'new') return newSubdomainNode(s);
      const old = fromOld[s.id];
      const node: NodeInput = {
        id: s.id,
        name: old.name,
        weight: s.weight,
        requirements: old.requirements,
      };
      if (old.description) node.description = old.description;
      return node;
    }),
  }));
}
