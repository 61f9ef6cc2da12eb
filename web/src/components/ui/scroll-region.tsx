import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';

/**
 * A wide table (or grid) that scrolls sideways on a narrow screen. When its content is wider
 * than the screen it says so (a visible hint and fading edges on the side with more to see),
 * and it can be scrolled by keyboard (it takes focus, as a labelled region).
 */
export function ScrollRegion({
  label,
  className = 'table-scroll',
  children,
}: {
  /** What the region holds, for screen readers ("评估结果表"). */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ overflow: false, start: false, end: false });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const overflow = el.scrollWidth > el.clientWidth + 1;
      const start = overflow && el.scrollLeft > 1;
      const end = overflow && el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((prev) =>
        prev.overflow === overflow && prev.start === start && prev.end === end
          ? prev
          : { overflow, start, end },
      );
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    if (el.firstElementChild) observer?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);

  const classes = [
    className,
    'scroll-region',
    edges.start ? 'more-start' : '',
    edges.end ? 'more-end' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="scroll-region-wrap">
      {edges.overflow && (
        <p className="scroll-hint muted small" data-testid="scroll-hint" aria-hidden="true">
          {t('common.scrollHint')}
        </p>
      )}
      <div
        ref={ref}
        className={classes}
        role="region"
        aria-label={label}
        // Focusable only when there is something to scroll to, so keyboard users can reach it.
        tabIndex={edges.overflow ? 0 : undefined}
        data-overflow={edges.overflow ? 'true' : 'false'}
      >
        {children}
      </div>
    </div>
  );
}
