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
