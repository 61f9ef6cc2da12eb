import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root, so relative paths behave the same whichever package runs the server. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  ADMIN_PASSWORD_FILE: z.string().min(1).optional(),
  COOKIE_SECURE: bool.optional(),
  DATA_DIR: z.string().min(1).default('data'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  REFRESH_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  WEB_DIST_DIR: z.string().default('web/dist'),
  SEED_DEMO: bool.optional(),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  EVIDENCE_QUOTA_MB: z.coerce.number().positive().max(1_000_000).default(500),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(10),
  AUTH_IP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(100),
  QUICK_SCAN_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100000).default(30),
  INVITATION_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100000).default(20),
  TOTP_LOGIN_FAILURES_PER_15_MINUTES: z.coerce.number().int().min(1).max(100000).default(5),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  TRUST_PROXY: bool.default(false),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('zhiping <no-reply@zhiping.local>'),
  PUBLIC_BASE_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+/, 'must be an http:// or https:// URL')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  SESSION_CHECK_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(3000),
  SMTP_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(15),
  PASSWORD_RESET_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10000).default(5),
  ADMIN_TOTP_REQUIRED: bool.optional(),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** undefined: embedded PGlite under dataDir; 'memory': in-memory PGlite (tests). */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** How long start-up keeps retrying an unreachable database before giving up. */
  databaseConnectTimeoutSeconds: number;
  /** First admin created at start when no admin exists (password read from the file). */
  bootstrapAdmin: { email: string; passwordFile: string } | null;
  /** `Secure` on the refresh cookie: on in production unless COOKIE_SECURE=false (plain-HTTP LAN). */
  cookieSecure: boolean;
  /** Where PGlite keeps its files; null = in memory. */
  pgliteDir: string | null;
  dataDir: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** How long a just-rotated refresh token still yields its successor (parallel tabs); 0: never. */
  refreshGraceSeconds: number;
  logLevel: string;
  corsOrigins: string[];
  webDistDir: string | null;
  seedDemo: boolean;
  maxUploadBytes: number;
  /** Evidence storage per enterprise, over all its assessments (EVIDENCE_QUOTA_MB). */
  evidenceQuotaBytes: number;
  loginRateLimitPerMinute: number;
  authIpRateLimitPerMinute: number;
  /** Anonymous quick scans one client IP may start per hour. */
  quickScanRateLimitPerHour: number;
  /** Invitations one user may send per hour. */
  invitationRateLimitPerHour: number;
  /** Wrong second-factor codes at sign-in one account may give per 15 minutes. */
  totpLoginFailuresPer15Minutes: number;
  redisUrl: string | undefined;
  trustProxy: boolean;
  /** undefined: mails are written as .eml files to `outboxDir`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  outboxDir: string;
  /** Origin used in links inside mails. */
  publicBaseUrl: string;
  /** How long an access token's session state (user, enterprise, revocation) is cached. */
  sessionCheckCacheMs: number;
  /** Connection, greeting and socket timeout of the SMTP transport (a dead server fails fast). */
  smtpTimeoutSeconds: number;
  /** Password-reset mails per address per hour (the per-IP limit is AUTH_IP_RATE_LIMIT_PER_MINUTE). */
  passwordResetRateLimitPerHour: number;
  /** Admins must use a TOTP second factor (until enrolled, their sessions reach only the enrolment). */
  adminTotpRequired: boolean;
}

export class ConfigError extends Error {}

const abs = (p: string) => (isAbsolute(p) ? p : join(REPO_ROOT, p));

/** A development secret generated once and kept in DATA_DIR, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`)
      .join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = abs(e.DATA_DIR);
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET: required in production');
  }
  if (!e.ADMIN_EMAIL !== !e.ADMIN_PASSWORD_FILE) {
    throw new ConfigError(
      `Invalid configuration: ${e.ADMIN_EMAIL ? 'ADMIN_PASSWORD_FILE' : 'ADMIN_EMAIL'}: required with ${e.ADMIN_EMAIL ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD_FILE'}`,
    );
  }
  const webDist = abs(e.WEB_DIST_DIR);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseConnectTimeoutSeconds: e.DATABASE_CONNECT_TIMEOUT_SECONDS,
    bootstrapAdmin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD_FILE
        ? { email: e.ADMIN_EMAIL.toLowerCase(), passwordFile: abs(e.ADMIN_PASSWORD_FILE) }
        : null,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    pgliteDir: e.DATABASE_URL ? null : join(dataDir, 'pglite'),
    dataDir,
    jwtSecret: e.JWT_SECRET ?? developmentSecret(dataDir),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    refreshGraceSeconds: e.REFRESH_GRACE_SECONDS,
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS,
    webDistDir: existsSync(join(webDist, 'index.html')) ? webDist : null,
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== 'production',
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    evidenceQuotaBytes: Math.floor(e.EVIDENCE_QUOTA_MB * 1024 * 1024),
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    authIpRateLimitPerMinute: e.AUTH_IP_RATE_LIMIT_PER_MINUTE,
    quickScanRateLimitPerHour: e.QUICK_SCAN_RATE_LIMIT_PER_HOUR,
    invitationRateLimitPerHour: e.INVITATION_RATE_LIMIT_PER_HOUR,
    totpLoginFailuresPer15Minutes: e.TOTP_LOGIN_FAILURES_PER_15_MINUTES,
    redisUrl: e.REDIS_URL,
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    outboxDir: join(dataDir, 'outbox'),
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT || 3000}`,
    sessionCheckCacheMs: e.SESSION_CHECK_CACHE_MS,
    smtpTimeoutSeconds: e.SMTP_TIMEOUT_SECONDS,
    passwordResetRateLimitPerHour: e.PASSWORD_RESET_RATE_LIMIT_PER_HOUR,
    adminTotpRequired: e.ADMIN_TOTP_REQUIRED ?? e.NODE_ENV === 'production',
  };
}
