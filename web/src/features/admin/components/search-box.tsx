import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/index.tsx';

/** A search field that applies on Enter or its button, not on every keystroke. */
export function SearchBox({
  label,
  value,
  onSearch,
}: {
  label: string;
  value: string;
  onSearch: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label htmlFor={id} className="filter">
        <span>{label}</span>
      </label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="btn btn-small">
          {t('admin.search')}
        </button>
      </div>
    </form>
  );
}
