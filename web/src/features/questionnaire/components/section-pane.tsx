import type { EffectiveRequirement } from '@zhiping/shared/indicator-system/profile';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { levelName } from '@zhiping/shared/scoring/labels';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { EMPTY_ANSWER, type AnswerEdit, type AnswerState } from '../autosave-queue.ts';
import { progressOf, type Outline, type OutlineSection } from '../outline.ts';
import { RequirementItem } from './requirement-item.tsx';

/** One sub-domain: its requirements grouped by level, ascending. */
export function SectionPane({
  outline,
  section,
  system,
  answers,
  active,
  readOnly,
  locked,
  keyboard,
  onEdit,
  onActivate,
  onOpenSection,
}: {
  outline: Outline;
  section: OutlineSection;
  system: IndicatorSystem;
  answers: ReadonlyMap<string, AnswerState>;
  active: string | null;
  readOnly: boolean;
  /** Requirements that stay read-only although the assessment takes answers (弱项整改). */
  locked?: ((requirementId: string) => boolean) | undefined;
  keyboard: boolean;
  onEdit: (requirementId: string, edit: AnswerEdit) => void;
  onActivate: (requirementId: string) => void;
  onOpenSection: (sectionId: string) => void;
}) {
  const { t, pick } = useI18n();
  const index = outline.sections.indexOf(section);
  const prev = outline.sections[index - 1];
  const next = outline.sections[index + 1];
  const p = progressOf(outline, [section.node.id], answers);
  const byLevel = new Map<number, EffectiveRequirement[]>();
  for (const r of section.requirements) byLevel.set(r.level, [...(byLevel.get(r.level) ?? []), r]);
  let number = 0;

  return (
    <section className="q-section" aria-labelledby="q-section-title">
      <header className="q-section-head">
        {section.path.length > 0 && (
          <p className="breadcrumb">{section.path.map((n) => pick(n.name)).join(' › ')}</p>
        )}
        <h2 id="q-section-title" tabIndex={-1}>
          {pick(section.node.name)}
        </h2>
        {section.node.description && <p className="muted">{pick(section.node.description)}</p>}
        {!section.tailored && (
          <div className="section-progress">
            <ProgressBar
              value={p.answered}
              max={p.applicable}
              label={t('q.nav.progressOf', { name: pick(section.node.name) })}
            />
            <span className="small muted">
              {t('q.section.progress', { answered: p.answered, applicable: p.applicable })}
            </span>
          </div>
        )}
      </header>
      {section.tailored ? (
        <div className="notice tailored-notice">
          <p>
            <strong>{t('q.section.tailored')}</strong> {section.tailored.reason}
          </p>
          <p className="small muted">{t('q.section.tailoredHint')}</p>
          <details>
            <summary>{t('q.section.tailoredList', { count: section.requirements.length })}</summary>
            <ul>
              {section.requirements.map((r) => (
                <li key={r.id}>
                  {t('q.levelShort', { level: r.level })} {pick(r.text)}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : (
        [...byLevel].map(([level, reqs]) => (
          <div key={level} className="level-group">
            <h3 className="level-heading">{pick(levelName(system, level))}</h3>
            {reqs.map((r) => {
              number++;
              return (
                <RequirementItem
                  key={r.id}
                  requirement={r}
                  number={number}
                  answer={answers.get(r.id) ?? EMPTY_ANSWER}
                  naAvailable={r.naAllowed}
                  active={r.id === active}
                  readOnly={readOnly || (locked?.(r.id) ?? false)}
                  keyboard={keyboard}
                  onEdit={onEdit}
                  onActivate={onActivate}
                />
              );
            })}
          </div>
        ))
      )}
      <nav className="section-pager" aria-label={t('q.section.pager')}>
        {prev ? (
          <button type="button" className="btn" onClick={() => onOpenSection(prev.node.id)}>
            ← {pick(prev.node.name)}
          </button>
        ) : (
          <span />
        )}
        {next && (
          <button type="button" className="btn" onClick={() => onOpenSection(next.node.id)}>
            {pick(next.node.name)} →
          </button>
        )}
      </nav>
    </section>
  );
}
