import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSuite, screenshot } from '../support/browser.ts';
import { registerOverHttp, uniqueCreditCode } from '../support/fixtures.ts';
import { linkTokenTo } from '../support/mail.ts';

const suite = browserSuite({ SEED_DEMO: 'true' }, { bundled: true });

const shot = (page: Page, name: string) => screenshot(page, name);

/** The link to `path` of the newest mail to `email`, read from the server's outbox. */
const linkOf = async (email: string, path: string) => {
  const token = await linkTokenTo(join(suite.server.dataDir, 'outbox'), email, path);
  return `${suite.server.url}${path}?token=${encodeURIComponent(token)}`;
};

/** The item the questionnaire is on: its requirement id. */
const activeItem = (page: Page) =>
  page.locator('.q-item[aria-current="true"]').getAttribute('data-requirement');

const answeredCount = async (page: Page) => {
  const text = (await page.getByTestId('overall-progress').textContent()) ?? '';
  const m = /已答 (\d+) \/ (\d+)/.exec(text);
  if (!m) throw new Error(`no progress in "${text}"`);
  return { answered: Number(m[1]), applicable: Number(m[2]) };
};

const waitSaved = (page: Page) =>
  page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: 10_000 });

describe('the enterprise respondent’s journey', () => {
  test('register, start an assessment, answer by mouse and keyboard, resume after a reload, submit', async () => {
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Registration, with the credit code checked as it is typed.
    await page.goto(`${suite.server.url}/register`);
    const code = uniqueCreditCode();
    await page.getByLabel('企业名称').fill('苏州智造精密机械有限公司');
    const creditCode = page.getByLabel('统一社会信用代码');
    await creditCode.fill(code.slice(0, 17) + (code.endsWith('1') ? '2' : '1'));
    await expect.poll(() => page.getByText('校验位不正确，请核对是否输错').count()).toBe(1);
    await creditCode.fill(code.toLowerCase());
    await expect.poll(() => page.getByText('✓ 校验通过').count()).toBe(1);
    await page.getByLabel('所属行业').selectOption('automotive');
    await page.getByLabel('企业规模').selectOption('medium');
    await page.getByLabel('所在地区').fill('江苏省苏州市');
    await page.getByLabel('姓名').fill('王工');
    const email = `wang-${Date.now()}@example.com`;
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel(/^密码/).fill('Zhizao-2026-pass');
    await page.getByLabel('确认密码').fill('Zhizao-2026-pass');
    expect(await page.getByRole('radio', { name: '离散型制造' }).isChecked()).toBe(true);
    await page.getByLabel(/隐私条款/).check();
    await shot(page, 'register-zh.png');
    await page.getByRole('button', { name: '注册' }).click();
    // The same answer for every address; the link comes by mail (an .eml in DATA_DIR/outbox).
    await page.getByRole('heading', { name: '请查收邮件' }).waitFor();
    await shot(page, 'register-check-mail-zh.png');
    const confirmLink = await linkOf(email, '/register/confirm');
    await page.goto(confirmLink);
    // The link asks for the password chosen when registering (an impostor's link is useless).
    await page.getByLabel(/注册时设置的密码/).fill('Zhizao-2026-wrong');
    await page.getByRole('button', { name: '确认注册并开始' }).click();
    await page.getByText('与注册时设置的密码不一致。').waitFor();
    await page.getByLabel(/注册时设置的密码/).fill('Zhizao-2026-pass');
    await page.getByRole('button', { name: '确认注册并开始' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByText('还没有评估', { exact: false }).waitFor();

    // A new assessment: the profile comes preselected from the enterprise's industry.
    await page.getByRole('link', { name: '开始新评估' }).first().click();
    await page.waitForURL('**/assessments/new');
    await expect.poll(() => page.getByLabel('行业模板').inputValue()).toBe('automotive');
    await page.getByRole('checkbox', { name: /产品服务/ }).check();
    await page.getByRole('button', { name: '开始评估' }).click();
    await expect.poll(() => page.getByText('此项必填', { exact: true }).count()).toBe(1);
    await page.getByLabel('裁剪理由').fill('售后服务由经销商承担，企业不直接提供产品服务');
    await page.locator('label.level-option', { hasText: '4' }).click();
    await shot(page, 'new-assessment-zh.png');
    await page.getByRole('button', { name: '开始评估' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    const assessmentUrl = page.url();

    // The questionnaire opens at the first item; answer three by mouse…
    await page.getByTestId('questionnaire').waitFor();
    const items = page.locator('.q-item');
    await expect
      .poll(() => activeItem(page))
      .toBe(await items.first().getAttribute('data-requirement'));
    for (let i = 0; i < 3; i++) {
      await items.nth(i).getByText('全部满足', { exact: true }).click();
    }
    // …and ten more by keyboard: ↓ then a digit.
    const digits = ['2', '1', '3', '1', '2', '1', '4', '1', '2', '1'];
    for (const d of digits) {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press(d);
    }
    await waitSaved(page);
    const before = await answeredCount(page);
    expect(before.answered).toBe(13);
    const resumeAt = await items.nth(13).getAttribute('data-requirement');
    const thirdAnswer = await items.nth(5).getAttribute('data-requirement');

    // Evidence: a small PDF for the first requirement, listed at once and kept after the reload.
    await items.first().locator('.req-notes > summary').click();
    await items
      .first()
      .getByLabel('上传证据文件')
      .setInputFiles({
        name: '设备台账.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
      });
    await items.first().getByText('已上传“设备台账.pdf”。').waitFor();
    await items.first().getByRole('button', { name: '下载 设备台账.pdf' }).waitFor();
    await shot(page, 'questionnaire-evidence.png');

    // Reload: the questionnaire resumes at the first unanswered item with the answers kept.
    await page.reload();
    await page.getByTestId('questionnaire').waitFor();
    await expect.poll(() => activeItem(page)).toBe(resumeAt);
    expect((await answeredCount(page)).answered).toBe(13);
    const kept = page.locator(`.q-item[data-requirement="${thirdAnswer}"]`);
    expect(await kept.getByRole('radio', { name: '部分满足', exact: true }).isChecked()).toBe(true);
    expect(
      await items.first().getByRole('radio', { name: '全部满足', exact: true }).isChecked(),
    ).toBe(true);
    // The file is kept, behind the closed notes, whose badge counts it.
    await items
      .first()
      .getByRole('button', { name: '下载 设备台账.pdf', includeHidden: true })
      .waitFor({ state: 'attached' });
    expect(await items.first().locator('.req-notes > summary .badge').textContent()).toBe('1');
    await shot(page, 'questionnaire-desktop.png');

    // The phone layout, with the contents closed and opened.
    await page.setViewportSize({ width: 390, height: 844 });
    await page
      .locator('.q-item[aria-current="true"]')
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, 'questionnaire-390.png');
    await page.locator('.q-nav-toggle').click();
    await shot(page, 'questionnaire-390-contents.png');
    await page.locator('.q-nav-toggle').click();
    await page.setViewportSize({ width: 1280, height: 900 });

    // Answer the rest by keyboard, as a plant at about level 2 would; the preview follows.
    const rest = before.applicable - before.answered;
    const byLevel: Record<string, string[]> = {
      '1': ['1', '1', '2'],
      '2': ['1', '2', '1', '2'],
      '3': ['2', '3', '3', '4'],
      '4': ['3', '4', '4'],
      '5': ['4'],
    };
    await page.locator(`.q-item[data-requirement="${resumeAt}"]`).focus();
    for (let i = 0; i < rest; i++) {
      const level = (await page
        .locator('.q-item[aria-current="true"]')
        .getAttribute('data-level'))!;
      const keys = byLevel[level]!;
      await page.keyboard.press(keys[i % keys.length]!);
      if (i < rest - 1) await page.keyboard.press('ArrowDown');
    }
    await waitSaved(page);
    expect(await answeredCount(page)).toEqual({
      answered: before.applicable,
      applicable: before.applicable,
    });
    expect(await page.getByTestId('preview-level').first().textContent()).toMatch(/级/);
    await shot(page, 'questionnaire-complete.png');

    // Submit, and land on the report.
    await page.getByRole('button', { name: '提交评估' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.waitForURL(`${assessmentUrl}/report`);
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('.error-box, [role="alert"]').count()).toBe(0);
    await shot(page, 'after-submit-report.png');

    // The dashboard lists it as submitted, with its level, and charts the level over time.
    await page.getByRole('link', { name: '我的评估' }).click();
    await page.waitForURL('**/dashboard');
    const row = page.getByTestId('assessment-list').locator('li').first();
    await row.getByText('已提交').waitFor();
    expect(await row.textContent()).toMatch(/(未达一级|[一二三四五]级 \S+级)得分 \d\.\d{1,2}/);
    await page.locator('.history-chart svg').first().waitFor();
    await shot(page, 'dashboard-zh.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'dashboard-390.png');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('sign in, invite a colleague who joins, switch language, change password, sign out', async () => {
    const { body: first } = await registerOverHttp(
      suite.server.url,
      join(suite.server.dataDir, 'outbox'),
    );
    // The first journey's session lives in this browser profile's cookie: start signed out.
    await suite.browser.clearCookies();
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // A protected page sends a visitor to sign in, and back afterwards.
    await page.goto(`${suite.server.url}/account`);
    await page.waitForURL('**/login?next=%2Faccount');
    await page.getByLabel('电子邮箱').fill(first.user.email);
    await page.getByLabel(/^密码/).fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('邮箱或密码不正确。').waitFor();
    await page.getByLabel(/^密码/).fill(first.user.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/account');

    // The account menu: who, which enterprise, and the way to invite a colleague.
    await page.getByRole('button', { name: /账号菜单/ }).click();
    const menu = page.locator('.account-popover');
    expect(await menu.textContent()).toContain(first.organization.name);
    expect(await menu.textContent()).toContain(first.user.email);
    await menu.getByRole('link', { name: '邀请同事' }).click();
    const colleague = `colleague-${Date.now()}@example.com`;
    await page.getByLabel('同事邮箱').fill(colleague);
    await page.getByRole('button', { name: '发送邀请' }).click();
    // The link goes to the colleague by mail only, never on the inviter's screen.
    await page.getByText(`邀请已发送至 ${colleague}。`).waitFor();
    const link = await linkOf(colleague, '/invite');
    await shot(page, 'account-invite.png');

    await page.getByRole('button', { name: /账号菜单/ }).click();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');

    // The colleague accepts and lands in the same enterprise.
    await page.goto(link);
    await page.getByLabel('姓名').fill('李工');
    await page.getByLabel(/^密码/).fill('Colleague-2026');
    await page.getByLabel('确认密码').fill('Colleague-2026');
    await page.getByRole('button', { name: '加入企业' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByRole('button', { name: /账号菜单/ }).click();
    expect(await page.locator('.account-popover').textContent()).toContain(first.organization.name);

    // English, from the menu.
    await page.getByRole('button', { name: '切换语言' }).click();
    await page.getByRole('heading', { level: 1, name: 'My assessments' }).waitFor();
    // The menu stays open, now in English.
    await page.locator('.account-popover').getByRole('link', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill('Colleague-2026');
    await page.getByLabel('New password').fill('Colleague-2027');
    await page.getByLabel('Confirm password').fill('Colleague-2027');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed.', { exact: false }).waitFor();
    await shot(page, 'account-en.png');

    // Signed out, the new password signs in again.
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('Email').fill(colleague);
    await page.getByLabel(/^Password/).fill('Colleague-2027');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByText('No assessments yet.', { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
