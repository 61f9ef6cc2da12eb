import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSuite, screenshot } from '../support/browser.ts';
import { linkTokenTo } from '../support/mail.ts';
import { totpCode } from '../support/totp.ts';

/**
 * Account security in the browser (#15.4): a forgotten password reset from the mailed link,
 * an admin held to the TOTP enrolment until done and then asked for the code at sign-in, and
 * the sessions list with "sign out everywhere".
 */
const suite = browserSuite({ SEED_DEMO: 'true', ADMIN_TOTP_REQUIRED: 'true' });

const shot = (page: Page, name: string) => screenshot(page, name);

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${suite.server.url}/login`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** The reset mail goes out after the answer: wait for it in the outbox. */
async function resetLink(email: string): Promise<string> {
  for (let i = 0; ; i++) {
    try {
      const token = await linkTokenTo(
        join(suite.server.dataDir, 'outbox'),
        email,
        '/reset-password',
      );
      return `${suite.server.url}/reset-password?token=${encodeURIComponent(token)}`;
    } catch (err) {
      if (i > 200) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

describe('account security in the browser', () => {
  test('forgot password: request, the mailed link, a new password, sign in with it', async () => {
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.server.url}/login`);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL('**/forgot-password');
    await page.getByLabel('电子邮箱').fill('demo@zhiping.local');
    await page.getByRole('button', { name: '发送重置链接' }).click();
    await page.getByTestId('reset-requested').waitFor();
    await shot(page, 'reset-requested-zh.png');

    await page.goto(await resetLink('demo@zhiping.local'));
    await page.getByLabel(/^新密码/).fill('Reset-by-mail-2026');
    await page.getByLabel('确认密码').fill('Reset-by-mail-2027');
    await page.getByRole('button', { name: '设置新密码' }).click();
    // The two do not match: shown at the field, nothing sent.
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThan(0);
    await page.getByLabel('确认密码').fill('Reset-by-mail-2026');
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.getByTestId('reset-done').waitFor();
    await shot(page, 'reset-done-zh.png');

    await signIn(page, 'demo@zhiping.local', 'Reset-by-mail-2026');
    await page.waitForURL('**/dashboard');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test('an admin must enrol TOTP first; the next sign-in asks for the code', async () => {
    await suite.browser.clearCookies();
    const page = await suite.browser.newPage();
    await signIn(page, 'admin@zhiping.local', 'Demo@2026!');
    // Held to the security page: the admin area sends them back there.
    await page.waitForURL('**/account/security');
    await page.getByText('管理员账号必须启用两步验证').waitFor();
    await page.goto(`${suite.server.url}/admin`);
    await page.waitForURL('**/account/security');

    await page.getByRole('button', { name: '启用两步验证' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await expect.poll(() => page.getByRole('img', { name: '两步验证二维码' }).count()).toBe(1);
    await shot(page, 'totp-enrolment-zh.png');
    await page.getByLabel('6 位验证码').fill(await totpCode(secret));
    // The password too (a stolen session alone cannot enrol): a wrong one is said so.
    await page.getByLabel(/^当前密码/).fill('Not-the-password-1');
    await page.getByRole('button', { name: '确认启用' }).click();
    await page.getByText('当前密码不正确。').waitFor();
    await page.getByLabel(/^当前密码/).fill('Demo@2026!');
    await page.getByRole('button', { name: '确认启用' }).click();
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.locator('.recovery-codes li').count()).toBe(10);
    await page.getByRole('button', { name: '我已保存恢复码' }).click();

    await page.goto(`${suite.server.url}/admin`);
    await page.waitForURL('**/admin');
    // The reload's refresh sets a new cookie: let it land before the cookies are cleared.
    await page.waitForLoadState('networkidle');
    await page.close();

    // Sign out, and in again: the password, then the code (of the next 30-second step).
    await suite.browser.clearCookies();
    const again = await suite.browser.newPage();
    await signIn(again, 'admin@zhiping.local', 'Demo@2026!');
    await again.getByTestId('totp-step').waitFor();
    await shot(again, 'totp-login-zh.png');
    await again.getByLabel('验证码或恢复码').fill('000000');
    await again.getByRole('button', { name: '验证并登录' }).click();
    await again.getByText('验证码不正确或已被使用').first().waitFor();
    await again.getByLabel('验证码或恢复码').fill(await totpCode(secret, 1));
    await again.getByRole('button', { name: '验证并登录' }).click();
    await again.waitForURL('**/admin');
    await again.close();
  }, 90_000);

  test('the sessions list shows this device; sign out everywhere ends it', async () => {
    await suite.browser.clearCookies();
    const page = await suite.browser.newPage();
    await signIn(page, 'assessor@zhiping.local', 'Demo@2026!');
    await page.waitForURL('**/review');
    await page.goto(`${suite.server.url}/account/security`);
    const current = page.getByTestId('session-current');
    await current.waitFor();
    expect(await current.textContent()).toContain('当前设备');
    await shot(page, 'sessions-zh.png');
    await page.getByRole('button', { name: '退出所有设备' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '退出所有设备' }).click();
    await page.waitForURL('**/login');
    // The refresh cookie is dead too: a reload stays signed out.
    await page.goto(`${suite.server.url}/review`);
    await page.waitForURL('**/login**');
    await page.close();
  }, 90_000);
});
