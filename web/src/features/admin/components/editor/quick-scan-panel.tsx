import type {
  CapabilityNode,
  IndicatorSystem,
  LocalizedText,
  QuickScanItem,
} from '@zhiping/shared/indicator-system/schema';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../../i18n/index.tsx';
import { subdomainsOf } from '../../document.ts';
import { LocalizedFields } from './fields.tsx';
import type { PanelProps } from './tree-panel.tsx';

/**
 * A starting item for a sub-domain without one: the version's own level names and meanings,
 * valid as they stand, to be rewritten in the sub-domain's terms before publishing.
 */
function starterItem(doc: IndicatorSystem, node: CapabilityNode): QuickScanItem {
  return {
    subdomainId: node.id,
    question: {
      zh: `贵企业的${node.name.zh}处于哪种状态？`,
      en: `Where does ${node.name.en} stand in your enterprise?`,
    },
    options: doc.levels
      .slice()
      .sort((a, b) => a.level - b.level)
      .map((l) => ({
        level: l.level,
        text: {
          zh: `${l.name.zh}：${l.description.zh}`,
          en: `${l.name.en}: ${l.description.en}`,
        },
      })),
  };
}

/** The quick-scan items of the version: one question and five level options per sub-domain. */
export function QuickScanPanel({ doc, editable, onChange }: PanelProps) {
  const { t, pick } = useI18n();
  const subdomains = useMemo(() => subdomainsOf(doc), [doc]);
  const [selectedId, setSelectedId] = useState<string | undefined>(subdomains[0]?.id);
  const items = doc.quickScan?.items ?? [];
  const selected = subdomains.find((s) => s.id === selectedId) ?? subdomains[0];
  const item = items.find((i) => i.subdomainId === selected?.id);
  const missing = subdomains.filter((s) => !items.some((i) => i.subdomainId === s.id));

  const setItems = (next: QuickScanItem[]) =>
    onChange({ ...doc, quickScan: next.length === 0 ? undefined : { items: next } });
  const updateItem = (update: (current: QuickScanItem) => QuickScanItem) =>
    setItems(items.map((i) => (i.subdomainId === selected?.id ? update(i) : i)));
  const addMissing = () => {
    const byId = new Map(items.map((i) => [i.subdomainId, i]));
    // Document order, so the exported items follow the tree.
    setItems(subdomains.map((s) => byId.get(s.id) ?? starterItem(doc, s)));
  };
  const setOption = (index: number, text: LocalizedText) =>
    updateItem((i) => ({
      ...i,
      options: i.options.map((o, j) => (j === index ? { ...o, text } : o)),
    }));

  return (
    <section className="card quick-scan-panel" data-testid="quick-scan-panel">
      <h2>{t('quickScan.admin.title')}</h2>
      <p className="muted">{t('quickScan.admin.lead')}</p>
      <p className="small" role="status">
        {t('quickScan.admin.coverage', { items: items.length, subdomains: subdomains.length })}
      </p>
      {editable && missing.length > 0 && (
        <button type="button" className="btn" onClick={addMissing}>
          {t('quickScan.admin.addMissing', { count: missing.length })}
        </button>
      )}
      {editable && items.length > 0 && (
        <button type="button" className="btn btn-danger-outline" onClick={() => setItems([])}>
          {t('quickScan.admin.removeAll')}
        </button>
      )}
      {items.length > 0 && selected && (
        <>
          <label className="tree-select">
            <span>{t('quickScan.admin.subdomain')}</span>
            <select value={selected.id} onChange={(e) => setSelectedId(e.target.value)}>
              {subdomains.map((s) => (
                <option key={s.id} value={s.id}>
                  {pick(s.name)}
                  {items.some((i) => i.subdomainId === s.id)
                    ? ''
                    : ` (${t('quickScan.admin.noItem')})`}
                </option>
              ))}
            </select>
          </label>
          {item ? (
            <div key={item.subdomainId}>
              <LocalizedFields
                id={`qs-${item.subdomainId}-question`}
                label={t('quickScan.admin.question')}
                value={item.question}
                disabled={!editable}
                onChange={(question) => updateItem((i) => ({ ...i, question }))}
              />
              {item.options.map((option, index) => (
                <LocalizedFields
                  key={option.level}
                  id={`qs-${item.subdomainId}-option-${option.level}`}
                  label={t('quickScan.admin.option', {
                    level: option.level,
                    name: pick(
                      doc.levels.find((l) => l.level === option.level)?.name ?? { zh: '', en: '' },
                    ),
                  })}
                  value={option.text}
                  multiline
                  disabled={!editable}
                  onChange={(text) => setOption(index, text)}
                />
              ))}
              <p className="field-hint">{t('quickScan.admin.noneHint')}</p>
            </div>
          ) : (
            <p className="notice">{t('quickScan.admin.noItem')}</p>
          )}
        </>
      )}
    </section>
  );
}
