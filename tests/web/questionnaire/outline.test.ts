import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { effectiveTree, indicatorSystemSchema } from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import type { AnswerState } from '../../../web/src/features/questionnaire/autosave-queue.ts';
import {
  buildOutline,
  firstUnanswered,
  neighbour,
  progressOf,
} from '../../../web/src/features/questionnaire/outline.ts';

const system = indicatorSystemSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/data/cmmm-2020.json'), 'utf8')),
);
const tree = effectiveTree(system, 'automotive');
const tailoring = [{ subdomainId: 'product-service', reason: '由经销商承担售后服务' }];
const outline = buildOutline(tree, tailoring);

const answered = (entries: [string, AnswerState['choice']][]) =>
  new Map(
    entries.map(([id, choice]) => [
      id,
      { choice, comment: '', evidence: { notes: '', links: [] } } satisfies AnswerState,
    ]),
  );

describe('the questionnaire outline of CMMM 2020 under the automotive profile', () => {
  test('has every sub-domain in tree order and skips the tailored one when answering', () => {
    expect(outline.sections).toHaveLength(20);
    expect(outline.sections[0]!.node.id).toBe('strategy');
    const all = outline.sections.reduce((n, s) => n + s.requirements.length, 0);
    const tailored = outline.sectionById.get('product-service')!;
    expect(tailored.tailored?.reason).toBe('由经销商承担售后服务');
    expect(outline.order).toHaveLength(all - tailored.requirements.length);
    expect(outline.order).not.toContain(tailored.requirements[0]!.id);
  });

  test('lists each sub-domain’s requirements by level, ascending, including profile extras', () => {
    for (const s of outline.sections) {
      const levels = s.requirements.map((r) => r.level);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
    const extras = outline.sections.flatMap((s) =>
      s.requirements.filter((r) => r.addedByProfile === 'automotive'),
    );
    expect(extras.length).toBeGreaterThan(0);
  });

  test('shows a domain with a single sub-domain as that sub-domain, and keeps real groups', () => {
    const personnel = outline.nav[0]!;
    expect(personnel.node.id).toBe('personnel');
    expect(personnel.children.map((c) => c.sectionId)).toEqual(['strategy', 'skills']);
    const manufacturing = outline.nav.find((n) => n.node.id === 'manufacturing')!;
    const design = manufacturing.children.find((c) => c.id === 'd-design')!;
    expect(design.sectionId).toBeNull();
    expect(design.children.map((c) => c.sectionId)).toEqual(['product-design', 'process-design']);
    expect(manufacturing.sectionIds).toContain('product-service');
  });

  test('resumes at the first unanswered requirement, in questionnaire order', () => {
    const [first, second, third] = outline.order;
    expect(firstUnanswered(outline, new Map())).toBe(first);
    expect(
      firstUnanswered(
        outline,
        answered([
          [first!, 'full'],
          [second!, 'na'],
        ]),
      ),
    ).toBe(third);
    expect(firstUnanswered(outline, answered(outline.order.map((id) => [id, 'none'])))).toBeNull();
  });

  test('counts progress like the server: 不适用 leaves the applicable count', () => {
    const ids = outline.sectionById.get('strategy')!.requirements.map((r) => r.id);
    const p = progressOf(
      outline,
      ['strategy'],
      answered([
        [ids[0]!, 'full'],
        [ids[1]!, 'na'],
      ]),
    );
    expect(p).toEqual({ answered: 1, applicable: ids.length - 1, open: ids.length - 2 });
    expect(progressOf(outline, ['product-service'], new Map())).toEqual({
      answered: 0,
      applicable: 0,
      open: 0,
    });
  });

  test('moves across sub-domain borders and stops at both ends', () => {
    const strategy = outline.sectionById.get('strategy')!.requirements;
    const lastOfStrategy = strategy[strategy.length - 1]!.id;
    expect(neighbour(outline, lastOfStrategy, 1)).toBe(
      outline.sectionById.get('skills')!.requirements[0]!.id,
    );
    expect(neighbour(outline, outline.order[0]!, -1)).toBeNull();
    expect(neighbour(outline, outline.order[outline.order.length - 1]!, 1)).toBeNull();
  });
});
