import type { OrganizationView, Role, UserView } from '@zhiping/shared';
import type { OrganizationRow, UserRow } from './repository.ts';

export const userView = (u: UserRow): UserView => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role as Role,
  organizationId: u.organizationId,
  locale: u.locale,
  disabled: u.disabledAt !== null,
});

export const organizationView = (o: OrganizationRow): OrganizationView => ({
  id: o.id,
  name: o.name,
  creditCode: o.creditCode,
  industry: o.industry as OrganizationView['industry'],
  productionType: o.productionType as OrganizationView['productionType'],
  size: o.size as OrganizationView['size'],
  region: o.region,
  disabled: o.disabledAt !== null,
});
