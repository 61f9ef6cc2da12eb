/** Minimal JSON-over-HTTP client for tests that drive a real server process. */
export interface HttpClient {
  token?: string;
  call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
}

export function httpClient(baseUrl: string): HttpClient {
  const client: HttpClient = {
    async call<T>(method: string, path: string, body?: unknown) {
      const res = await fetch(baseUrl + path, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
  };
  return client;
}

/** One call that must answer `expected` (200 by default): the body, or an error naming both. */
export async function callExpecting<T>(
  client: HttpClient,
  method: string,
  path: string,
  body?: unknown,
  expected = 200,
): Promise<T> {
  const res = await client.call<T>(method, path, body);
  if (res.status !== expected)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
