import PDFDocument from 'pdfkit';
import { Canvas, COLORS } from './canvas.ts';
import { embeddedFonts } from './fonts.ts';
import { langOf, messages, pick, type Messages } from './i18n.ts';
import {
  boardCover,
  chartsPage,
  executiveSummary,
  heatmapSection,
  roadmapSection,
  standardsSection,
} from './board.ts';
import { boardMessages, type BoardMessages } from './board-i18n.ts';
import { benchmark, gapTable, method, phases } from './sections.ts';
import type { RenderOptions, RoadmapPdfData } from './types.ts';

const MARGINS = { top: 56, bottom: 50, left: 45, right: 45 };

function truncate(c: Canvas, text: string, width: number, size: number): string {
  if (c.measure(text, 'regular', size) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (c.measure(`${out}${ch}…`, 'regular', size) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** Header (from page 2) and footer with page numbers, drawn once the page count is known. */
function chrome(
  c: Canvas,
  data: RoadmapPdfData,
  t: Messages,
  lang: 'zh' | 'en',
  b: BoardMessages,
): void {
  const { doc } = c;
  const range = doc.bufferedPageRange();
  const total = range.count;
  const half = c.width / 2 - 10;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > range.start) {
      const y = MARGINS.top - 24;
      c.label(truncate(c, `${t.product.split(' · ')[0]} · ${b.headerTitle}`, half, 8), c.left, y, {
        size: 8,
        color: COLORS.muted,
      });
      c.label(truncate(c, data.enterprise.name, half, 8), c.right - half, y, {
        size: 8,
        color: COLORS.muted,
        width: half,
        align: 'right',
      });
      doc
        .moveTo(c.left, y + 13)
        .lineTo(c.right, y + 13)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
    }
    const y = doc.page.height - MARGINS.bottom + 18;
    // The model in words, never an internal code.
    const source = `${pick(data.system.name, lang)}${data.system.draftForComments ? t.paren(b.draftLabel) : ''}`;
    c.label(truncate(c, source, c.width - 90, 7), c.left, y, { size: 7, color: COLORS.muted });
    c.label(t.page(i - range.start + 1, total), c.left, y, {
      size: 7.5,
      color: COLORS.muted,
      width: c.width,
      align: 'right',
    });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The assessment report and improvement roadmap as a PDF. Board edition (default): cover,
 * one-page executive summary, level bars and radar, the phased timeline, standards per phase,
 * the gap heat map. Full edition (`edition: 'full'`): the same, then every table as an
 * appendix (gaps, every item per phase, benchmark, method and weights). Chinese by default,
 * English with `lang: 'en'`; Noto Sans SC is embedded as a subset.
 */
export async function renderRoadmapPdf(
  data: RoadmapPdfData,
  options: RenderOptions = { lang: 'zh-CN' },
): Promise<Buffer> {
  const lang = langOf(options.lang);
  const t = messages(lang);
  const b = boardMessages(lang);
  const full = options.edition === 'full';
  const fonts = embeddedFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    autoFirstPage: true,
    lang: lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    info: {
      Title: `${b.reportTitle} · ${data.enterprise.name}`,
      Author: 'zhiping',
      Subject: `${pick(data.system.name, lang)} ${data.system.version}`,
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit takes a parsed fontkit font as a source (its types only list paths and buffers).
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);

  const c = new Canvas(doc, MARGINS);
  const ctx = { lang, t, b, full };
  boardCover(c, data, ctx);
  executiveSummary(c, data, ctx);
  chartsPage(c, data, ctx);
  roadmapSection(c, data, ctx);
  standardsSection(c, data, ctx);
  heatmapSection(c, data, ctx);
  if (full) {
    gapTable(c, data, ctx);
    phases(c, data, ctx);
    benchmark(c, data, ctx);
    method(c, data, ctx);
  }
  chrome(c, data, t, lang, b);
  doc.end();
  return done;
}

/**
 * Parses the fonts and their layout tables and warms the layout code with a throwaway
 * one-page document, so the first roadmap a user downloads is not the slow one.
 */
export async function warmUpRenderer(): Promise<void> {
  const fonts = embeddedFonts();
  const doc = new PDFDocument({ size: 'A4' });
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', () => undefined);
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  const sample = '智能制造能力成熟度 改进提升路线图 Level 3 Integrated GB/T 39116-2020（一级）、。';
  for (const font of ['regular', 'bold']) {
    for (let i = 0; i < 300; i++) {
      if (i % 60 === 0) doc.addPage();
      doc
        .font(font)
        .fontSize(9)
        .text(`${sample}${i}`, 50, 50 + (i % 60) * 12, { lineBreak: false });
    }
  }
  doc.end();
  await done;
}
