import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
} from 'react-aria-components';
import { useI18n } from '../../i18n/index.tsx';
import './date-field.css';

/** `yyyy-mm-dd`, or '' when none; anything else reads as none. */
const toDate = (value: string): CalendarDate | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
};

/**
 * A date entered or picked in the interface language's own order (2026年12月03日 in Chinese,
 * 12/3/2026 in English), by keyboard segment by segment or from a calendar: React Aria's
 * DatePicker, not the browser's date input (whose order follows the browser, not the page).
 * The value is an ISO calendar date, `yyyy-mm-dd`, or '' for none.
 */
export function DateField({
  label,
  value,
  onChange,
  invalid = false,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  return (
    <I18nProvider locale={locale}>
      <DatePicker
        className="date-field filter"
        value={toDate(value)}
        onChange={(d) => onChange(d ? d.toString() : '')}
        isInvalid={invalid}
        granularity="day"
        data-testid={testId}
      >
        <Label>{label}</Label>
        <Group className="date-field-group">
          <DateInput className="date-field-input">
            {(segment) => <DateSegment className="date-field-segment" segment={segment} />}
          </DateInput>
          <Button className="date-field-button" aria-label={t('common.date.open')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </Group>
        <Popover className="date-field-popover" placement="bottom start">
          <Dialog className="date-field-dialog">
            <Calendar>
              <header className="date-field-calendar-head">
                <Button slot="previous" aria-label={t('common.date.previous')}>
                  ‹
                </Button>
                <Heading />
                <Button slot="next" aria-label={t('common.date.next')}>
                  ›
                </Button>
              </header>
              <CalendarGrid>
                {(date) => <CalendarCell className="date-field-cell" date={date} />}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
