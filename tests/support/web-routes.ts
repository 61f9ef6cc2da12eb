/**
 * What a browser downloads to show one route of the built web app, read from the build's
 * manifest (web/dist/.vite/manifest.json): index.html, the entry chunk and the route's lazy
 * chunk with their static imports, and the CSS of each. Used by `pnpm bench` (bytes over the
 * wire per route) and tests/e2e/delivery.test.ts; lives with the test support as the bench imports the rest of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** Manifest keys of the routes measured: the source file of each route's lazy component. */
export const MEASURED_ROUTES = {
  login: /^src\/features\/auth\/routes\/login\.tsx$/,
  questionnaire: /^src\/features\/questionnaire\/routes\/questionnaire\.tsx$/,
  report: /^src\/features\/report\/routes\/report\.tsx$/,
} satisfies Record<string, RegExp>;
export type MeasuredRoute = keyof typeof MEASURED_ROUTES;

export function readManifest(dist: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
}

/** URL paths (`/`, `/assets/…`) a first visit of the route loads, the document first. */
export function routeFiles(dist: string, route: MeasuredRoute | 'shell'): string[] {
  const manifest = readManifest(dist);
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('web/dist/.vite/manifest.json has no entry');
  const keys = [entry];
  if (route !== 'shell') {
    const key = Object.keys(manifest).find((k) => MEASURED_ROUTES[route].test(k));
    if (!key) throw new Error(`the build has no chunk for the ${route} route`);
    keys.push(key);
  }
  const seen = new Set<string>();
  const files = new Set<string>();
  const walk = (k: string) => {
    const chunk = manifest[k];
    if (seen.has(k) || !chunk) return;
    seen.add(k);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const i of chunk.imports ?? []) walk(i);
  };
  keys.forEach(walk);
  return ['/', ...[...files].filter((f) => f !== 'index.html').map((f) => `/${f}`)];
}
