import { join } from 'node:path';
import {
  effectiveTree,
  type AnswerChoice,
  type IndicatorSystem,
  type RegisterBody,
  type Session,
} from '@zhiping/shared';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserSuite, screenshot } from '../support/browser.ts';
import { registerOverHttp } from '../support/fixtures.ts';
import { callExpecting, httpClient, type HttpClient } from '../support/http.ts';

// Issue #16, points 3–7, as an enterprise, an assessor and an admin meet them in Chromium.

const DEMO_PASSWORD = 'Demo@2026!';

const suite = browserSuite({ SEED_DEMO: 'true' }, { bundled: true });
let enterprise: HttpClient;
let registered: RegisterBody;
let assessor: HttpClient;
let admin: HttpClient;
let first: string;
let second: string;
const pageErrors: string[] = [];

const call = callExpecting;

async function signedIn(email: string, password: string): Promise<HttpClient> {
  const client = httpClient(suite.server.url);
  client.token = (
    await call<Session>(client, 'POST', '/api/v1/auth/login', { email, password })
  ).accessToken;
  return client;
}

async function versionOf(code: string): Promise<{ id: string; document: IndicatorSystem }> {
  const systems = await call<{ items: { id: string; systemCode: string }[] }>(
    enterprise,
    'GET',
    '/api/v1/indicator-systems',
  );
  const id = systems.items.find((s) => s.systemCode === code)!.id;
  const { document } = await call<{ document: IndicatorSystem }>(
    enterprise,
    'GET',
    `/api/v1/indicator-systems/versions/${id}`,
  );
  return { id, document };
}

/** Level 1 met, level 2 mostly (better with a higher `shift`), the rest not. */
async function submitted(title: string, shift: number, tailored: string[] = []): Promise<string> {
  const { id: versionId, document } = await versionOf('cmmm-2020');
  const created = await call<{ id: string; revision: number }>(
    enterprise,
    'POST',
    '/api/v1/assessments',
    {
      versionId,
      title,
      profileId: 'automotive',
      targetLevel: 3,
      tailoring: tailored.map((subdomainId) => ({ subdomainId, reason: '本企业不提供产品服务' })),
    },
    201,
  );
  const requirements: { id: string; level: number }[] = [];
  const walk = (nodes: ReturnType<typeof effectiveTree>) => {
    for (const n of nodes) {
      if (n.kind === 'subdomain' && !n.notApplicable && !tailored.includes(n.id))
        for (const r of n.requirements) requirements.push({ id: r.id, level: r.level });
      walk(n.children);
    }
  };
  walk(effectiveTree(document, 'automotive'));
  const choice = (level: number, i: number): AnswerChoice =>
    level === 1
      ? 'full'
      : level === 2
        ? (i + shift) % 3 === 0
          ? 'partial'
          : 'full'
        : level === 3 && (i + shift) % 2 === 0
          ? 'most'
          : 'none';
  let revision = created.revision;
  for (let i = 0; i < requirements.length; i += 100) {
    const saved = await call<{ revision: number }>(
      enterprise,
      'PATCH',
      `/api/v1/assessments/${created.id}/answers`,
      {
        revision,
        answers: requirements
          .slice(i, i + 100)
          .map((r, j) => ({ requirementId: r.id, choice: choice(r.level, i + j) })),
      },
    );
    revision = saved.revision;
  }
  await call(enterprise, 'POST', `/api/v1/assessments/${created.id}/submit`, { revision });
  return created.id;
}

async function open(page: Page, email: string, password: string, path: string) {
  // One browser for every test: sign the previous user out (the refresh cookie) first.
  await page.context().clearCookies();
  await page.goto(`${suite.server.url}/login`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((u) => u.pathname !== '/login');
  await page.goto(suite.server.url + path);
}

const shot = (page: Page, name: string) => screenshot(page, name, true);

beforeAll(async () => {
  const reg = await registerOverHttp(suite.server.url, join(suite.server.dataDir, 'outbox'));
  registered = reg.body;
  enterprise = httpClient(suite.server.url);
  enterprise.token = reg.session.accessToken;
  assessor = await signedIn('assessor@zhiping.local', DEMO_PASSWORD);
  admin = await signedIn('admin@zhiping.local', DEMO_PASSWORD);

  // The 2025 assessment is submitted first, then reviewed with one adjusted answer…
  first = await submitted('2025 年度评估', 0);
  const claimed = await call<{ revision: number }>(
    assessor,
    'POST',
    `/api/v1/assessments/${first}/claim`,
  );
  const { document } = await versionOf('cmmm-2020');
  const tree = effectiveTree(document, 'automotive');
  const firstLevel1 = tree
    .flatMap(function all(n): ReturnType<typeof effectiveTree> {
      return [n, ...n.children.flatMap(all)];
    })
    .find((n) => n.kind === 'subdomain' && n.requirements.some((r) => r.level === 1))!
    .requirements.find((r) => r.level === 1)!;
  const reviewed = await call<{ revision: number }>(
    assessor,
    'PUT',
    `/api/v1/assessments/${first}/review-items`,
    {
      revision: claimed.revision,
      items: [
        {
          requirementId: firstLevel1.id,
          decision: 'adjust',
          adjustedChoice: 'most',
          comment: '现场抽查两份记录，其中一份缺少审批签字',
        },
      ],
    },
  );
  // …the 2026 self-assessment (one sub-domain tailored out) is submitted meanwhile, and only
  // then is the 2025 one signed off: its sign-off date is the later one.
  second = await submitted('2026 年度自评估', 1, ['product-service']);
  const signOff = async (judgment: 'confirmed' | 'adjusted') =>
    assessor.call('POST', `/api/v1/assessments/${first}/sign-off`, {
      revision: reviewed.revision,
      judgment,
      opinion: '评估结论见各能力子域。',
    });
  const signed = await signOff('confirmed');
  if (signed.status !== 200) expect((await signOff('adjusted')).status).toBe(200);
});

describe('progress over time, explained numbers, phone tables, admin clarity, draft models', () => {
  test('the dashboard trend follows the assessment date and marks self vs assessed; compare is one click away', async () => {
    const page = await suite.browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await open(page, registered.user.email, registered.user.password, '/dashboard');
    const order = page.getByTestId('history-order').locator('li');
    await expect.poll(() => order.count()).toBe(2);
    expect(
      await order.evaluateAll((lis) => lis.map((li) => [li.textContent, li.dataset.basis])),
    ).toEqual([
      ['2025 年度评估', 'assessed'],
      ['2026 年度自评估', 'self'],
    ]);
    // The chart draws one filled (assessed) and one hollow (self) dot, in that order.
    await expect.poll(() => page.locator('circle[data-basis]').count()).toBe(2);
    expect(
      await page.locator('circle[data-basis]').evaluateAll((cs) => cs.map((c) => c.dataset.basis)),
    ).toEqual(['assessed', 'self']);
    expect(await page.getByTestId('dashboard-compare').getAttribute('href')).toBe(
      `/compare?a=${first}&b=${second}`,
    );
    expect(await page.getByTestId('list-compare').getAttribute('href')).toBe(
      `/compare?a=${first}&b=${second}`,
    );
    await shot(page, 'dashboard-trend.png');

    // From the report, the compare link opens this assessment against the one before it.
    await page.goto(`${suite.server.url}/assessments/${second}/report`);
    await page.getByTestId('report-compare').click();
    await page.waitForURL((u) => u.searchParams.get('a') === first);
    expect(new URL(page.url()).searchParams.get('b')).toBe(second);
    await page.getByTestId('comparison').waitFor();
    // The tailored-out sub-domain is left out of the radar, named below it, "—" in the table.
    const leftOut = await page.getByTestId('compare-radar-left-out').textContent();
    expect(leftOut).toContain('未画入雷达图');
    const { document } = await versionOf('cmmm-2020');
    const subdomains = effectiveTree(document, 'automotive')
      .flatMap(function all(n): ReturnType<typeof effectiveTree> {
        return [n, ...n.children.flatMap(all)];
      })
      .filter((n) => n.kind === 'subdomain' && !n.notApplicable);
    const tailoredName = subdomains.find((n) => n.id === 'product-service')!.name.zh;
    expect(leftOut).toContain(tailoredName);
    const radarNames = await page
      .locator('.chart-radar table tbody tr th')
      .evaluateAll((ths) => ths.map((th) => th.textContent));
    expect(radarNames).toHaveLength(subdomains.length - 1);
    expect(radarNames).not.toContain(tailoredName);
    expect(await page.getByTestId('compare-words').textContent()).toMatch(/^成熟度等级/);
    await shot(page, 'compare-tailored.png');
    await page.close();
  });

  test('the report explains each level and shows the assessor adjustment; wide tables scroll on a phone', async () => {
    const page = await suite.browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await open(
      page,
      registered.user.email,
      registered.user.password,
      `/assessments/${first}/report`,
    );
    const adjustments = page.getByTestId('adjustment-list');
    await adjustments.waitFor();
    expect(await adjustments.textContent()).toContain('现场抽查两份记录，其中一份缺少审批签字');
    expect(await adjustments.textContent()).toContain('企业自评：全部满足 → 评估确认：大部分满足');
    // The standards: ranked, the top ten first, each naming what it addresses in words.
    const ranked = page.getByTestId('standard-ranking').locator('li.standard-ranked');
    await expect.poll(() => ranked.count()).toBeGreaterThan(0);
    expect(await ranked.count()).toBeLessThanOrEqual(10);
    expect(await ranked.first().textContent()).toMatch(/GB\/T|GB /);
    expect(await page.getByTestId('quick-win-definition').textContent()).toBeTruthy();
    const why = page.getByTestId('level-explanations').locator('details');
    expect(await why.count()).toBeGreaterThan(10);
    await why.first().locator('summary').click();
    expect(await why.first().textContent()).toMatch(/得分 = /);

    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    // Tables wider than the phone scroll inside their region, which says so; none is cut off.
    const wide = page.locator('.scroll-region[data-overflow="true"]');
    await expect.poll(() => wide.count()).toBeGreaterThan(0);
    const regions = await page.locator('.scroll-region').evaluateAll((els) =>
      els.map((el) => ({
        overflow: el.scrollWidth > el.clientWidth + 1,
        flagged: el.getAttribute('data-overflow') === 'true',
        hint: el.parentElement?.querySelector('.scroll-hint') !== null,
        scrolls: getComputedStyle(el).overflowX === 'auto',
      })),
    );
    for (const r of regions) {
      expect(r.scrolls).toBe(true);
      expect(r.flagged).toBe(r.overflow);
      expect(r.hint).toBe(r.overflow);
    }
    expect(await page.getByTestId('scroll-hint').first().isVisible()).toBe(true);
    await shot(page, 'report-phone-tables.png');
    await page.close();
  });

  test('an admin is warned when default weights reach no profile, and reads the audit log in words', async () => {
    // A draft whose every profile overrides 人员 (personnel): its default weight is dead.
    const published = await versionOf('cmmm-2020');
    const copy = await call<{ id: string; revision: number }>(
      admin,
      'POST',
      `/api/v1/admin/indicator-systems/versions/${published.id}/copy`,
      { version: '2020.9' },
      201,
    );
    let revision = copy.revision;
    for (const p of published.document.profiles) {
      const r = await call<{ revision: number }>(
        admin,
        'PATCH',
        `/api/v1/admin/indicator-systems/versions/${copy.id}/weights`,
        { revision, profileId: p.id, weights: { personnel: 0.2 } },
      );
      revision = r.revision;
    }
    const page = await suite.browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await open(
      page,
      'admin@zhiping.local',
      DEMO_PASSWORD,
      `/admin/versions/${copy.id}?tab=weights`,
    );
    const row = page.locator('.weight-group tr[data-node="personnel"]');
    await row.getByTestId('weight-unused').waitFor();
    await row.getByRole('textbox').fill('0.4');
    await page.getByTestId('weights-no-effect').waitFor();
    expect(await page.getByTestId('weights-no-effect').textContent()).toContain(
      '不会改变任何评估结果',
    );
    await shot(page, 'admin-weights-no-effect.png');
    await page.goto(`${suite.server.url}/admin/versions/${copy.id}?tab=what-if`);
    await page.getByTestId('what-if-unused-defaults').waitFor();
    expect(await page.getByTestId('what-if-unused-defaults').textContent()).toContain('人员');

    await page.goto(`${suite.server.url}/admin/audit?action=indicator_system.*`);
    const sentence = page.getByTestId('audit-sentence').first();
    await sentence.waitFor();
    expect(await page.getByTestId('audit-sentence').allTextContents()).toContainEqual(
      expect.stringMatching(/^admin@zhiping\.local（管理员） 修改了权重$/),
    );
    await page.getByTestId('audit-changes').first().waitFor();
    // Dates are entered year first in Chinese (not the browser's mm/dd/yyyy).
    const from = page.getByRole('group', { name: '起始日期' });
    await from.locator('[role="spinbutton"]').first().waitFor();
    const segments = await from
      .locator('[role="spinbutton"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(segments[0]).toMatch(/年|year/i);
    await shot(page, 'admin-audit-sentences.png');
    await page.close();
  });

  test('a draft for comments is labelled when an assessment is started', async () => {
    const page = await suite.browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await open(page, registered.user.email, registered.user.password, '/assessments/new');
    const select = page.getByLabel('指标体系版本');
    await select.waitFor();
    const draft = await versionOf('cmmm-draft-2024');
    const label = await select.locator(`option[value="${draft.id}"]`).textContent();
    expect(label).toContain('征求意见稿');
    expect(label).toContain(draft.document.name.zh);
    await select.selectOption(draft.id);
    expect(await page.getByTestId('draft-notice').textContent()).toContain('不是正式发布的标准');
    await shot(page, 'new-assessment-draft.png');
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
