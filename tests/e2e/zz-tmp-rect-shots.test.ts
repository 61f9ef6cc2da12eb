// TEMPORARY: screenshots of the rectification page in richer states; deleted after use.
import { join } from 'node:path';
import { effectiveTree, type IndicatorSystem, type Session } from '@zhiping/shared';
import { expect, test } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser.ts';
import { registration } from '../support/fixtures.ts';
import { httpClient, type HttpClient } from '../support/http.ts';
import { startServer } from '../support/server-process.ts';

async function call<T>(c: HttpClient, m: string, p: string, b?: unknown): Promise<T> {
  const r = await c.call<T>(m, p, b);
  if (r.status >= 300) throw new Error(`${m} ${p} ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

test('shots', async () => {
  const server = await startServer({ SEED_DEMO: 'true' });
  const browser = await launchBrowser();
  try {
    const ent = httpClient(server.url);
    const body = registration();
    ent.token = (await call<Session>(ent, 'POST', '/api/v1/auth/register', body)).accessToken;
    const systems = await call<{ items: { id: string; systemCode: string; version: string }[] }>(ent, 'GET', '/api/v1/indicator-systems');
    const v = systems.items.find((s) => s.systemCode === 'cmmm-2020')!;
    const { document } = await call<{ document: IndicatorSystem }>(ent, 'GET', `/api/v1/indicator-systems/versions/${v.id}`);
    const a = await call<{ id: string; revision: number }>(ent, 'POST', '/api/v1/assessments', { versionId: v.id, title: '2026 年度自评估', profileId: 'automotive', targetLevel: 3 });
    const ids: string[] = [];
    const walk = (ns: ReturnType<typeof effectiveTree>) => { for (const n of ns) { if (n.kind === 'subdomain' && !n.notApplicable) for (const r of n.requirements) ids.push(r.id); walk(n.children); } };
    walk(effectiveTree(document, 'automotive'));
    let revision = a.revision;
    for (let i = 0; i < ids.length; i += 100)
      revision = (await call<{ revision: number }>(ent, 'PATCH', `/api/v1/assessments/${a.id}/answers`, { revision, answers: ids.slice(i, i + 100).map((id) => ({ requirementId: id, choice: 'most' })) })).revision;
    await call(ent, 'POST', `/api/v1/assessments/${a.id}/submit`, { revision });
    const as = httpClient(server.url);
    as.token = (await call<Session>(as, 'POST', '/api/v1/auth/login', { email: 'assessor@zhiping.local', password: 'Demo@2026!' })).accessToken;
    await call(as, 'POST', `/api/v1/assessments/${a.id}/claim`);
    await call(as, 'POST', `/api/v1/assessments/${a.id}/findings`, { requirementId: null, text: '请说明本次自评估覆盖的工厂范围，以及未覆盖工厂的理由。' });
    await call(as, 'POST', `/api/v1/assessments/${a.id}/findings`, { requirementId: ids[5], text: '现场未见相关制度文件，请补充。' });
    await call(as, 'POST', `/api/v1/assessments/${a.id}/findings`, { requirementId: ids[5], text: '自评“大部分满足”依据不足，请复核答案。' });
    await call(as, 'POST', `/api/v1/assessments/${a.id}/findings`, { requirementId: ids[30], text: '请提供设备联网率的统计报表。' });
    const rev = (await call<{ revision: number }>(as, 'GET', `/api/v1/assessments/${a.id}`)).revision;
    await call(as, 'POST', `/api/v1/assessments/${a.id}/return`, { revision: rev });

    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('电子邮箱').fill(body.user.email);
    await page.getByLabel(/^密码/).fill(body.user.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/dashboard');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'rectification-dashboard.png') });
    await page.goto(`${server.url}/assessments/${a.id}/rectification`);
    await page.getByTestId('rectification').waitFor();
    const card = page.getByTestId('rect-group').nth(1);
    await card.getByLabel(/你的回复 · 1/).fill('已补充《设备管理制度》，见证据文件。');
    await card.locator('label.choice-partial').click();
    await page.getByRole('button', { name: '重新提交评审' }).click();
    await page.getByTestId('resubmit-dialog').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'rectification-confirm.png') });
    await page.getByRole('button', { name: '确认重新提交' }).click();
    await page.getByTestId('rect-missing').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'rectification-missing.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('rect-missing').screenshot({ path: join(SCREENSHOT_DIR, 'rectification-missing-list-390.png') });
    await page.getByTestId('rect-group').nth(1).screenshot({ path: join(SCREENSHOT_DIR, 'rectification-card-390.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/assessments/${a.id}#req-${ids[30]}`);
    await page.getByTestId('rectification-banner').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'rectification-questionnaire.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'rectification-questionnaire-top.png') });
    await page.evaluate(() => localStorage.setItem('zhiping.locale', 'en'));
    await page.goto(`${server.url}/assessments/${a.id}/rectification`);
    await page.getByTestId('rectification').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'rectification-en.png'), fullPage: true });
    expect(true).toBe(true);
  } finally {
    await browser.close();
    await server.stop();
  }
});
