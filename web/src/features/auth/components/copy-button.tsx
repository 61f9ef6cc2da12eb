import { useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission: the field is selected on focus for a manual copy.
      setCopied(false);
    }
  };
  return (
    <button type="button" className="btn" onClick={() => void copy()} aria-live="polite">
      {copied ? t('form.copied') : t('form.copy')}
    </button>
  );
}
