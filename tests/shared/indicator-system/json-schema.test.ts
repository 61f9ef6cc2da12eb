import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  JSON_SCHEMA_PATH,
  renderIndicatorSystemJsonSchema,
} from '../../../scripts/gen-json-schema.ts';

describe('docs/indicator-system.schema.json', () => {
  test('equals a fresh generation (run `pnpm tsx scripts/gen-json-schema.ts` after a schema change)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(renderIndicatorSystemJsonSchema());
  });

  test('describes the recursive tree and the defaulted fields as optional input', () => {
    const schema = JSON.parse(renderIndicatorSystemJsonSchema());
    expect(schema.required).toEqual([
      'format',
      'code',
      'version',
      'name',
      'levels',
      'tree',
      'profiles',
    ]);
    const defs = Object.values(
      schema.$defs as Record<string, { properties?: Record<string, unknown> }>,
    );
    const node = defs.find(
      (d) => d.properties?.children !== undefined && d.properties?.requirements !== undefined,
    );
    expect(node).toBeDefined();
    expect(JSON.stringify(node!.properties!.children)).toContain('"$ref"');
  });
});
