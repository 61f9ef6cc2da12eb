import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { EvidenceFileView } from '@zhiping/shared';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EvidenceFiles } from '../../../web/src/features/questionnaire/components/evidence-files.tsx';
import { keyCommand } from '../../../web/src/features/questionnaire/keyboard.ts';
import { I18nProvider } from '../../../web/src/i18n/index.tsx';
import { clearSession, setSession } from '../../../web/src/lib/session.ts';

const ASSESSMENT_ID = '22222222-2222-4222-8222-222222222222';
const REQUIREMENT = 'ps-1-1';
const OTHER = 'ps-1-2';
const BASE = `/api/v1/assessments/${ASSESSMENT_ID}/evidence`;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    },
  });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: 'about:blank', title: 't', status, code, detail: code, ...extra });

let serial = 0;
const fileView = (requirementId: string, filename: string, sizeBytes = 2048): EvidenceFileView => {
  serial++;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    requirementId,
    filename,
    mimeType: 'application/pdf',
    sizeBytes,
    sha256: 'a'.repeat(64),
    createdAt: '2026-01-05T08:00:00.000Z',
  };
};

interface Upload {
  requirementId: FormDataEntryValue | null;
  file: FormDataEntryValue | null;
  contentType: string | null;
  authorization: string | null;
}

/**
 * The evidence API as the component uses it: an in-memory store behind fetch, paginated like
 * the server. `answerUpload` decides an upload's response (a problem, or a held promise).
 */
function scriptedApi(
  opts: {
    files?: EvidenceFileView[];
    answerUpload?: (upload: Upload) => Response | Promise<Response | undefined> | undefined;
    answerDelete?: () => Response | undefined;
    /** The first upload finds the access token expired. */
    expiredOnce?: boolean;
  } = {},
) {
  const files = [...(opts.files ?? [])];
  const log: string[] = [];
  const uploads: Upload[] = [];
  let expired = opts.expiredOnce ?? false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://app.test',
      );
      const method = init?.method ?? 'GET';
      const headers = new Headers(init?.headers);
      log.push(`${method} ${url.pathname}${url.search}`);
      if (url.pathname === '/api/v1/auth/refresh') {
        return json(200, { ...session, accessToken: 'renewed' });
      }
      if (url.pathname === BASE && method === 'GET') {
        const page = Number(url.searchParams.get('page') ?? 1);
        const limit = Number(url.searchParams.get('limit') ?? 50);
        return json(200, {
          items: files.slice((page - 1) * limit, page * limit),
          page,
          limit,
          total: files.length,
        });
      }
      if (url.pathname === BASE && method === 'POST') {
        const body = init?.body as FormData;
        const upload: Upload = {
          requirementId: body.get('requirementId'),
          file: body.get('file'),
          contentType: headers.get('content-type'),
          authorization: headers.get('authorization'),
        };
        uploads.push(upload);
        if (expired) {
          expired = false;
          return problem(401, 'token_expired');
        }
        const scripted = await opts.answerUpload?.(upload);
        if (scripted) return scripted;
        const file = upload.file as File;
        const saved = fileView(upload.requirementId as string, file.name, file.size);
        files.push(saved);
        return json(201, saved);
      }
      const one = files.find((f) => url.pathname === `${BASE}/${f.id}`);
      if (one && method === 'DELETE') {
        const scripted = opts.answerDelete?.();
        if (scripted) return scripted;
        files.splice(files.indexOf(one), 1);
        return new Response(null, { status: 204 });
      }
      if (one && method === 'GET') {
        expect(headers.get('authorization')).toBe('Bearer token');
        return new Response('%PDF-1.4 test', {
          status: 200,
          headers: { 'content-type': one.mimeType },
        });
      }
      return problem(404, 'not_found');
    }),
  );
  return { files, log, uploads };
}

const session = {
  accessToken: 'token',
  expiresIn: 900,
  user: {
    id: '11111111-1111-4111-8111-111111111111',
    email: 'zhang@example.com',
    displayName: '张三',
    role: 'respondent' as const,
    organizationId: '44444444-4444-4444-8444-444444444444',
    locale: 'zh-CN',
    disabled: false,
  },
  organization: null,
};

function renderFiles({ readOnly = false }: { readOnly?: boolean } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nProvider>
      <QueryClientProvider client={client}>
        <EvidenceFiles
          assessmentId={ASSESSMENT_ID}
          requirementId={REQUIREMENT}
          readOnly={readOnly}
        />
      </QueryClientProvider>
    </I18nProvider>,
  );
}

const pdf = (name = '设备台账.pdf', content = '%PDF-1.4\n%%EOF\n') =>
  new File([content], name, { type: 'application/pdf' });
const choose = (file: File, label: string | RegExp = '上传证据文件') => {
  const input = screen.getByLabelText<HTMLInputElement>(label);
  fireEvent.change(input, { target: { files: [file] } });
  return input;
};
const listed = () =>
  within(screen.getByTestId('evidence-files'))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('button')!.textContent.replace('⬇ ', ''));

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('zhiping.locale', 'zh-CN');
  setSession(session);
});
afterEach(() => {
  cleanup();
  clearSession();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('evidence files of a requirement', () => {
  test('lists this requirement’s files from every page, and says which files are accepted', async () => {
    // 120 files of another requirement first: ours are on the second page of the list.
    const others = Array.from({ length: 120 }, (_, i) => fileView(OTHER, `other-${i}.pdf`));
    const mine = [fileView(REQUIREMENT, '质量手册.pdf', 1_572_864), fileView(REQUIREMENT, 'a.png')];
    const api = scriptedApi({ files: [...others, ...mine] });
    renderFiles();
    await waitFor(() => expect(listed()).toEqual(['质量手册.pdf', 'a.png']));
    expect(api.log).toEqual([`GET ${BASE}?page=1&limit=100`, `GET ${BASE}?page=2&limit=100`]);
    expect(screen.getByTestId('evidence-files').textContent).toContain('1.5 MB');
    const input = screen.getByLabelText<HTMLInputElement>('上传证据文件');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.txt,.csv');
    const hint = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe(
      '支持 PDF、PNG、JPG/JPEG、WEBP、DOCX、XLSX、PPTX、TXT、CSV，每个文件不超过 10 MB。',
    );
    expect(screen.getByRole('button', { name: '删除文件 a.png' })).toBeTruthy();
  });

  test('uploads one file as multipart, shows it pending, then lists it', async () => {
    let release: () => void = () => {};
    const api = scriptedApi({
      answerUpload: () => new Promise<undefined>((r) => (release = () => r(undefined))),
    });
    renderFiles();
    await screen.findByLabelText('上传证据文件');
    const input = choose(pdf());
    await waitFor(() => expect(api.uploads).toHaveLength(1));
    const [sent] = api.uploads;
    expect(sent!.requirementId).toBe(REQUIREMENT);
    expect((sent!.file as File).name).toBe('设备台账.pdf');
    // fetch sets the multipart content type with its boundary: the client must not override it.
    expect(sent!.contentType).toBeNull();
    expect(sent!.authorization).toBe('Bearer token');
    expect(screen.getByRole('status').textContent.trim()).toBe('正在上传“设备台账.pdf”…');
    expect(input.disabled).toBe(true);

    await act(async () => release());
    await waitFor(() => expect(listed()).toEqual(['设备台账.pdf']));
    expect(screen.getByRole('status').textContent.trim()).toBe('已上传“设备台账.pdf”。');
    expect(input.disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('an expired token is renewed and the same file sent again', async () => {
    const api = scriptedApi({ expiredOnce: true });
    renderFiles();
    await screen.findByLabelText('上传证据文件');
    choose(pdf('report.pdf'));
    await waitFor(() => expect(listed()).toEqual(['report.pdf']));
    expect(api.uploads.map((u) => [u.authorization, (u.file as File).name])).toEqual([
      ['Bearer token', 'report.pdf'],
      ['Bearer renewed', 'report.pdf'],
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test.each([
    {
      reply: () => problem(413, 'file_too_large', { maxBytes: 5 * 1024 * 1024 }),
      zh: '“设备台账.pdf”超过 5 MB，无法上传。请压缩或拆分后再上传。',
      en: '“设备台账.pdf” is larger than 5 MB and cannot be uploaded. Compress or split it, then upload again.',
    },
    {
      reply: () => problem(415, 'unsupported_file_type'),
      zh: '“设备台账.pdf”的文件类型不受支持，或文件内容与扩展名不符。请上传 PDF、PNG、JPG/JPEG、WEBP、DOCX、XLSX、PPTX、TXT、CSV 格式的文件。',
      en: '“设备台账.pdf” is not a supported file type, or its content does not match its extension. Upload PDF, PNG, JPG/JPEG, WEBP, DOCX, XLSX, PPTX, TXT, CSV.',
    },
    {
      reply: () => problem(409, 'answer_not_reopened', { requirementIds: [REQUIREMENT] }),
      zh: '弱项整改期间，只有存在未关闭问题项的要求才能上传或删除证据文件。',
      en: 'During rectification, evidence files can only be added or deleted for requirements with open findings.',
    },
    {
      reply: () => problem(409, 'evidence_limit_reached', { limit: 20 }),
      zh: '每项要求最多 20 个证据文件，请先删除不再需要的文件。',
      en: 'A requirement holds at most 20 evidence files. Delete one you no longer need first.',
    },
  ])(
    'a refusal of the server is explained in the user’s language: $zh',
    async ({ reply, zh, en }) => {
      for (const [locale, expected, label] of [
        ['zh-CN', zh, '上传证据文件'],
        ['en', en, 'Upload an evidence file'],
      ] as const) {
        localStorage.setItem('zhiping.locale', locale);
        const api = scriptedApi({ answerUpload: reply });
        renderFiles();
        await screen.findByLabelText(label);
        const input = choose(pdf(), label);
        const alert = await screen.findByRole('alert');
        expect(alert.textContent).toBe(expected);
        expect(input.getAttribute('aria-describedby')).toContain(alert.id);
        expect(api.uploads).toHaveLength(1);
        expect(listed()).toEqual([]);
        cleanup();
      }
    },
  );

  test.each([
    { name: 'setup.exe', size: 100, message: /文件类型不受支持/ },
    { name: '生产记录.pdf', size: 10 * 1024 * 1024 + 1, message: /超过 10 MB/ },
    { name: 'empty.txt', size: 0, message: /是空文件/ },
  ])('$name ($size bytes) is refused before it is sent', async ({ name, size, message }) => {
    const api = scriptedApi();
    renderFiles();
    await screen.findByLabelText('上传证据文件');
    const file = pdf(name, 'x');
    Object.defineProperty(file, 'size', { value: size });
    choose(file);
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(api.uploads).toHaveLength(0);
  });

  test('deletes a file after a confirmation, and the focus moves on', async () => {
    const keep = fileView(REQUIREMENT, 'keep.pdf');
    const drop = fileView(REQUIREMENT, 'drop.pdf');
    const api = scriptedApi({ files: [keep, drop] });
    renderFiles();
    await waitFor(() => expect(listed()).toEqual(['keep.pdf', 'drop.pdf']));
    fireEvent.click(screen.getByRole('button', { name: '删除文件 drop.pdf' }));
    const confirm = screen.getByRole('button', { name: '删除' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    // Cancelling asks nothing of the server and gives the focus back.
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: '删除文件 drop.pdf' }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: '删除文件 drop.pdf' }));
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    await waitFor(() => expect(listed()).toEqual(['keep.pdf']));
    expect(api.log).toContain(`DELETE ${BASE}/${drop.id}`);
    expect(screen.getByRole('status').textContent.trim()).toBe('已删除“drop.pdf”。');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('上传证据文件')));
  });

  test('a deletion refused during rectification says why and keeps the file', async () => {
    const file = fileView(REQUIREMENT, 'old.pdf');
    scriptedApi({ files: [file], answerDelete: () => problem(409, 'answer_not_reopened') });
    renderFiles();
    await waitFor(() => expect(listed()).toEqual(['old.pdf']));
    fireEvent.click(screen.getByRole('button', { name: '删除文件 old.pdf' }));
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/弱项整改期间/);
    expect(listed()).toEqual(['old.pdf']);
  });

  test('downloads with the bearer token and hands the file to the browser under its name', async () => {
    const file = fileView(REQUIREMENT, '检验报告.pdf');
    scriptedApi({ files: [file] });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:evidence';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    renderFiles({ readOnly: true });
    fireEvent.click(await screen.findByRole('button', { name: '下载 检验报告.pdf' }));
    await waitFor(() =>
      expect(clicked).toEqual([{ href: 'blob:evidence', download: '检验报告.pdf' }]),
    );
    expect(await created[0]!.text()).toBe('%PDF-1.4 test');
  });

  test('read-only: files can be downloaded but not added or deleted', async () => {
    scriptedApi({ files: [fileView(REQUIREMENT, 'plan.docx')] });
    renderFiles({ readOnly: true });
    await waitFor(() => expect(listed()).toEqual(['plan.docx']));
    expect(screen.queryByLabelText('上传证据文件')).toBeNull();
    expect(screen.queryByRole('button', { name: /删除文件/ })).toBeNull();
    expect(screen.getByRole('button', { name: '下载 plan.docx' })).toBeTruthy();
  });

  test('read-only without files says so', async () => {
    scriptedApi();
    renderFiles({ readOnly: true });
    await screen.findByText('未上传证据文件。');
  });

  test('keys pressed on the file input are not answering shortcuts', async () => {
    scriptedApi();
    renderFiles();
    const input = await screen.findByLabelText('上传证据文件');
    for (const key of ['1', '5', 'j', 'ArrowDown']) {
      expect(
        keyCommand({ key, ctrlKey: false, metaKey: false, altKey: false, target: input }, true),
      ).toBeNull();
    }
  });
});
