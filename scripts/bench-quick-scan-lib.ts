/**
 * The quick-scan result request (docs/quick-scan.md): an anonymous scan with every question
 * answered, then `n` sequential GET /api/v1/quick-scans/:id/result with its token, after a
 * warm-up. Used by `pnpm bench` and by scripts/bench-quick-scan.ts (quick mode).
 */
export async function quickScanResultTiming(baseUrl: string, n = 300, warmup = 30) {
  const options = (await (await fetch(`${baseUrl}/api/v1/quick-scans/options`)).json()) as {
    items: { versionId: string; systemCode: string }[];
  };
  const version = options.items.find((v) => v.systemCode === 'cmmm-2020') ?? options.items[0];
  if (!version) throw new Error('no indicator-system version with quick-scan items');
  const created = await fetch(`${baseUrl}/api/v1/quick-scans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ versionId: version.versionId, profileId: 'automotive' }),
  });
  if (created.status !== 201) throw new Error(`start a quick scan: ${created.status}`);
  const scan = (await created.json()) as {
    id: string;
    token: string;
    items: { subdomainId: string }[];
  };
  const headers = { 'content-type': 'application/json', 'x-quick-scan-token': scan.token };
  const saved = await fetch(`${baseUrl}/api/v1/quick-scans/${scan.id}/answers`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      answers: scan.items.map((i, k) => ({ subdomainId: i.subdomainId, choice: k % 6 })),
    }),
  });
  if (saved.status !== 200) throw new Error(`answer the quick scan: ${saved.status}`);
  const once = async () => {
    const r = await fetch(`${baseUrl}/api/v1/quick-scans/${scan.id}/result`, { headers });
    if (r.status !== 200) throw new Error(`quick-scan result: ${r.status}`);
    await r.arrayBuffer();
  };
  for (let i = 0; i < warmup; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  return { p50: at(50), p99: at(99), n };
}
