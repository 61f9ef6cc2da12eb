import { join } from 'node:path';
import {
  effectiveTree,
  type AnswerChoice,
  type IndicatorSystem,
  type RegisterBody,
} from '@zhiping/shared';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserSuite, screenshot } from '../support/browser.ts';
import { registerOverHttp } from '../support/fixtures.ts';
import { httpClient, type HttpClient } from '../support/http.ts';

const suite = browserSuite({ SEED_DEMO: 'true' }, { bundled: true });
let api: HttpClient;
let enterprise: RegisterBody;

/**
 * Answers that give CMMM level 2: level 1 fully met, level 2 mostly so, level 3 a mix that
 * stays below the threshold, levels 4–5 not met.
 */
function answerFor(level: number, index: number, shift: number): AnswerChoice {
  if (level === 1) return 'full';
  if (level === 2) return (index + shift) % 4 === 0 ? 'most' : 'full';
  if (level === 3) return (['partial', 'most', 'none'] as const)[(index + shift) % 3]!;
  return 'none';
}

async function call<T>(method: string, path: string, body?: unknown, expected = 200): Promise<T> {
  const res = await api.call<T>(method, path, body);
  if (res.status !== expected)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Creates, answers (in batches, as autosave does) and submits an assessment through the API. */
async function submittedAssessment(title: string, shift: number): Promise<string> {
  const systems = await call<{ items: { id: string; systemCode: string }[] }>(
    'GET',
    '/api/v1/indicator-systems',
  );
  const versionId = systems.items.find((s) => s.systemCode === 'cmmm-2020')!.id;
  const { document } = await call<{ document: IndicatorSystem }>(
    'GET',
    `/api/v1/indicator-systems/versions/${versionId}`,
  );
  const created = await call<{ id: string; revision: number }>(
    'POST',
    '/api/v1/assessments',
    { versionId, title, profileId: 'automotive', targetLevel: 3 },
    201,
  );
  const requirements: { id: string; level: number }[] = [];
  const walk = (nodes: ReturnType<typeof effectiveTree>) => {
    for (const n of nodes) {
      if (n.kind === 'subdomain' && !n.notApplicable)
        for (const r of n.requirements) requirements.push({ id: r.id, level: r.level });
      walk(n.children);
    }
  };
  walk(effectiveTree(document, 'automotive'));
  let revision = created.revision;
  for (let i = 0; i < requirements.length; i += 100) {
    const batch = requirements.slice(i, i + 100).map((r, j) => ({
      requirementId: r.id,
      choice: answerFor(r.level, i + j, shift),
    }));
    const saved = await call<{ revision: number }>(
      'PATCH',
      `/api/v1/assessments/${created.id}/answers`,
      { revision, answers: batch },
    );
    revision = saved.revision;
  }
  await call('POST', `/api/v1/assessments/${created.id}/submit`, { revision });
  return created.id;
}

/** Opens a page as the enterprise user, signing in on the login page it is sent to if needed. */
async function openSignedIn(page: Page, path: string) {
  await page.goto(suite.server.url + path);
  const email = page.getByLabel('电子邮箱');
  const target = page.locator('[data-testid="report"], .compare-page');
  await Promise.race([email.waitFor(), target.first().waitFor()]);
  if (await email.isVisible()) {
    expect(new URL(page.url()).pathname).toBe('/login');
    await email.fill(enterprise.user.email);
    await page.getByLabel('密码').fill(enterprise.user.password);
    await page.getByRole('button', { name: '登录' }).click();
  }
  await page.waitForURL((url) => url.pathname + url.search === path);
}

let first: string;
let second: string;

beforeAll(async () => {
  api = httpClient(suite.server.url);
  // Registration goes by mail: the link is read from the server's outbox (DATA_DIR/outbox).
  const reg = await registerOverHttp(suite.server.url, join(suite.server.dataDir, 'outbox'));
  enterprise = reg.body;
  api.token = reg.session.accessToken;
  first = await submittedAssessment('2025 年度自评估', 0);
  second = await submittedAssessment('2026 年度自评估', 1);
});

describe('the report and comparison pages', () => {
  test('an enterprise signs in and reads its report, on a desktop and on a phone', async () => {
    const page = await suite.browser.newPage();
    await openSignedIn(page, `/assessments/${second}/report`);
    await expect.poll(() => page.getByTestId('maturity-level').textContent()).toBe('二级 规范级');
    await expect
      .poll(() => page.getByTestId('tier').textContent())
      .toBe('满足基础级、先进级智能工厂的成熟度要求');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('2026 年度自评估');
    // Both radars drew a polygon on a recharts surface.
    const radars = page.locator('.chart-radar svg.recharts-surface');
    await expect.poll(() => radars.count()).toBe(2);
    expect(await page.locator('.chart-radar .recharts-radar-polygon path').count()).toBe(2);
    // The roadmap has one phase (level 3) and says after which item the level is reached.
    await expect.poll(() => page.getByTestId('phase-3').isVisible()).toBe(true);
    expect(await page.getByTestId('phase-3').locator('.threshold-note').count()).toBe(1);
    // Requirement texts come from the pinned version document.
    const firstGap = page.getByTestId('gap-table').locator('tbody tr').first();
    await expect
      .poll(async () => (await firstGap.locator('.req-text').textContent())?.length)
      .toBeGreaterThan(4);

    await screenshot(page, 'report-desktop.png', true);

    // The CSV export downloads through the authenticated API.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    // So does the roadmap PDF, in the page's language.
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载改进路线图 PDF' }).click();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdfFile.url()).toMatch(/^blob:/);

    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await screenshot(page, 'report-phone.png', true);

    // The gap table shows its first rows, and all of them on request.
    const gapRows = page.getByTestId('gap-table').locator('tbody tr');
    expect(await gapRows.count()).toBe(20);
    const showAll = page.getByRole('button', { name: /^显示全部 \d+ 项$/ });
    const total = Number(/\d+/.exec((await showAll.textContent()) ?? '')?.[0]);
    expect(total).toBeGreaterThan(20);
    await showAll.click();
    await expect.poll(() => gapRows.count()).toBe(total);
    await page.close();
  });

  test('the comparison shows the change between two assessments', async () => {
    const page = await suite.browser.newPage();
    await openSignedIn(page, `/compare?a=${first}&b=${second}`);
    const headline = page.getByTestId('compare-headline');
    await expect.poll(() => headline.isVisible()).toBe(true);
    expect(await headline.textContent()).toContain('二级 规范级');
    expect(await page.locator('svg.recharts-surface .recharts-radar-polygon').count()).toBe(2);
    expect(await page.getByTestId('compare-nodes').locator('tbody tr').count()).toBeGreaterThan(20);
    await screenshot(page, 'compare-desktop.png', true);
    await page.close();
  });
});
