import { weightSchema, type IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { useMemo } from 'react';
import { useI18n } from '../../../../i18n/index.tsx';
import {
  isSubdomain,
  outline,
  updateNode,
  updateRequirement,
  type OutlineNode,
} from '../../document.ts';
import { LocalizedFields, NumberInput } from './fields.tsx';

export interface PanelProps {
  doc: IndicatorSystem;
  editable: boolean;
  onChange: (next: IndicatorSystem) => void;
  onValidity: (id: string, valid: boolean) => void;
}

/** The capability tree: names, descriptions and default weights; requirement texts and guidance. */
export function TreePanel({
  doc,
  editable,
  onChange,
  onValidity,
  selectedId,
  onSelect,
}: PanelProps & { selectedId: string | null; onSelect: (nodeId: string) => void }) {
  const { t, pick } = useI18n();
  const nodes = useMemo(() => outline(doc), [doc]);
  const selected = nodes.find((n) => n.node.id === selectedId) ?? nodes[0];
  return (
    <div className="tree-editor">
      <nav className="tree-outline" aria-label={t('admin.tree.outline')}>
        <label className="tree-select">
          <span>{t('admin.tree.node')}</span>
          <select value={selected?.node.id} onChange={(e) => onSelect(e.target.value)}>
            {nodes.map((n) => (
              <option key={n.node.id} value={n.node.id}>
                {'— '.repeat(n.depth - 1)}
                {pick(n.node.name)}
              </option>
            ))}
          </select>
        </label>
        <ol>
          {nodes.map((n) => (
            <li key={n.node.id}>
              <button
                type="button"
                className={`tree-item depth-${n.depth}${n === selected ? ' current' : ''}`}
                aria-current={n === selected ? 'true' : undefined}
                onClick={() => onSelect(n.node.id)}
              >
                <span>{pick(n.node.name)}</span>
                {isSubdomain(n.node) && (
                  <span className="small muted">{n.node.requirements?.length ?? 0}</span>
                )}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {selected && (
        <NodeForm
          key={selected.node.id}
          entry={selected}
          doc={doc}
          editable={editable}
          onChange={onChange}
          onValidity={onValidity}
        />
      )}
    </div>
  );
}

function NodeForm({
  entry,
  doc,
  editable,
  onChange,
  onValidity,
}: PanelProps & { entry: OutlineNode }) {
  const { t, pick } = useI18n();
  const { node, path } = entry;
  const fid = `node-${node.id}`;
  return (
    <section className="node-form card" aria-labelledby={`${fid}-title`}>
      <p className="breadcrumb mono">{node.id}</p>
      <h2 id={`${fid}-title`}>{pick(node.name)}</h2>
      <LocalizedFields
        id={`${fid}-name`}
        label={t('admin.tree.name')}
        value={node.name}
        disabled={!editable}
        onChange={(name) => onChange(updateNode(doc, path, (n) => ({ ...n, name })))}
      />
      {node.description && (
        <LocalizedFields
          id={`${fid}-description`}
          label={t('admin.tree.description')}
          value={node.description}
          multiline
          disabled={!editable}
          onChange={(description) =>
            onChange(updateNode(doc, path, (n) => ({ ...n, description })))
          }
        />
      )}
      <div className="field">
        <label htmlFor={`${fid}-weight`}>{t('admin.tree.defaultWeight')}</label>
        <NumberInput
          id={`${fid}-weight`}
          label={t('admin.tree.defaultWeight')}
          value={node.weight}
          schema={weightSchema}
          disabled={!editable}
          onValidity={onValidity}
          onValue={(w) =>
            w !== null && onChange(updateNode(doc, path, (n) => ({ ...n, weight: w })))
          }
        />
        <p className="field-hint">{t('admin.tree.weightHint')}</p>
      </div>
      {node.requirements && (
        <div className="requirement-editors">
          <h3>{t('admin.tree.requirements', { count: node.requirements.length })}</h3>
          {node.requirements.map((r, i) => (
            <details key={r.id} className="requirement-editor" data-requirement={r.id}>
              <summary>
                <span className="level-tag">L{r.level}</span>{' '}
                <code className="mono small">{r.id}</code>{' '}
                <span className="requirement-summary">{pick(r.text)}</span>
              </summary>
              <LocalizedFields
                id={`req-${r.id}-text`}
                label={t('admin.tree.requirementText')}
                value={r.text}
                multiline
                disabled={!editable}
                onChange={(text) =>
                  onChange(updateRequirement(doc, path, i, (x) => ({ ...x, text })))
                }
              />
              <LocalizedFields
                id={`req-${r.id}-guidance`}
                label={t('admin.tree.guidance')}
                value={r.guidance}
                multiline
                disabled={!editable}
                onChange={(guidance) =>
                  onChange(updateRequirement(doc, path, i, (x) => ({ ...x, guidance })))
                }
              />
              <label className="inline-choice">
                <input
                  type="checkbox"
                  checked={r.naAllowed}
                  disabled={!editable}
                  onChange={(e) =>
                    onChange(
                      updateRequirement(doc, path, i, (x) => ({
                        ...x,
                        naAllowed: e.target.checked,
                      })),
                    )
                  }
                />
                {t('admin.tree.naAllowed')}
              </label>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
