import { cleanup, screen } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DateField } from '../../../web/src/components/ui/date-field.tsx';
import { AUDIT_ACTIONS, auditChanges } from '../../../web/src/features/admin/audit-text.ts';
import { renderWeb } from '../report/render.tsx';

afterEach(cleanup);

describe('the audit log in words', () => {
  test('only the fields that changed are listed, before and after', () => {
    expect(
      auditChanges(
        { role: 'respondent', disabled: false, displayName: '王经理' },
        { role: 'assessor', disabled: false, displayName: '王经理', locale: 'en' },
      ),
    ).toEqual([
      { field: 'role', before: 'respondent', after: 'assessor' },
      { field: 'locale', before: '—', after: 'en' },
    ]);
    expect(auditChanges(null, { status: 'submitted' })).toEqual([
      { field: 'status', before: '—', after: 'submitted' },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges({ weights: { a: 1 } }, { weights: { a: 2 } })).toEqual([
      { field: 'weights', before: '{"a":1}', after: '{"a":2}' },
    ]);
  });

  test('every action the server audits has a sentence in both languages', () => {
    const root = join(__dirname, '../../../server/src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(root);
    const actions = new Set<string>();
    for (const f of files)
      for (const m of readFileSync(f, 'utf8').matchAll(/action: '([a-z_]+\.[a-z_.]+)'/g))
        actions.add(m[1]!);
    expect(actions.size).toBeGreaterThan(20);
    const missing = [...actions].filter((a) => !AUDIT_ACTIONS[a]?.zh || !AUDIT_ACTIONS[a]?.en);
    expect(missing).toEqual([]);
  });
});

describe('the date field', () => {
  test('shows a chosen day in the Chinese order (year first), not mm/dd/yyyy', () => {
    renderWeb(<DateField label="起始日期" value="2026-12-03" onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: '起始日期' });
    const text = group.textContent ?? '';
    expect(text.indexOf('2026')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('2026')).toBeLessThan(text.indexOf('12'));
  });

  test('in English it reads month/day/year', () => {
    renderWeb(<DateField label="From" value="2026-12-03" onChange={() => undefined} />, 'en');
    const text = screen.getByRole('group', { name: 'From' }).textContent ?? '';
    expect(text.replace(/[^\d/]/g, '')).toBe('12/3/2026');
  });
});
