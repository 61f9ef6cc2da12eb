import { useI18n } from '../../../i18n/index.tsx';
import type { AnswerState } from '../autosave-queue.ts';
import type { Outline } from '../outline.ts';

/**
 * The requirements the server found unanswered at submit, by sub-domain, each a link that jumps
 * to it. Items drop off the list as they get answered.
 */
export function IncompleteList({
  outline,
  unanswered,
  answers,
  onJump,
}: {
  outline: Outline;
  unanswered: readonly string[];
  answers: ReadonlyMap<string, AnswerState>;
  onJump: (requirementId: string) => void;
}) {
  const { t, pick } = useI18n();
  const open = unanswered.filter((id) => !answers.get(id)?.choice);
  const bySection = new Map<string, string[]>();
  for (const id of open) {
    const s = outline.sectionOf.get(id) ?? '';
    bySection.set(s, [...(bySection.get(s) ?? []), id]);
  }
  if (open.length === 0) {
    return (
      <div className="notice" role="status">
        {t('q.incomplete.resolved')}
      </div>
    );
  }
  return (
    <section className="incomplete" role="alert" aria-labelledby="incomplete-title">
      <h2 id="incomplete-title">{t('q.incomplete.title', { count: open.length })}</h2>
      <p>{t('q.incomplete.lead')}</p>
      <ul>
        {[...bySection].map(([sectionId, ids]) => {
          const section = outline.sectionById.get(sectionId);
          return (
            <li key={sectionId}>
              <strong>{section ? pick(section.node.name) : sectionId}</strong>
              <ul>
                {ids.map((id) => {
                  const r = outline.requirements.get(id);
                  return (
                    <li key={id}>
                      <a
                        href={`#req-${id}`}
                        onClick={(e) => {
                          e.preventDefault();
                          onJump(id);
                        }}
                      >
                        {r ? t('q.levelShort', { level: r.level }) : ''} {r ? pick(r.text) : id}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
