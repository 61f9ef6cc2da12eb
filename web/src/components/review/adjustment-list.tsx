import type { AdjustmentView } from '@zhiping/shared/api/reviews';
import type { AnswerChoice, LocalizedText } from '@zhiping/shared/indicator-system/schema';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';

const CHOICE_KEYS: Record<AnswerChoice, MessageKey> = {
  full: 'report.answer.full',
  most: 'report.answer.most',
  partial: 'report.answer.partial',
  none: 'report.answer.none',
  na: 'report.answer.na',
};

/**
 * Each answer the assessor changed, with the enterprise's own answer, the assessed one and the
 * reason: shown in the report and on the 弱项整改 page, so no adjustment is invisible.
 */
export function AdjustmentList({
  items,
  textOf,
}: {
  items: AdjustmentView[];
  /** The requirement's text and its sub-domain's name, when known. */
  textOf: (requirementId: string) => { text: LocalizedText; subdomain?: string } | undefined;
}) {
  const { t, pick } = useI18n();
  const choice = (c: AnswerChoice | null) =>
    c === null ? t('report.answer.unanswered') : t(CHOICE_KEYS[c]);
  if (items.length === 0) return <p className="empty-note">{t('adjustments.none')}</p>;
  return (
    <ul className="adjustment-list" data-testid="adjustment-list">
      {items.map((a) => {
        const info = textOf(a.requirementId);
        return (
          <li key={a.requirementId} className="adjustment">
            <p className="adjustment-req">
              <code className="req-id">{a.requirementId}</code> {info ? pick(info.text) : ''}
              {info?.subdomain && <span className="muted"> · {info.subdomain}</span>}
            </p>
            <p className="adjustment-change">
              {t('adjustments.change', {
                self: choice(a.selfChoice),
                assessed: choice(a.adjustedChoice),
              })}
            </p>
            <p className="adjustment-reason">
              <span className="muted">{t('adjustments.reason')}</span> {a.comment}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
