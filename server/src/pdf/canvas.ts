import type { FontWeight } from './fonts.ts';
import { at, defined } from '../lib/invariant.ts';

export interface TextStyle {
  weight?: FontWeight | undefined;
  size?: number | undefined;
  color?: string | undefined;
}

/** One laid-out line of text. */
export interface Line {
  text: string;
  weight: FontWeight;
  size: number;
  color: string;
  height: number;
}

export type Align = 'left' | 'right' | 'center';

export interface CellPart extends TextStyle {
  text: string;
}
export type Cell = string | CellPart[];

export interface Column {
  header: string;
  /** Relative width; the columns share the body width. */
  width: number;
  align?: Align | undefined;
}

export interface TableOptions {
  size?: number | undefined;
  /** Background of a row (by index), e.g. to mark quick wins. */
  rowFill?: ((row: number) => string | undefined) | undefined;
}

export const COLORS = {
  text: '#1f2933',
  muted: '#5f6b7a',
  primary: '#1f4e79',
  accent: '#2e86de',
  assessed: '#e67e22',
  target: '#c0392b',
  good: '#2e7d32',
  rule: '#c9d2dc',
  header: '#1f4e79',
  zebra: '#f4f7fa',
  quickWin: '#eaf6ec',
  grid: '#dde3ea',
};

const LINE_FACTOR = 1.45;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;
/** Characters a line may not start with, and characters it may not end with (kinsoku). */
const NO_LINE_START = new Set('，。、；：！？）」』》〉】,.;:!?)]}%…·');
const NO_LINE_END = new Set('（「『《〈【([{“‘');
const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2026]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2026]+|\s+/gu;

/**
 * A flowing page layout over pdfkit: a cursor, line wrapping measured from the embedded
 * fonts, paragraphs and tables that break across pages at line or row boundaries. It draws
 * every line itself (pdfkit's own wrapping is never used), so nothing is placed outside the
 * body and no text is cut.
 */
export class Canvas {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  y: number;
  private readonly widths: Record<FontWeight, Map<string, number>> = {
    regular: new Map(),
    bold: new Map(),
  };
  private onNewPage: (() => void) | null = null;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    margins: { top: number; bottom: number; left: number; right: number },
  ) {
    this.left = margins.left;
    this.right = doc.page.width - margins.right;
    this.top = margins.top;
    this.bottom = doc.page.height - margins.bottom;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Runs after each page break (e.g. to repeat a table header). */
  withPageHook<T>(hook: () => void, body: () => T): T {
    const previous = this.onNewPage;
    this.onNewPage = hook;
    try {
      return body();
    } finally {
      this.onNewPage = previous;
    }
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
    this.onNewPage?.();
  }

  /** Starts a new page unless `height` fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, this.bottom);
  }

  private font(weight: FontWeight): string {
    return weight === 'bold' ? 'bold' : 'regular';
  }

  /** Width of a string at a size, from per-character advances (cached per font). */
  measure(text: string, weight: FontWeight, size: number): number {
    const cache = this.widths[weight];
    let total = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) {
        w = this.doc.font(this.font(weight)).fontSize(1000).widthOfString(ch) / 1000;
        cache.set(ch, w);
      }
      total += w;
    }
    return total * size;
  }

  /**
   * Greedy line breaking: CJK breaks between characters, other scripts between words.
   * Closing punctuation never starts a line and an opening bracket never ends one (the
   * word before or after moves with it); a word longer than a line breaks after its last
   * `.`, `-`, `/` or `_` that fits, else between characters.
   */
  wrap(text: string, width: number, weight: FontWeight, size: number): string[] {
    const out: string[] = [];
    const measure = (t: string) => this.measure(t, weight, size);
    for (const paragraph of text.split(/\r?\n/)) {
      let line: string[] = [];
      let lineWidth = 0;
      const push = () => {
        out.push(line.join('').trimEnd());
        line = [];
        lineWidth = 0;
      };
      const append = (token: string, w: number) => {
        line.push(token);
        lineWidth += w;
      };
      for (const token of paragraph.match(TOKEN) ?? []) {
        const space = /^\s+$/u.test(token);
        if (space && line.length === 0) continue;
        const w = space ? measure(' ') : measure(token);
        if (lineWidth + w <= width) {
          append(space ? ' ' : token, w);
          continue;
        }
        if (space) {
          push();
          continue;
        }
        if (line.length > 0) {
          const carry: string[] = [];
          // Tokens are never empty; `line.length > 1` keeps the popped token defined.
          if (NO_LINE_START.has(token.charAt(0))) {
            while (
              line.length > 1 &&
              (carry.length === 0 || NO_LINE_START.has(at(carry, 0).charAt(0)))
            ) {
              carry.unshift(defined(line.pop(), 'last token of the line'));
            }
          }
          while (line.length > 1 && NO_LINE_END.has(at(line, line.length - 1).slice(-1))) {
            carry.unshift(defined(line.pop(), 'last token of the line'));
          }
          push();
          for (const t of carry) append(t, measure(t));
        }
        if (lineWidth + w <= width) {
          append(token, w);
          continue;
        }
        let rest = token;
        while (rest !== '') {
          const room = width - lineWidth;
          let fit = '';
          let fitWidth = 0;
          for (const ch of rest) {
            const cw = measure(ch);
            if (fitWidth + cw > room && (fit !== '' || line.length > 0)) break;
            fit += ch;
            fitWidth += cw;
          }
          if (fit === '') {
            push();
            continue;
          }
          if (fit.length < rest.length) {
            const cut = Math.max(...['.', '-', '/', '_', '~'].map((c) => fit.lastIndexOf(c)));
            if (cut > 0 && cut < fit.length - 1) fit = fit.slice(0, cut + 1);
          }
          append(fit, measure(fit));
          rest = rest.slice(fit.length);
          if (rest !== '') push();
        }
      }
      if (line.length > 0 || paragraph === '' || out.length === 0) push();
    }
    return out;
  }

  lines(text: string, width: number, style: TextStyle = {}): Line[] {
    const weight = style.weight ?? 'regular';
    const size = style.size ?? 9;
    const color = style.color ?? COLORS.text;
    return this.wrap(text, width, weight, size).map((t) => ({
      text: t,
      weight,
      size,
      color,
      height: size * LINE_FACTOR,
    }));
  }

  /** Draws one line with its top at y. */
  drawLine(line: Line, x: number, y: number, width: number, align: Align = 'left'): void {
    if (line.text === '') return;
    let dx = 0;
    if (align !== 'left') {
      const w = this.measure(line.text, line.weight, line.size);
      dx = align === 'right' ? width - w : (width - w) / 2;
    }
    this.doc
      .font(this.font(line.weight))
      .fontSize(line.size)
      .fillColor(line.color)
      .text(line.text, x + dx, y + (line.height - line.size * 1.2) / 2, { lineBreak: false });
  }

  /** A single line of text at a fixed place (labels of charts, headers); never wraps. */
  label(text: string, x: number, y: number, style: TextStyle & { width?: number; align?: Align }) {
    const size = style.size ?? 8;
    const line: Line = {
      text,
      weight: style.weight ?? 'regular',
      size,
      color: style.color ?? COLORS.text,
      height: size * 1.2,
    };
    this.drawLine(line, x, y, style.width ?? 0, style.align ?? 'left');
  }

  /** Flowing text; breaks across pages between lines. */
  paragraph(
    text: string,
    style: TextStyle & { indent?: number; after?: number; width?: number; align?: Align } = {},
  ): void {
    const indent = style.indent ?? 0;
    const width = style.width ?? this.width - indent;
    for (const line of this.lines(text, width, style)) {
      if (this.y + line.height > this.bottom) this.newPage();
      this.drawLine(line, this.left + indent, this.y, width, style.align);
      this.y += line.height;
    }
    this.y += style.after ?? 4;
  }

  /**
   * A heading kept with what follows: level 1 opens a new page; the heading and `keep` points
   * below it always share a page.
   */
  heading(text: string, level: 1 | 2 | 3, keep = 60): void {
    const size = level === 1 ? 16 : level === 2 ? 13 : 10.5;
    const lines = this.lines(text, this.width, { weight: 'bold', size, color: COLORS.primary });
    const height = lines.reduce((h, l) => h + l.height, 0);
    if (level === 1) {
      if (this.y > this.top) this.newPage();
    } else {
      this.space(level === 2 ? 10 : 6);
      this.ensure(height + keep);
    }
    if (level < 3) this.doc.outline.addItem(text);
    for (const line of lines) {
      this.drawLine(line, this.left, this.y, this.width);
      this.y += line.height;
    }
    if (level === 1) {
      this.doc
        .moveTo(this.left, this.y + 2)
        .lineTo(this.right, this.y + 2)
        .lineWidth(1)
        .strokeColor(COLORS.primary)
        .stroke();
      this.y += 10;
    } else {
      this.y += 4;
    }
  }

  private cellLines(cell: Cell, width: number, size: number): Line[] {
    const parts: CellPart[] = typeof cell === 'string' ? [{ text: cell }] : cell;
    return parts.flatMap((p) => this.lines(p.text, width, { size, ...p }));
  }

  /**
   * A table whose rows never split, except a row taller than a whole page, which continues
   * on the next page between lines. The header repeats on every page the table spans.
   */
  table(columns: readonly Column[], rows: readonly Cell[][], opts: TableOptions = {}): void {
    const size = opts.size ?? 8;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const inner = widths.map((w) => w - 2 * CELL_PAD_X);
    const headerCells = columns.map((c, i) =>
      this.lines(c.header, at(inner, i), { weight: 'bold', size, color: '#ffffff' }),
    );
    const headerHeight =
      Math.max(...headerCells.map((ls) => ls.reduce((h, l) => h + l.height, 0))) + 2 * CELL_PAD_Y;

    const drawHeader = () => {
      this.doc.rect(this.left, this.y, this.width, headerHeight).fill(COLORS.header);
      headerCells.forEach((ls, i) => {
        let y = this.y + CELL_PAD_Y;
        for (const l of ls) {
          this.drawLine(l, at(xs, i) + CELL_PAD_X, y, at(inner, i), at(columns, i).align);
          y += l.height;
        }
      });
      this.y += headerHeight;
    };

    const heightOf = (cells: Line[][]) =>
      Math.max(...cells.map((ls) => ls.reduce((h, l) => h + l.height, 0))) + 2 * CELL_PAD_Y;
    const laidOut = rows.map((row) =>
      row.map((cell, i) => this.cellLines(cell, at(inner, i), size)),
    );
    const heights = laidOut.map(heightOf);
    const fullPage = this.bottom - this.top - headerHeight;
    // No orphan rows: the header starts a page only with its first two rows (when they fit a
    // page), and the last row never goes to a page alone: it takes the row before it along.
    const firstTwo = (heights[0] ?? 0) + (heights[1] ?? 0);
    this.ensure(
      headerHeight + (firstTwo <= fullPage ? firstTwo : 3 * size * LINE_FACTOR + 2 * CELL_PAD_Y),
    );
    drawHeader();
    this.withPageHook(drawHeader, () => {
      laidOut.forEach((cells, r) => {
        let pending = cells;
        const fill = opts.rowFill?.(r) ?? (r % 2 === 1 ? COLORS.zebra : undefined);
        const n = laidOut.length;
        if (n >= 3 && r === n - 2 && r > 0) {
          const room = this.bottom - this.y;
          const two = at(heights, r) + at(heights, r + 1);
          if (at(heights, r) <= room && two > room && two <= fullPage) this.newPage();
        }
        while (pending.some((ls) => ls.length > 0)) {
          const height = heightOf(pending);
          if (this.y + height > this.bottom) {
            const minimum = Math.min(height, 3 * size * LINE_FACTOR + 2 * CELL_PAD_Y);
            if (height <= fullPage || this.y + minimum > this.bottom) this.newPage();
          }
          const room = this.bottom - this.y - 2 * CELL_PAD_Y;
          const now: Line[][] = [];
          const later: Line[][] = [];
          for (const ls of pending) {
            let used = 0;
            let n = 0;
            while (n < ls.length && used + at(ls, n).height <= room + 0.01)
              used += at(ls, n++).height;
            now.push(ls.slice(0, n));
            later.push(ls.slice(n));
          }
          if (now.every((ls) => ls.length === 0)) {
            this.newPage();
            continue;
          }
          const rowHeight = heightOf(now);
          if (fill) this.doc.rect(this.left, this.y, this.width, rowHeight).fill(fill);
          now.forEach((ls, i) => {
            let y = this.y + CELL_PAD_Y;
            for (const l of ls) {
              this.drawLine(l, at(xs, i) + CELL_PAD_X, y, at(inner, i), at(columns, i).align);
              y += l.height;
            }
          });
          this.y += rowHeight;
          this.doc
            .moveTo(this.left, this.y)
            .lineTo(this.right, this.y)
            .lineWidth(0.4)
            .strokeColor(COLORS.rule)
            .stroke();
          pending = later;
        }
      });
    });
    this.y += 6;
  }
}
