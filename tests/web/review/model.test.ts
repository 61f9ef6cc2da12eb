import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  effectiveTree,
  indicatorSystemSchema,
  type AnswerView,
  type ReviewItemView,
  type ReviewView,
} from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import {
  assessedChoice,
  expectedJudgment,
  reviewAbilities,
  reviewSections,
} from '../../../web/src/features/review/model.ts';

const system = indicatorSystemSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/data/cmmm-2020.json'), 'utf8')),
);
const ASSESSOR = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function review(over: Partial<ReviewView> = {}): ReviewView {
  return {
    assessmentId: '33333333-3333-4333-8333-333333333333',
    status: 'in_review',
    revision: 4,
    assessorId: ASSESSOR,
    judgment: null,
    opinion: null,
    signedOffAt: null,
    selfResult: { maturityLevel: 2, score: 2.35 },
    complete: true,
    items: [],
    findings: [],
    assessedReport: null,
    ...over,
  };
}
const finding = (status: 'open' | 'answered' | 'verified') => ({
  id: crypto.randomUUID(),
  assessmentId: '33333333-3333-4333-8333-333333333333',
  requirementId: null,
  text: '请补充证据',
  status,
  response: status === 'open' ? null : '已补充',
  createdBy: ASSESSOR,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const assessed = (maturityLevel: number) =>
  ({ maturityLevel, score: maturityLevel + 0.3 }) as unknown as ReviewView['assessedReport'];

describe('what the assessor may do', () => {
  test.each([
    [
      'the assigned assessor, in review, no findings',
      review(),
      { user: ASSESSOR, role: 'assessor' },
      { work: true, returnable: false, signOff: true, claim: false },
    ],
    [
      'with an open finding: return, not sign off',
      review({ findings: [finding('open')] }),
      { user: ASSESSOR, role: 'assessor' },
      { work: true, returnable: true, signOff: false },
    ],
    [
      'with an answered finding: neither until verified',
      review({ findings: [finding('answered')] }),
      { user: ASSESSOR, role: 'assessor' },
      { returnable: false, signOff: false, unresolved: 1 },
    ],
    [
      'with every finding verified: sign off',
      review({ findings: [finding('verified')] }),
      { user: ASSESSOR, role: 'assessor' },
      { signOff: true, unresolved: 0 },
    ],
    [
      'another assessor: read only',
      review(),
      { user: OTHER, role: 'assessor' },
      { work: false, signOff: false, claim: false },
    ],
    [
      'an unclaimed submitted assessment: claim',
      review({ status: 'submitted', assessorId: null }),
      { user: OTHER, role: 'assessor' },
      { claim: true, work: false },
    ],
    [
      'returned: nothing until resubmitted',
      review({ status: 'returned' }),
      { user: ASSESSOR, role: 'assessor' },
      { work: false, returnable: false, signOff: false },
    ],
    [
      'an admin: assign, never review',
      review(),
      { user: OTHER, role: 'admin' },
      { assign: true, work: false, claim: false },
    ],
    [
      'an admin, signed off: nothing to assign',
      review({ status: 'signed_off' }),
      { user: OTHER, role: 'admin' },
      { assign: false },
    ],
  ] as const)('%s', (_name, view, who, expected) => {
    expect(reviewAbilities(view, { id: who.user, role: who.role })).toMatchObject(expected);
  });
});

describe('the sign-off judgment', () => {
  test.each([
    [2, 2, 'confirmed'],
    [2, 1, 'adjusted'],
    [2, 3, 'adjusted'],
  ] as const)('self level %i, assessed %i: %s', (self, level, judgment) => {
    expect(
      expectedJudgment(
        review({ selfResult: { maturityLevel: self, score: 2 }, assessedReport: assessed(level) }),
      ),
    ).toBe(judgment);
  });
  test('none while the assessed report is withheld', () => {
    expect(expectedJudgment(review())).toBeNull();
  });
});

describe('the answer that counts', () => {
  const answer = { choice: 'full' } as AnswerView;
  test.each([
    ['no decision: the self answer', null, 'full'],
    ['confirmed: the self answer', { decision: 'confirm', adjustedChoice: null }, 'full'],
    ['adjusted: the assessed answer', { decision: 'adjust', adjustedChoice: 'partial' }, 'partial'],
  ] as const)('%s', (_name, item, expected) => {
    expect(assessedChoice({ answer, item: item as ReviewItemView | null })).toBe(expected);
  });
});

describe('the sections to review', () => {
  test('every applicable sub-domain in document order, tailored ones marked, levels ascending', () => {
    const tailoring = [{ subdomainId: 'product-service', reason: '售后由经销商负责' }];
    const sections = reviewSections(effectiveTree(system, 'automotive'), tailoring);
    expect(sections.map((s) => s.node.id).slice(0, 3)).toEqual(['strategy', 'skills', 'data']);
    expect(sections.find((s) => s.node.id === 'product-service')?.tailored?.reason).toBe(
      '售后由经销商负责',
    );
    for (const s of sections) {
      const levels = s.requirements.map((r) => r.level);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
    expect(sections[0]!.path.map((p) => p.id)).toEqual(['personnel', 'd-strategy']);
  });
});
