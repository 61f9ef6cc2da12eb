import type { AnswerView } from '@zhiping/shared/api/assessments';
import type { FindingView } from '@zhiping/shared/api/reviews';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import {
  groupDomId,
  needsResponse,
  responseFieldId,
  type FindingGroup,
  type Missing,
  type RequirementPlace,
} from '../model.ts';

const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/** Scrolls to a field on this page and focuses it. */
function focusOn(domId: string) {
  const el = document.getElementById(domId);
  el?.scrollIntoView({ block: 'center' });
  el?.focus({ preventScroll: true });
}

/**
 * What a refused resubmission said is missing, item by item, each a way to it; items done
 * since are ticked off rather than dropped, so the list does not jump while it is worked on.
 */
export function MissingList({
  assessmentId,
  missing,
  findings,
  places,
  answers,
  groups,
}: {
  assessmentId: string;
  missing: Missing;
  findings: ReadonlyMap<string, FindingView>;
  places: ReadonlyMap<string, RequirementPlace>;
  answers: ReadonlyMap<string, AnswerView>;
  groups: readonly FindingGroup[];
}) {
  const { t, pick } = useI18n();
  if (missing.kind === 'responses') {
    const listed = missing.findingIds.flatMap((id) => {
      const f = findings.get(id);
      return f ? [f] : [];
    });
    return (
      <section className="incomplete rect-missing" role="alert" data-testid="rect-missing">
        <h2>{t('rect.missing.responses', { count: listed.length })}</h2>
        <p>{t('rect.missing.responsesLead')}</p>
        <ul>
          {listed.map((f) => {
            const done = !needsResponse(f);
            return (
              <li key={f.id} className={done ? 'done' : undefined}>
                <button
                  type="button"
                  className="linklike"
                  onClick={() => focusOn(responseFieldId(f.id))}
                >
                  {t('rect.missing.finding', { text: excerpt(f.text) })}
                </button>
                {done && <span className="small rect-done"> ✓ {t('rect.missing.resolved')}</span>}
              </li>
            );
          })}
        </ul>
      </section>
    );
  }
  const inCard = new Map(
    groups.flatMap((g) => (g.requirementId ? [[g.requirementId, g.key] as const] : [])),
  );
  return (
    <section className="incomplete rect-missing" role="alert" data-testid="rect-missing">
      <h2>{t('rect.missing.answers', { count: missing.requirementIds.length })}</h2>
      <p>{t('rect.missing.answersLead')}</p>
      <ul>
        {missing.requirementIds.map((rid) => {
          const place = places.get(rid);
          const label = place ? `${rid} ${excerpt(pick(place.requirement.text))}` : rid;
          const done = Boolean(answers.get(rid)?.choice);
          const card = inCard.get(rid);
          return (
            <li key={rid} className={done ? 'done' : undefined}>
              {card ? (
                <button
                  type="button"
                  className="linklike"
                  onClick={() => focusOn(groupDomId(card))}
                >
                  {label}
                </button>
              ) : (
                <Link
                  to={{
                    pathname: `/assessments/${assessmentId}`,
                    hash: `req-${encodeURIComponent(rid)}`,
                  }}
                >
                  {label}
                </Link>
              )}
              {done && <span className="small rect-done"> ✓ {t('rect.missing.resolved')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
