import { z } from 'zod';

export const ROLES = ['respondent', 'assessor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type OrganizationSize = (typeof ORGANIZATION_SIZES)[number];

export const uuidSchema = z.uuid('must be a UUID');
export const idParamsSchema = z.object({ id: uuidSchema });

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
  });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** An optimistic-locking revision as a client sends it back (a PostgreSQL integer). */
export const revisionSchema = z.number().int().min(1).max(2_147_483_647);
