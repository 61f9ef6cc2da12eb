import { describe, expect, test } from 'vitest';
import { browserSuite, screenshot } from '../support/browser.ts';

const suite = browserSuite({ SEED_DEMO: 'true' }, { bundled: true });

describe('the served web app', () => {
  test('renders the shell in Chinese with data from the API', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('智能制造能力成熟度评估');
    await expect.poll(() => page.locator('.brand-name').textContent()).toBe('智评');
    const stats = page.getByTestId('platform-stats');
    await stats.waitFor();
    // The demo seed publishes two indicator systems; the page shows the API's count.
    await expect.poll(() => stats.locator('dd').nth(0).textContent()).toBe('2');
    await screenshot(page, 'shell-zh.png', true);
    await page.getByRole('button', { name: '切换语言' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Smart-manufacturing capability maturity assessment');
    await page.close();
  });

  test('a client-side route deep link is served the app, an unknown API path is 404', async () => {
    const res = await fetch(`${suite.server.url}/some/client/route`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    const api = await fetch(`${suite.server.url}/api/v1/does-not-exist`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });
});
