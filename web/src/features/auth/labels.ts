import type { OrganizationSize } from '@zhiping/shared/api/common';
import type { Industry, ProductionType } from '@zhiping/shared/indicator-system/schema';
import type { MessageKey } from '../../i18n/index.tsx';

export const industryKey = (i: string) => `industry.${i}` as MessageKey;
export const productionTypeKey = (p: ProductionType) => `productionType.${p}` as const;
export const sizeKey = (s: OrganizationSize) => `size.${s}` as const;

/**
 * The production type an industry usually has (the seeded profiles' bases): only a default
 * the registrant can change.
 */
export const USUAL_PRODUCTION_TYPE: Record<Industry, ProductionType> = {
  steel: 'process',
  nonferrous: 'process',
  petrochemical: 'process',
  chemical: 'process',
  building_materials: 'process',
  automotive: 'discrete',
  power_equipment: 'discrete',
  shipbuilding: 'discrete',
  rail_transit: 'discrete',
  aerospace: 'discrete',
  light_industry: 'discrete',
  textile: 'discrete',
  electronics: 'discrete',
  other: 'discrete',
};
