import { indicatorSystemSchema, prepareScoring } from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import cmmm2020 from '../../../seeds/data/cmmm-2020.json' with { type: 'json' };
import { buildOutline } from '../../../web/src/features/questionnaire/outline.ts';
import { weakestFirstOutline } from '../../../web/src/features/quick-scan/outline-order.ts';
import { choiceForKey } from '../../../web/src/features/quick-scan/routes/scan.tsx';
import {
  pendingScan,
  setPendingScan,
} from '../../../web/src/features/quick-scan/api/quick-scan.ts';

describe('quick-scan keys', () => {
  test('1–5 choose levels 1..5, 6 "none of these yet", 7 N/A only where allowed', () => {
    expect(['1', '2', '3', '4', '5'].map((k) => choiceForKey(k, false))).toEqual([1, 2, 3, 4, 5]);
    expect(choiceForKey('6', false)).toBe(0);
    expect(choiceForKey('7', false)).toBeNull();
    expect(choiceForKey('7', true)).toBe('na');
    expect(choiceForKey('0', true)).toBeNull();
    expect(choiceForKey('Enter', true)).toBeNull();
  });
});

describe('weakest-first questionnaire order', () => {
  const system = indicatorSystemSchema.parse(cmmm2020);
  const outline = buildOutline(prepareScoring(system, 'automotive').tree, []);

  test('ranked sub-domains first in the scan order, the rest after in document order', () => {
    const ordered = weakestFirstOutline(outline, ['energy', 'sales', 'strategy']);
    const ids = ordered.sections.map((s) => s.node.id);
    expect(ids.slice(0, 3)).toEqual(['energy', 'sales', 'strategy']);
    const rest = outline.sections
      .map((s) => s.node.id)
      .filter((id) => !ids.slice(0, 3).includes(id));
    expect(ids.slice(3)).toEqual(rest);
    // "Next" follows the new order: the first requirement is energy's, and every one is kept.
    expect(ordered.sectionOf.get(ordered.order[0]!)).toBe('energy');
    expect([...ordered.order].sort()).toEqual([...outline.order].sort());
    expect(ordered.nav.map((n) => n.sectionId)).toEqual(ids);
  });
});

describe('pending scan in localStorage', () => {
  test('kept until cleared; junk in storage is no pending scan', () => {
    setPendingScan({ id: 'a', token: 't' });
    expect(pendingScan()).toEqual({ id: 'a', token: 't' });
    setPendingScan(null);
    expect(pendingScan()).toBeNull();
    localStorage.setItem('zhiping.quickScan.pending', '{"id":1}');
    expect(pendingScan()).toBeNull();
  });
});
