import { cleanup, fireEvent, screen } from '@testing-library/react';
import {
  indicatorSystemSchema,
  validateIndicatorSystem,
  type IndicatorSystem,
} from '@zhiping/shared';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import cmmm2020 from '../../../seeds/data/cmmm-2020.json' with { type: 'json' };
import { QuickScanPanel } from '../../../web/src/features/admin/components/editor/quick-scan-panel.tsx';
import { renderWeb } from '../report/render.tsx';

afterEach(cleanup);

function Harness({ initial, seen }: { initial: IndicatorSystem; seen: IndicatorSystem[] }) {
  const [doc, setDoc] = useState(initial);
  return (
    <QuickScanPanel
      doc={doc}
      editable
      onChange={(next) => {
        seen.push(next);
        setDoc(next);
      }}
      onValidity={() => {}}
    />
  );
}

const seed = () => indicatorSystemSchema.parse(structuredClone(cmmm2020));

describe('QuickScanPanel', () => {
  test('an edited option lands in the document at its level, the others untouched', () => {
    const seen: IndicatorSystem[] = [];
    renderWeb(<Harness initial={seed()} seen={seen} />, 'en');
    fireEvent.change(screen.getByLabelText('English', { selector: '#qs-strategy-option-3-en' }), {
      target: { value: 'Cross-department steering of every core process.' },
    });
    const last = seen.at(-1)!;
    const item = last.quickScan!.items.find((i) => i.subdomainId === 'strategy')!;
    expect(item.options[2]).toEqual({
      level: 3,
      text: {
        zh: seed().quickScan!.items[0]!.options[2]!.text.zh,
        en: 'Cross-department steering of every core process.',
      },
    });
    expect(item.options[1]).toEqual(seed().quickScan!.items[0]!.options[1]);
    expect(validateIndicatorSystem(last).ok).toBe(true);
  });

  test('a version without items gets a valid starter item for every sub-domain', () => {
    const seen: IndicatorSystem[] = [];
    const { quickScan: _dropped, ...bare } = seed();
    renderWeb(<Harness initial={bare} seen={seen} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: /Add items for the 20 sub-domains/ }));
    const last = seen.at(-1)!;
    expect(last.quickScan!.items).toHaveLength(20);
    expect(validateIndicatorSystem(last)).toMatchObject({ ok: true });
    fireEvent.click(screen.getByRole('button', { name: 'Remove all quick-scan items' }));
    expect(seen.at(-1)!.quickScan).toBeUndefined();
  });
});
