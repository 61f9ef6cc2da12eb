import { join } from 'node:path';
import {
  effectiveTree,
  type AnswerChoice,
  type AssessmentView,
  type IndicatorSystem,
  type ReportResponse,
  type Session,
} from '@zhiping/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserSuite, launchBrowser, screenshot } from '../support/browser.ts';
import { registerOverHttp } from '../support/fixtures.ts';
import { callExpecting, httpClient, type HttpClient } from '../support/http.ts';

const DEMO_PASSWORD = 'Demo@2026!';

const suite = browserSuite({ SEED_DEMO: 'true' }, { bundled: true });
/** The enterprise's API session (it sets up its assessment over HTTP, for speed). */
let enterprise: HttpClient;
let enterpriseLogin: { email: string; password: string };
let assessmentId: string;
/** Uncaught errors of any page; every test ends by checking there were none. */
const pageErrors: string[] = [];

/** Answers that give CMMM level 2 with room to move: level 1 met, 2 mostly, 3 partly. */
function answerFor(level: number, index: number): AnswerChoice {
  if (level === 1) return 'full';
  if (level === 2) return index % 4 === 0 ? 'most' : 'full';
  if (level === 3) return (['partial', 'most', 'none'] as const)[index % 3]!;
  return 'none';
}

const call = callExpecting;

async function publishedVersionId(client: HttpClient, version?: string): Promise<string> {
  const systems = await call<{ items: { id: string; systemCode: string; version: string }[] }>(
    client,
    'GET',
    '/api/v1/indicator-systems',
  );
  const v = systems.items.find(
    (s) => s.systemCode === 'cmmm-2020' && (version === undefined || s.version === version),
  );
  if (!v) throw new Error(`no published cmmm-2020 ${version ?? ''}`);
  return v.id;
}

/** Creates, answers every requirement (in autosave-sized batches) and submits an assessment. */
async function submittedAssessment(client: HttpClient, title: string): Promise<string> {
  const versionId = await publishedVersionId(client, '2020.1');
  const { document } = await call<{ document: IndicatorSystem }>(
    client,
    'GET',
    `/api/v1/indicator-systems/versions/${versionId}`,
  );
  const created = await call<{ id: string; revision: number }>(
    client,
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
    const answers = requirements.slice(i, i + 100).map((r, j) => ({
      requirementId: r.id,
      choice: answerFor(r.level, i + j),
      comment: i + j === 0 ? '规划已经总经理办公会审定。' : undefined,
      evidence:
        i + j === 0
          ? { notes: '见《智能制造三年规划》第 2 章。', links: ['https://example.com/plan.pdf'] }
          : undefined,
    }));
    revision = (
      await call<{ revision: number }>(
        client,
        'PATCH',
        `/api/v1/assessments/${created.id}/answers`,
        {
          revision,
          answers,
        },
      )
    ).revision;
  }
  // A file of evidence for the first requirement, uploaded as the questionnaire does.
  const form = new FormData();
  form.set('requirementId', requirements[0]!.id);
  form.set(
    'file',
    new Blob(['总经理办公会纪要 2025-12-03'], { type: 'text/plain' }),
    '会议纪要.txt',
  );
  const upload = await fetch(`${suite.server.url}/api/v1/assessments/${created.id}/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  expect(upload.status).toBe(201);
  await call(client, 'POST', `/api/v1/assessments/${created.id}/submit`, { revision });
  return created.id;
}

const shot = screenshot;

/** A fresh page signed in through the login page as `email` (the cookie of the last user is dropped). */
async function signIn(
  email: string,
  password: string,
  landing: string,
  context: BrowserContext = suite.browser,
): Promise<Page> {
  await context.clearCookies();
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${email}: ${e.message}`));
  await page.goto(`${suite.server.url}/login`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel(/^密码/).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`**${landing}`);
  return page;
}

const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

beforeAll(async () => {
  enterprise = httpClient(suite.server.url);
  // Registration goes by mail: the link is read from the server's outbox (DATA_DIR/outbox).
  const reg = await registerOverHttp(suite.server.url, join(suite.server.dataDir, 'outbox'));
  enterpriseLogin = { email: reg.body.user.email, password: reg.body.user.password };
  enterprise.token = reg.session.accessToken;
  assessmentId = await submittedAssessment(enterprise, '2026 年度自评估（评审）');
});

/**
 * The enterprise's side of 弱项整改, through the UI: from the dashboard to the returned
 * assessment's findings, into the questionnaire at the re-opened requirement and back, a new
 * answer and a response saved, then the resubmission. Answers the label of the new answer.
 */
async function rectify(context: BrowserContext): Promise<string> {
  const page = await signIn(enterpriseLogin.email, enterpriseLogin.password, '/dashboard', context);
  const row = page.locator('.assessment-row', { hasText: '2026 年度自评估（评审）' });
  expect(await row.locator('.status').textContent()).toBe('退回整改');
  await row.getByRole('link', { name: '处理整改意见' }).click();
  await page.waitForURL(`**/assessments/${assessmentId}/rectification`);
  const card = page.getByTestId('rect-group').first();
  expect(await card.textContent()).toContain('请补充规划的审批记录。');
  const requirementId = (await card.getAttribute('data-requirement'))!;
  await shot(page, 'rectification-desktop.png', true);

  // Evidence is added in the questionnaire, which opens at the requirement, answerable there.
  await card.getByRole('link', { name: /在问卷中补充证据/ }).click();
  await page.getByTestId('rectification-banner').waitFor();
  const item = page.locator(`[id="req-${requirementId}"]`);
  await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
  expect(await item.locator('fieldset.choices').isDisabled()).toBe(false);
  expect(await page.locator('.q-item fieldset.choices:disabled').count()).toBeGreaterThan(0);
  await page.goBack();
  await page.waitForURL(`**/assessments/${assessmentId}/rectification`);

  const current = await card.locator('input[type="radio"]:checked').getAttribute('value');
  const [choice, label] = current === 'partial' ? ['most', '大部分满足'] : ['partial', '部分满足'];
  await card.locator(`label.choice-${choice}`).click();
  await card.getByLabel(/你的回复/).fill('已补充总经理办公会纪要（2025-12-03），规划已审批。');
  expect(await text(page, 'save-state')).toBe('有未保存的修改');
  await card.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(() => card.getByTestId('save-state').getAttribute('data-status')).toBe('saved');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await shot(page, 'rectification-390.png', true);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: '重新提交评审' }).click();
  await page.getByTestId('resubmit-dialog').getByRole('button', { name: '确认重新提交' }).click();
  await page.getByTestId('rect-resubmitted').waitFor();
  await expect.poll(() => text(page, 'rect-status')).toBe('评审中');
  await shot(page, 'rectification-resubmitted.png');
  await page.close();
  return label;
}

describe('the assessor’s review', () => {
  test('claim, adjust two answers, raise a finding, return; verify the response and sign off', async () => {
    const page = await signIn('assessor@zhiping.local', DEMO_PASSWORD, '/review');
    await page.getByTestId('review-queue').waitFor();
    // Nothing is assigned yet; the new assessment waits under "open to claim".
    await page.getByTestId('queue-empty').waitFor();
    await page.getByRole('button', { name: '可认领', exact: true }).click();
    const row = page.locator(`[data-testid="queue-row"][data-assessment="${assessmentId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('二级 规范级');
    await shot(page, 'review-queue.png', true);
    await row.getByRole('button', { name: '认领评审' }).click();
    await page.waitForURL(`**/review/${assessmentId}`);
    await page.getByTestId('review-page').waitFor();
    await expect.poll(() => text(page, 'review-status')).toBe('评审中');
    const before = await text(page, 'assessed-score');
    expect(before).toContain('二级 规范级');

    // The first requirement shows the enterprise's comment and evidence beside the decision.
    const cards = page.getByTestId('requirement-review');
    const first = cards.first();
    expect(await first.textContent()).toContain('见《智能制造三年规划》第 2 章。');
    expect(await first.getByRole('link', { name: 'https://example.com/plan.pdf' }).count()).toBe(1);
    const download = page.waitForEvent('download');
    await first.getByRole('button', { name: '下载 会议纪要.txt' }).click();
    expect((await download).suggestedFilename()).toBe('会议纪要.txt');

    // Adjust two level-2 answers (level 1 is met either way, so those would not move the
    // score); an adjustment without its reason is refused inline, in Chinese.
    const levelTwo = page.locator('[data-testid="requirement-review"][data-level="2"]');
    for (const card of [levelTwo.nth(0), levelTwo.nth(1)]) {
      await card.getByText('调整', { exact: true }).click();
      await card.getByText('部分满足', { exact: true }).click();
      await card.getByRole('button', { name: '保存判定' }).click();
      await card.getByText('调整需要填写理由').waitFor();
      await card.getByLabel(/调整理由/).fill('规划未明确量化目标，仅部分满足要求。');
      await card.getByRole('button', { name: '保存判定' }).click();
      await card.getByText('已保存').waitFor();
    }
    // The live assessed score follows the adjustments.
    await expect.poll(() => text(page, 'assessed-score')).not.toBe(before);
    expect(await page.locator('.r-card.adjusted').count()).toBe(2);

    // A finding on the third requirement, then back to the enterprise for 弱项整改.
    const third = cards.nth(2);
    await third.getByRole('button', { name: '就此项提出发现项' }).click();
    await third.getByLabel('发现项').fill('请补充规划的审批记录。');
    await third.getByRole('button', { name: '提出发现项' }).click();
    await third.getByTestId('finding').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'review-desktop.png');
    await third.scrollIntoViewIfNeeded();
    await shot(page, 'review-desktop-finding.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await shot(page, 'review-390.png');
    await first.scrollIntoViewIfNeeded();
    await shot(page, 'review-390-card.png');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: '退回整改' }).click();
    const dialog = page.getByTestId('return-dialog');
    expect(await dialog.textContent()).toContain('1 个待整改的发现项');
    await dialog.getByRole('button', { name: '退回整改' }).click();
    await expect.poll(() => text(page, 'review-status')).toBe('退回整改中');

    // 弱项整改, in a second browser: the enterprise changes the re-opened answer, responds to
    // the finding and resubmits from the rectification page.
    const enterpriseBrowser = await launchBrowser();
    const changedTo = await rectify(enterpriseBrowser).finally(() => enterpriseBrowser.close());

    // The assessor verifies the response and signs off.
    await page.reload();
    await expect.poll(() => text(page, 'review-status')).toBe('评审中');
    expect(await third.getByTestId('self-choice').textContent()).toBe(changedTo);
    await page.getByTestId('findings-tab').click();
    const finding = page.getByTestId('finding').first();
    expect(await finding.textContent()).toContain('已补充总经理办公会纪要');
    await finding.getByRole('button', { name: '验证通过' }).click();
    await expect.poll(() => finding.getAttribute('data-status')).toBe('verified');
    await page.getByRole('button', { name: '签署判定' }).click();
    const signOff = page.getByTestId('sign-off-dialog');
    await signOff.getByLabel(/总体评估意见/).fill('太短');
    await signOff.getByRole('button', { name: '确认签署' }).click();
    await signOff.getByText('至少需要 10 个字符').waitFor();
    await signOff
      .getByLabel(/总体评估意见/)
      .fill('企业智能制造规划清晰，生产环节数字化基础较好；规划量化目标需进一步细化。');
    await shot(page, 'review-sign-off.png');
    await signOff.getByRole('button', { name: '确认签署' }).click();
    await expect.poll(() => text(page, 'review-status')).toBe('已判定');
    await page.getByTestId('signed-off').waitFor();

    // The report shows the self-assessed and the assessed result side by side.
    await page.getByRole('link', { name: '查看报告' }).first().click();
    await page.waitForURL(`**/assessments/${assessmentId}/report`);
    const judgment = page.getByTestId('assessor-judgment');
    await judgment.waitFor();
    // Self-assessed and assessed: each a level and a score.
    expect((await judgment.textContent()) ?? '').toMatch(/自评.*级.*\d\.\d\d.*评估.*级.*\d\.\d\d/);
    await judgment.scrollIntoViewIfNeeded();
    await shot(page, 'review-report.png');
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});

describe('the admin’s indicator-system editor', () => {
  test('copy to a draft, change a weight, see the what-if, publish; old reports stay, new assessments pin it', async () => {
    const reportBefore = await call<ReportResponse>(
      enterprise,
      'GET',
      `/api/v1/assessments/${assessmentId}/report`,
    );

    const page = await signIn('admin@zhiping.local', DEMO_PASSWORD, '/admin');
    await page.getByTestId('systems-page').waitFor();
    await shot(page, 'admin-systems.png', true);
    const published = page.locator('[data-system="cmmm-2020"] tr[data-version="2020.1"]');
    await published.getByRole('button', { name: '复制为草稿' }).click();
    const copy = page.getByTestId('copy-dialog');
    await copy.getByLabel(/新版本号/).fill('');
    await copy.getByRole('button', { name: '复制并编辑' }).click();
    await copy.getByText('此项必填').waitFor();
    await copy.getByLabel(/新版本号/).fill('2020.2');
    await copy.getByRole('button', { name: '复制并编辑' }).click();
    await page.waitForURL(/\/admin\/versions\/[0-9a-f-]{36}$/);
    const draftId = /versions\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await expect.poll(() => text(page, 'version-status')).toBe('草稿');

    // The automotive profile's weight of 制造: the effective weights follow as it is typed.
    await page.getByRole('tab', { name: '权重' }).click();
    await page.getByTestId('weights-profile').selectOption('automotive');
    const row = page.locator('.weight-group tr[data-node="manufacturing"]');
    const effective = () => row.getByTestId('effective-weight').textContent();
    const was = await effective();
    const input = row.getByRole('textbox');
    await input.fill('-1');
    await row.getByText('权重须大于 0').waitFor();
    await input.fill('0.2');
    await expect.poll(effective).not.toBe(was);
    expect(await effective()).toContain('原为');
    // The sub-domains' effective weights still add up to 100%.
    expect(await text(page, 'weights-total')).toContain('100.00%');
    await shot(page, 'admin-weights.png');

    // Meanwhile another admin saves the draft: the save is refused and the edits are kept.
    const otherAdmin = httpClient(suite.server.url);
    otherAdmin.token = (
      await call<Session>(otherAdmin, 'POST', '/api/v1/auth/login', {
        email: 'admin@zhiping.local',
        password: DEMO_PASSWORD,
      })
    ).accessToken;
    await call(otherAdmin, 'PATCH', `/api/v1/admin/indicator-systems/versions/${draftId}/weights`, {
      revision: 1,
      profileId: 'automotive',
      weights: { personnel: 0.13 },
    });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const conflict = page.getByTestId('conflict-dialog');
    await conflict.getByText('修订 2').waitFor();
    await shot(page, 'admin-conflict.png');
    await conflict.getByRole('button', { name: '保留我的修改' }).click();
    expect(await input.inputValue()).toBe('0.2');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => text(page, 'save-state')).toBe('已保存');
    const saved = await call<{ revision: number; document: IndicatorSystem }>(
      otherAdmin,
      'GET',
      `/api/v1/indicator-systems/versions/${draftId}`,
    );
    expect(saved.revision).toBe(3);
    expect(saved.document.profiles.find((p) => p.id === 'automotive')!.weights.manufacturing).toBe(
      0.2,
    );

    // What the new weights do to submitted assessments.
    await page.getByRole('tab', { name: '影响预览' }).click();
    await page.getByTestId('what-if').waitFor();
    const whatIfRow = page.locator('[data-testid="what-if-row"]', {
      hasText: '2026 年度自评估（评审）',
    });
    await whatIfRow.waitFor();
    expect(await whatIfRow.textContent()).toMatch(/[+−]\d+\.\d\d/);
    await shot(page, 'admin-what-if.png', true);

    // Publish, after a confirmation.
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByTestId('publish-dialog').getByRole('button', { name: '确认发布' }).click();
    await expect.poll(() => text(page, 'version-status')).toBe('已发布');

    // A new assessment can pin the new version; the old report is unchanged.
    const newVersionId = await publishedVersionId(enterprise, '2020.2');
    expect(newVersionId).toBe(draftId);
    const created = await call<{ id: string }>(
      enterprise,
      'POST',
      '/api/v1/assessments',
      {
        versionId: newVersionId,
        title: '2027 年度自评估',
        profileId: 'automotive',
        targetLevel: 3,
      },
      201,
    );
    const fresh = await call<AssessmentView>(
      enterprise,
      'GET',
      `/api/v1/assessments/${created.id}`,
    );
    expect(fresh.version.version).toBe('2020.2');
    const reportAfter = await call<ReportResponse>(
      enterprise,
      'GET',
      `/api/v1/assessments/${assessmentId}/report`,
    );
    expect(reportAfter.assessment.version.version).toBe('2020.1');
    expect(reportAfter.self.score).toBe(reportBefore.self.score);
    expect(reportAfter.assessed?.score).toBe(reportBefore.assessed?.score);

    // The rest of the admin area renders with its data, on a desktop and on a phone.
    for (const [path, testId, name] of [
      ['/admin/standards', 'standards-page', 'admin-standards.png'],
      ['/admin/enterprises', 'enterprises-page', 'admin-enterprises.png'],
      ['/admin/users', 'users-page', 'admin-users.png'],
      ['/admin/audit?action=indicator_system.*', 'audit-page', 'admin-audit.png'],
    ] as const) {
      await page.goto(suite.server.url + path);
      await page.getByTestId(testId).waitFor();
      await page.locator('table tbody tr, .audit-event').first().waitFor();
      await shot(page, name);
    }
    expect(
      await page.locator('.audit-event[data-action="indicator_system.version_published"]').count(),
    ).toBe(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/admin/versions/${draftId}?tab=weights&profile=automotive`);
    await page.getByTestId('weights-panel').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await shot(page, 'admin-weights-390.png');
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  test('a respondent who opens an admin URL is refused there', async () => {
    const page = await signIn(enterpriseLogin.email, enterpriseLogin.password, '/dashboard');
    await page.goto(`${suite.server.url}/admin/users`);
    await page.getByTestId('refusal').waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    expect(await page.getByTestId('users-page').count()).toBe(0);
    await shot(page, 'admin-refusal.png');
    await page.goto(`${suite.server.url}/review`);
    await page.getByTestId('refusal').waitFor();
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
