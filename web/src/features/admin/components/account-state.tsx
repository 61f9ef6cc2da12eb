import { FilterSelect } from '../../../components/ui/filter-select.tsx';
import { useI18n } from '../../../i18n/index.tsx';

/** The "any state / active / disabled" filter of an account or enterprise list. */
export function DisabledFilter({
  value,
  onChange,
}: {
  value: 'true' | 'false' | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <FilterSelect
      label={t('admin.list.state')}
      anyLabel={t('admin.list.anyState')}
      value={value}
      options={[
        { value: 'false', label: t('admin.list.active') },
        { value: 'true', label: t('admin.list.disabled') },
      ]}
      onChange={onChange}
    />
  );
}

/**
 * The state of an account or enterprise in a list row, with the button that disables or
 * enables it (`locked`: the button is off, e.g. for the admin's own account, `lockedTitle` says why).
 */
export function DisabledToggle({
  disabled,
  toggleLabel,
  onToggle,
  locked,
  lockedTitle,
}: {
  disabled: boolean;
  toggleLabel: string;
  onToggle: () => void;
  locked?: boolean;
  lockedTitle?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="row-actions">
      <span className={`status ${disabled ? 'status-returned' : 'status-signed_off'}`}>
        {t(disabled ? 'admin.list.disabled' : 'admin.list.active')}
      </span>
      <button
        type="button"
        className={`btn btn-small${disabled ? '' : ' btn-danger-outline'}`}
        disabled={locked}
        title={locked ? lockedTitle : undefined}
        onClick={onToggle}
      >
        {toggleLabel}
      </button>
    </div>
  );
}
