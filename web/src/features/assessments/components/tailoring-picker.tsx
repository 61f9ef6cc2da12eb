import type { EffectiveNode } from '@zhiping/shared/indicator-system/profile';
import { controlProps } from '../../../components/ui/field.tsx';
import { useFieldMessage } from '../../../components/ui/field.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import type { FieldMessage } from '../../../lib/validation.ts';

export interface TailoringChoice {
  subdomainId: string;
  reason: string;
}

interface Candidate {
  node: EffectiveNode;
  path: string[];
}

/** Sub-domains the profile lets the enterprise tailor out, in tree order, with their path. */
export function tailorableSubdomains(tree: readonly EffectiveNode[]): Candidate[] {
  const out: Candidate[] = [];
  const walk = (nodes: readonly EffectiveNode[], path: string[]) => {
    for (const n of nodes) {
      if (n.kind === 'subdomain') {
        if (n.tailorable && !n.notApplicable) out.push({ node: n, path });
      } else walk(n.children, [...path, n.id]);
    }
  };
  walk(tree, []);
  return out;
}

/** Tick a sub-domain to leave it out of the assessment; a reason is then required. */
export function TailoringPicker({
  tree,
  value,
  onChange,
  errorAt,
}: {
  tree: readonly EffectiveNode[];
  value: TailoringChoice[];
  onChange: (next: TailoringChoice[]) => void;
  errorAt: (index: number) => FieldMessage | undefined;
}) {
  const { t, pick } = useI18n();
  const message = useFieldMessage();
  const candidates = tailorableSubdomains(tree);
  const names = new Map<string, string>();
  const walk = (nodes: readonly EffectiveNode[]) => {
    for (const n of nodes) {
      names.set(n.id, pick(n.name));
      walk(n.children);
    }
  };
  walk(tree);

  if (candidates.length === 0) return <p className="muted">{t('newAssessment.tailoring.none')}</p>;
  return (
    <ul className="tailor-options">
      {candidates.map(({ node, path }) => {
        const index = value.findIndex((v) => v.subdomainId === node.id);
        const chosen = index >= 0 ? value[index] : undefined;
        const error = index >= 0 ? errorAt(index) : undefined;
        const reasonId = `f-tailoring-${index}-reason`;
        return (
          <li key={node.id} className={`tailor-option${chosen ? ' chosen' : ''}`}>
            <label className="inline-choice">
              <input
                type="checkbox"
                checked={Boolean(chosen)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...value, { subdomainId: node.id, reason: '' }]
                      : value.filter((v) => v.subdomainId !== node.id),
                  )
                }
              />
              <span>
                <strong>{pick(node.name)}</strong>
                <span className="muted small">
                  {' '}
                  {[...path.map((id) => names.get(id) ?? id)].join(' › ')} ·{' '}
                  {t('newAssessment.tailoring.count', { count: node.requirements.length })}
                </span>
              </span>
            </label>
            {chosen && (
              <div className={`field${error ? ' has-error' : ''}`}>
                <label htmlFor={reasonId}>{t('newAssessment.tailoring.reason')}</label>
                <textarea
                  {...controlProps(reasonId, error)}
                  rows={2}
                  maxLength={1000}
                  value={chosen.reason}
                  placeholder={t('newAssessment.tailoring.reasonPlaceholder')}
                  onChange={(e) =>
                    onChange(
                      value.map((v) =>
                        v.subdomainId === node.id ? { ...v, reason: e.target.value } : v,
                      ),
                    )
                  }
                />
                {error && (
                  <p id={`${reasonId}-error`} className="field-error">
                    {message(error)}
                  </p>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
