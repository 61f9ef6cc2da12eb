import { describe, expect, test } from 'vitest';
import { ConfigError } from '@zhiping/server/config';
import { testConfig } from '../../support/app.ts';

/** The account-security settings: validated, with the documented defaults. */
describe('account-security configuration', () => {
  test('ADMIN_TOTP_REQUIRED is on in production unless turned off, off elsewhere unless on', () => {
    const prod = { NODE_ENV: 'production' };
    expect(testConfig(prod).adminTotpRequired).toBe(true);
    expect(testConfig({ ...prod, ADMIN_TOTP_REQUIRED: 'false' }).adminTotpRequired).toBe(false);
    expect(testConfig().adminTotpRequired).toBe(false);
    expect(testConfig({ NODE_ENV: 'development' }).adminTotpRequired).toBe(false);
    expect(testConfig({ ADMIN_TOTP_REQUIRED: 'true' }).adminTotpRequired).toBe(true);
    expect(() => testConfig({ ADMIN_TOTP_REQUIRED: 'maybe' })).toThrow(/ADMIN_TOTP_REQUIRED/);
  });

  test('PASSWORD_RESET_RATE_LIMIT_PER_HOUR defaults to 5 and must be a positive integer', () => {
    expect(testConfig().passwordResetRateLimitPerHour).toBe(5);
    expect(
      testConfig({ PASSWORD_RESET_RATE_LIMIT_PER_HOUR: '20' }).passwordResetRateLimitPerHour,
    ).toBe(20);
    for (const bad of ['0', '-1', 'x', '2.5']) {
      expect(() => testConfig({ PASSWORD_RESET_RATE_LIMIT_PER_HOUR: bad })).toThrow(ConfigError);
    }
  });
});
