import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { ApiError, NetworkError } from '../../lib/api-client.ts';

/**
 * The form-level problem of a failed submit: a known API code's own message, the network, the
 * rate limit, or a general failure. Field problems are shown at their fields instead.
 */
export function FormAlert({
  error,
  known = {},
}: {
  error: unknown;
  known?: Partial<Record<string, MessageKey>>;
}) {
  const { t } = useI18n();
  if (!error) return null;
  const knownKey = error instanceof ApiError ? known[error.code] : undefined;
  let text: string;
  if (error instanceof NetworkError) text = t('state.networkError');
  else if (knownKey) text = t(knownKey);
  else if (error instanceof ApiError && error.status === 429) text = t('form.rateLimited');
  else if (error instanceof ApiError && error.fieldErrors.length > 0)
    text = t('form.errorSummary', { count: error.fieldErrors.length });
  else text = t('form.unexpected');
  return (
    <div role="alert" className="error-box form-alert">
      {text}
    </div>
  );
}
