import { NATIONAL_BANDS, NATIONAL_BAND_LABELS, round2, type NationalBand } from '@zhiping/shared';
import { COLORS, type Canvas } from './canvas.ts';
import type { Lang } from './i18n.ts';
import type { PdfBenchmark, PdfLevel } from './types.ts';

const fmt = (v: number) => round2(v).toFixed(2);

export interface RadarSeries {
  values: (number | null)[];
  color: string;
}

/** Whether `radarChart` would number its axes for these labels at this size (draws nothing). */
export function radarNeedsNumbers(c: Canvas, labels: readonly string[], size = 300): boolean {
  return radarChart(c, { x: 0, y: 0, size }, labels, [], null, true);
}

/**
 * A radar of 0–5 scores drawn as vector paths. Axis labels are the names when every name
 * fits in two short lines and no two labels collide; otherwise numbers, and the caller
 * prints the legend.
 * Returns whether numbers were used.
 */
export function radarChart(
  c: Canvas,
  box: { x: number; y: number; size: number },
  labels: readonly string[],
  series: readonly RadarSeries[],
  targetScore: number | null,
  measureOnly = false,
): boolean {
  const { doc } = c;
  const n = labels.length;
  const labelWidth = 64;
  const labelSize = 7;
  const wrapped = labels.map((l) => c.wrap(l, labelWidth, 'regular', labelSize));
  const lineHeight = labelSize * 1.2;
  const cx = box.x + box.size / 2;
  const cy = box.y + box.size / 2;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;

  /** Where each axis label goes, for a radius: its lines, box and alignment. */
  const place = (radius: number, texts: string[][]) =>
    texts.map((lines, i) => {
      const a = angle(i);
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      const x = cx + cos * radius;
      const y = cy + sin * radius;
      const height = lines.length * lineHeight;
      const align: 'left' | 'right' | 'center' =
        cos > 0.25 ? 'left' : cos < -0.25 ? 'right' : 'center';
      const lx =
        align === 'left' ? x + 4 : align === 'right' ? x - 4 - labelWidth : x - labelWidth / 2;
      const ly = sin < -0.25 ? y - height - 3 : sin > 0.25 ? y + 3 : y - height / 2;
      const w = Math.max(...lines.map((l) => c.measure(l, 'regular', labelSize)));
      const x0 =
        align === 'left' ? lx : align === 'right' ? lx + labelWidth - w : lx + (labelWidth - w) / 2;
      return { lines, lx, ly, align, x0, x1: x0 + w, y0: ly, y1: ly + height };
    });
  const collide = (boxes: { x0: number; x1: number; y0: number; y1: number }[]) =>
    boxes.some((a, i) =>
      boxes.some(
        (b, j) => j > i && a.x0 < b.x1 + 1 && b.x0 < a.x1 + 1 && a.y0 < b.y1 + 1 && b.y0 < a.y1 + 1,
      ),
    );
  const named = n <= 24 && wrapped.every((ls) => ls.length <= 2);
  const numbered = !named || collide(place(box.size / 2 - 44, wrapped));
  if (measureOnly) return numbered;
  const margin = numbered ? 14 : 44;
  const radius = box.size / 2 - margin;
  if (n < 3) return numbered;
  const point = (i: number, v: number): [number, number] => [
    cx + Math.cos(angle(i)) * radius * (v / 5),
    cy + Math.sin(angle(i)) * radius * (v / 5),
  ];
  const polygon = (values: readonly number[]) => {
    values.forEach((v, i) => {
      const [x, y] = point(i, v);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath();
  };

  doc.lineWidth(0.5).strokeColor(COLORS.grid);
  for (let ring = 1; ring <= 5; ring++) {
    polygon(Array(n).fill(ring));
    doc.stroke();
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = point(i, 5);
    doc.moveTo(cx, cy).lineTo(x, y).stroke();
  }
  for (let ring = 1; ring <= 5; ring++) {
    const [, y] = point(0, ring);
    c.label(String(ring), cx + 2, y + 1, { size: 6, color: COLORS.muted });
  }
  if (targetScore !== null) {
    polygon(Array(n).fill(Math.min(5, targetScore)));
    doc.lineWidth(0.9).dash(3, { space: 2 }).strokeColor(COLORS.target).stroke().undash();
  }
  for (const s of series) {
    polygon(s.values.map((v) => Math.max(0, Math.min(5, v ?? 0))));
    doc.fillOpacity(0.18).fillAndStroke(s.color, s.color).fillOpacity(1);
    doc.lineWidth(1.2).strokeColor(s.color);
    polygon(s.values.map((v) => Math.max(0, Math.min(5, v ?? 0))));
    doc.stroke();
  }

  const texts = numbered ? labels.map((_, i) => [String(i + 1)]) : wrapped;
  for (const label of place(radius, texts)) {
    label.lines.forEach((text, k) => {
      c.label(text, label.lx, label.ly + k * lineHeight, {
        size: labelSize,
        color: COLORS.text,
        width: labelWidth,
        align: label.align,
      });
    });
  }
  return numbered;
}

/** Level scores 1..5 as bars (self, and assessed beside it), threshold dashed. */
export function levelBars(
  c: Canvas,
  box: { x: number; y: number; width: number; height: number },
  levels: readonly PdfLevel[],
  threshold: number,
  names: (level: PdfLevel) => string,
  absent: string,
): void {
  const { doc } = c;
  const axisWidth = 22;
  const labelHeight = 22;
  const plot = {
    x: box.x + axisWidth,
    y: box.y + 10,
    width: box.width - axisWidth,
    height: box.height - labelHeight - 10,
  };
  const yOf = (v: number) => plot.y + plot.height * (1 - Math.max(0, Math.min(1, v)));
  doc.lineWidth(0.5).strokeColor(COLORS.grid);
  for (let g = 0; g <= 5; g++) {
    const v = g / 5;
    doc
      .moveTo(plot.x, yOf(v))
      .lineTo(plot.x + plot.width, yOf(v))
      .stroke();
    c.label(v.toFixed(1), box.x, yOf(v) - 4, {
      size: 6.5,
      color: COLORS.muted,
      width: axisWidth - 4,
      align: 'right',
    });
  }
  const twoSeries = levels.some((l) => l.assessed !== null);
  const slot = plot.width / levels.length;
  const barWidth = Math.min(26, slot * (twoSeries ? 0.32 : 0.5));
  levels.forEach((l, i) => {
    const center = plot.x + slot * (i + 0.5);
    const bars: [number | null, boolean, string][] = [[l.self, l.selfAttained, COLORS.accent]];
    if (twoSeries) bars.push([l.assessed, l.assessedAttained, COLORS.assessed]);
    bars.forEach(([value, attained, color], k) => {
      const x = center - (bars.length * barWidth) / 2 + k * barWidth;
      if (value === null) {
        c.label(absent, x, yOf(0) - 10, {
          size: 7,
          color: COLORS.muted,
          width: barWidth,
          align: 'center',
        });
        return;
      }
      const top = yOf(value);
      doc.rect(x + 1, top, barWidth - 2, yOf(0) - top).fill(color);
      if (attained) {
        doc.rect(x + 1, top, barWidth - 2, 2).fill(COLORS.good);
      }
      c.label(fmt(value), x - 4, top - 9, {
        size: 6.5,
        color: COLORS.text,
        width: barWidth + 8,
        align: 'center',
      });
    });
    c.label(names(l), center - slot / 2, yOf(0) + 4, {
      size: 7,
      color: COLORS.text,
      width: slot,
      align: 'center',
    });
  });
  doc
    .moveTo(plot.x, yOf(threshold))
    .lineTo(plot.x + plot.width, yOf(threshold))
    .lineWidth(0.9)
    .dash(3, { space: 2 })
    .strokeColor(COLORS.target)
    .stroke()
    .undash();
}

const BAND_COLORS: Record<NationalBand, string> = {
  le1: '#c9d6e3',
  l2: '#8fb1d3',
  l3: '#4f86c0',
  ge4: '#1f4e79',
};

/** National level distributions as stacked horizontal bars; the enterprise's band outlined. */
export function distributionBars(c: Canvas, benchmark: PdfBenchmark, lang: Lang): void {
  const { doc } = c;
  const labelWidth = 40;
  const barHeight = 14;
  const width = c.width - labelWidth;
  c.ensure(benchmark.national.length * (barHeight + 6) + 30);
  for (const row of benchmark.national) {
    const y = c.y;
    c.label(String(row.year), c.left, y + 3, { size: 8, weight: 'bold' });
    let x = c.left + labelWidth;
    for (const band of NATIONAL_BANDS) {
      const w = (row.percent[band] / 100) * width;
      doc.rect(x, y, w, barHeight).fill(BAND_COLORS[band]);
      if (band === benchmark.band) {
        doc.rect(x, y, w, barHeight).lineWidth(1.5).strokeColor(COLORS.target).stroke();
      }
      if (w > 18) {
        c.label(`${row.percent[band]}%`, x, y + 3, {
          size: 7,
          color: band === 'le1' || band === 'l2' ? COLORS.text : '#ffffff',
          width: w,
          align: 'center',
        });
      }
      x += w;
    }
    c.y += barHeight + 6;
  }
  let x = c.left + labelWidth;
  for (const band of NATIONAL_BANDS) {
    doc.rect(x, c.y + 1, 8, 8).fill(BAND_COLORS[band]);
    const text = NATIONAL_BAND_LABELS[band][lang];
    c.label(text, x + 11, c.y, { size: 7.5 });
    x += 11 + c.measure(text, 'regular', 7.5) + 14;
  }
  c.y += 16;
}
