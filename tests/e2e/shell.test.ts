import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
let browser: BrowserContext;

beforeAll(async () => {
  server = await startServer({ SEED_DEMO: 'true' }, { bundled: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the served web app', () => {
  test('renders the shell in Chinese with data from the API', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('智能制造能力成熟度评估');
    await expect.poll(() => page.locator('.brand-name').textContent()).toBe('智评');
    const stats = page.getByTestId('platform-stats');
    await stats.waitFor();
    // The demo seed publishes two indicator systems; the page shows the API's count.
    await expect.poll(() => stats.locator('dd').nth(0).textContent()).toBe('2');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'shell-zh.png'), fullPage: true });
    await page.getByRole('button', { name: '切换语言' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Smart-manufacturing capability maturity assessment');
    await page.close();
  });

  test('a client-side route deep link is served the app, an unknown API path is 404', async () => {
    const res = await fetch(`${server.url}/some/client/route`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    const api = await fetch(`${server.url}/api/v1/does-not-exist`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });
});
