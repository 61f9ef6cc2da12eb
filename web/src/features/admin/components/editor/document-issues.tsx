import { useI18n } from '../../../../i18n/index.tsx';
import { displayPath } from '../../document.ts';

export interface DocumentIssue {
  path: string;
  message: string;
}

/** A document's problems, each with where it is (as the server or the validator names it). */
export function DocumentIssues({ issues, title }: { issues: DocumentIssue[]; title: string }) {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="error-box document-issues" data-testid="document-issues">
      <p>
        <strong>{title}</strong> {t('admin.issues.count', { count: issues.length })}
      </p>
      <ul>
        {issues.slice(0, 50).map((i, n) => (
          <li key={n}>
            <code className="mono">{displayPath(i.path)}</code> — {i.message}
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>{t('admin.issues.more', { count: issues.length - 50 })}</p>}
    </div>
  );
}
