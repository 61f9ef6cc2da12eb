import { round2 } from '@zhiping/shared';
import type { Lang, Messages } from './i18n.ts';

export interface SectionContext {
  lang: Lang;
  t: Messages;
}

export const fmt2 = (v: number) => round2(v).toFixed(2);
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
