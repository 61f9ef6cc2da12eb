/**
 * Writes docs/indicator-system.schema.json from the zod schema of the exchange format.
 *
 *   pnpm tsx scripts/gen-json-schema.ts
 *
 * A test fails when the committed file differs from a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { indicatorSystemJsonSchema } from '../shared/src/indicator-system/validate.ts';

export const JSON_SCHEMA_PATH = fileURLToPath(
  new URL('../docs/indicator-system.schema.json', import.meta.url),
);

export function renderIndicatorSystemJsonSchema(): string {
  return `${JSON.stringify(indicatorSystemJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(JSON_SCHEMA_PATH, renderIndicatorSystemJsonSchema());
  console.log(`wrote ${JSON_SCHEMA_PATH}`);
}
