import type { ReactNode } from 'react';
import type { AnswerState } from '../autosave-queue.ts';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { progressOf, type NavNode, type Outline } from '../outline.ts';

/** Element → domain → sub-domain, each with its progress; a sub-domain opens in the main pane. */
export function QuestionnaireNav({
  outline,
  answers,
  currentSection,
  onOpen,
  note,
}: {
  outline: Outline;
  answers: ReadonlyMap<string, AnswerState>;
  currentSection: string | null;
  onOpen: (sectionId: string) => void;
  /** A remark beside a sub-domain (e.g. its quick-scan choice). */
  note?: (sectionId: string) => ReactNode;
}) {
  const { t, pick } = useI18n();

  const renderNode = (n: NavNode, depth: number) => {
    const section = n.sectionId ? outline.sectionById.get(n.sectionId) : undefined;
    const p = progressOf(outline, n.sectionIds, answers);
    const name = pick((section?.node ?? n.node).name);
    const tailored = section?.tailored != null;
    const counts = tailored ? t('q.nav.tailored') : `${p.answered}/${p.applicable}`;
    if (n.sectionId !== null) {
      const current = n.sectionId === currentSection;
      return (
        <li key={n.id}>
          <button
            type="button"
            className={`nav-leaf${current ? ' current' : ''}${
              !tailored && p.open === 0 ? ' done' : ''
            }${tailored ? ' tailored' : ''}`}
            aria-current={current ? 'location' : undefined}
            onClick={() => onOpen(n.sectionId ?? '')}
          >
            <span className="nav-name">{name}</span>
            <span className="nav-count">{counts}</span>
            {note?.(n.sectionId)}
            {!tailored && (
              <ProgressBar
                value={p.answered}
                max={p.applicable}
                label={t('q.nav.progressOf', { name })}
                size="small"
              />
            )}
          </button>
        </li>
      );
    }
    return (
      <li key={n.id} className={`nav-group depth-${depth}`}>
        <div className="nav-group-head">
          <span className="nav-name">{name}</span>
          <span className="nav-count">{counts}</span>
        </div>
        <ProgressBar
          value={p.answered}
          max={p.applicable}
          label={t('q.nav.progressOf', { name })}
          size="small"
        />
        <ol>{n.children.map((c) => renderNode(c, depth + 1))}</ol>
      </li>
    );
  };

  return (
    <nav className="q-nav-tree" aria-label={t('q.nav.label')}>
      <ol>{outline.nav.map((n) => renderNode(n, 1))}</ol>
    </nav>
  );
}
