/**
 * 制造 Manufacturing element of the CMMM (GB/T 39116-2020) indicator system:
 * 5 domains, 13 sub-domains, requirements at every level 1..5.
 *
 * The requirement texts are zhiping's own wording (see manufacturing/helpers.ts);
 * the sub-domains live in manufacturing/*.ts, one file each.
 */
import type { NodeInput } from '../types.ts';
import { customerService } from './manufacturing/customer-service.ts';
import { ehs } from './manufacturing/ehs.ts';
import { energy } from './manufacturing/energy.ts';
import { domain } from './manufacturing/helpers.ts';
import { logistics } from './manufacturing/logistics.ts';
import { maintenance } from './manufacturing/maintenance.ts';
import { operations } from './manufacturing/operations.ts';
import { planning } from './manufacturing/planning.ts';
import { procurement } from './manufacturing/procurement.ts';
import { processDesign } from './manufacturing/process-design.ts';
import { productDesign } from './manufacturing/product-design.ts';
import { productService } from './manufacturing/product-service.ts';
import { sales } from './manufacturing/sales.ts';
import { warehousing } from './manufacturing/warehousing.ts';

export const manufacturing: NodeInput = {
  id: 'manufacturing',
  name: { zh: '制造', en: 'Manufacturing' },
  description: {
    zh: '贯穿产品全生命周期的核心业务活动：设计、生产、物流、销售和服务。',
    en: 'The core activities across the product life cycle: design, production, logistics, sales and service.',
  },
  weight: 1,
  children: [
    domain(
      'd-design',
      ['设计', 'Design'],
      ['产品设计与工艺设计。', 'Product design and process design.'],
      [productDesign, processDesign],
    ),
    domain(
      'd-production',
      ['生产', 'Production'],
      [
        '采购、计划与调度、生产作业（含质量）、设备管理、仓储配送、安全环保和能源管理。',
        'Procurement, planning and scheduling, production operations (including quality), equipment management, warehousing and delivery, safety and environment, and energy management.',
      ],
      [procurement, planning, operations, maintenance, warehousing, ehs, energy],
    ),
    domain(
      'd-logistics',
      ['物流', 'Logistics'],
      ['厂外运输物流。', 'Transport logistics beyond the plant.'],
      [logistics],
    ),
    domain(
      'd-sales',
      ['销售', 'Sales'],
      ['销售管理与产销协同。', 'Sales management and sales–operations coordination.'],
      [sales],
    ),
    domain(
      'd-service',
      ['服务', 'Service'],
      ['客户服务与产品服务。', 'Customer service and product service.'],
      [customerService, productService],
    ),
  ],
};

/** The 13 sub-domain nodes, in tree order (for tests and tooling). */
export const manufacturingSubdomains: readonly NodeInput[] = [
  productDesign,
  processDesign,
  procurement,
  planning,
  operations,
  maintenance,
  warehousing,
  ehs,
  energy,
  logistics,
  sales,
  customerService,
  productService,
];
