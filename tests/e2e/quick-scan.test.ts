import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSuite, screenshot } from '../support/browser.ts';

/**
 * Quick scan (docs/quick-scan.md) in Chromium: started from the home page without an
 * account, answered by keyboard alone (1–6 and Enter), its indicative result shown at desktop
 * and phone widths, then kept by signing in (claimed automatically) and converted into a full
 * assessment that shows the scan's choices.
 */

// From the sources (tsx), serving the built web app. LOG_LEVEL info: every request is
// logged, so the log can be searched for the token.
const suite = browserSuite({ SEED_DEMO: 'true', LOG_LEVEL: 'info' });

const shot = (page: Page, name: string) => screenshot(page, name, true);

/** The keys pressed per question, in order: a profile of a typical SME. */
const KEYS = [
  '3',
  '2',
  '2',
  '3',
  '2',
  '3',
  '3',
  '2',
  '2',
  '3',
  '3',
  '3',
  '2',
  '3',
  '2',
  '6',
  '2',
  '1',
  '2',
  '3',
];

describe('quick scan in the browser', () => {
  test('keyboard alone from the home page to the result; sign in keeps it; full assessment from it', async () => {
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${suite.server.url}/`);
    await page.getByTestId('start-quick-scan').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/quick-scan');
    // The start button has the focus: Enter starts the scan on the default system.
    await expect
      .poll(() => page.getByTestId('qs-start').evaluate((b) => b === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/quick-scan\/[0-9a-f-]{36}$/);
    const scanId = /quick-scan\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    const progress = page.getByTestId('qs-progress');
    await expect.poll(() => progress.textContent()).toBe('第 1 / 20 题');
    for (const [i, key] of KEYS.entries()) {
      await expect.poll(() => progress.textContent()).toBe(`第 ${i + 1} / 20 题`);
      await page.keyboard.press(key);
      await expect
        .poll(() => page.getByTestId(`qs-option-${key}`).getAttribute('aria-checked'))
        .toBe('true');
      await page.keyboard.press('Enter');
    }
    await page.waitForURL(`**/quick-scan/${scanId}/result`);

    // The indicative result.
    await page.getByTestId('qs-result').waitFor();
    expect(await page.getByTestId('qs-indicative').textContent()).toBe('指示性结果');
    expect(await page.getByTestId('qs-level').textContent()).toMatch(/^\d · /);
    expect(await page.getByTestId('qs-weakest').locator('li').count()).toBe(3);
    // Energy ("6": none of these yet) is the weakest.
    expect(await page.getByTestId('qs-weakest').locator('li').first().textContent()).toContain(
      '能源',
    );
    await page.locator('.chart-radar svg').first().waitFor();
    expect(await page.getByTestId('qs-tier').textContent()).toBeTruthy();

    await page.setViewportSize({ width: 1440, height: 900 });
    await shot(page, 'quick-scan-result-1440.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'quick-scan-result-390.png');
    await page.setViewportSize({ width: 1280, height: 900 });
    // The token stays in this browser only; nothing of it is in the URL.
    const pending = await page.evaluate(() => localStorage.getItem('zhiping.quickScan.pending'));
    expect(JSON.parse(pending!)).toMatchObject({ id: scanId });
    const token = (JSON.parse(pending!) as { token: string }).token;
    expect(page.url()).not.toContain(token);

    // Keep it: sign in from the result page; the web claims the scan by itself.
    await page.getByTestId('qs-login').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/login?next=*');
    await page.getByLabel('电子邮箱').fill('demo@zhiping.local');
    await page.getByLabel(/^密码/).fill('Demo@2026!');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/quick-scan/${scanId}/result`);
    await expect
      .poll(() => page.getByTestId('qs-keep').textContent(), { timeout: 15_000 })
      .toContain('已保存到您的企业');
    expect(await page.evaluate(() => localStorage.getItem('zhiping.quickScan.pending'))).toBeNull();

    // From the scan to the full assessment.
    await page.getByTestId('qs-start-full').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    const guide = page.getByTestId('qs-guide');
    await guide.waitFor();
    // The scan's choice beside each sub-domain of the navigation.
    await expect.poll(() => page.getByTestId('qs-nav-energy').textContent()).toBe('快评：未达一级');
    expect(await page.getByTestId('qs-nav-strategy').textContent()).toBe('快评：三级 集成级');
    await page.getByTestId('qs-weakest-first').check();
    // Weakest first: the questionnaire opens the sub-domain the scan found weakest.
    await page.locator('.q-nav a, .q-nav button').filter({ hasText: '能源' }).first().click();
    await expect
      .poll(() => page.getByTestId('qs-guide-choice').textContent())
      .toContain('未达一级');
    // The explicit action, only on request: energy's requirements above level 0 → 不满足.
    await page.getByTestId('qs-apply').click();
    await expect
      .poll(() => page.getByTestId('qs-guide').textContent())
      .toMatch(/已将 \d+ 条要求标为“不满足”/);
    await expect.poll(() => page.getByTestId('overall-progress').textContent()).toMatch(/已答 12 /);
    await screenshot(page, 'quick-scan-questionnaire.png');
    expect(errors).toEqual([]);

    // The server logged the scan's requests, and never its token.
    expect(suite.server.output()).toContain(`/api/v1/quick-scans/${scanId}/result`);
    expect(suite.server.output()).not.toContain(token);
  }, 180_000);
});
