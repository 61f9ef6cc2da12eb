import { useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { fmt2, fmt3, type RequirementInfo } from '../model.ts';
import type { ReportPhase } from '../types.ts';
import { usePrinting } from '../use-printing.ts';

export interface RoadmapPhasesProps {
  phases: ReportPhase[];
  threshold: number;
  requirements: Map<string, RequirementInfo>;
  subdomainNames: Map<string, string>;
  levelName: (level: number) => string;
  maturityLevelName: string;
  targetLevelName: string;
  /** Gaps at levels already attained (巩固项). */
  consolidationCount: number;
}

/** One phase per level from the next to the target: the items to raise, in order. */
export function RoadmapPhases(p: RoadmapPhasesProps) {
  const { t, pick } = useI18n();
  // Items after the one that reaches the threshold wait behind a button on screen.
  const [expanded, setExpanded] = useState<number[]>([]);
  const printing = usePrinting();
  const consolidation =
    p.consolidationCount > 0 ? (
      <p className="muted">
        {t('report.roadmap.consolidation', {
          count: p.consolidationCount,
          level: p.maturityLevelName,
        })}
      </p>
    ) : null;
  if (p.phases.length === 0)
    return (
      <>
        <p className="empty-note" data-testid="roadmap-empty">
          {t('report.roadmap.reached', { level: p.targetLevelName })}
        </p>
        {consolidation}
      </>
    );
  return (
    <>
      <ol className="roadmap" data-testid="roadmap">
        {p.phases.map((phase, index) => (
          <li key={phase.level} className="roadmap-phase" data-testid={`phase-${phase.level}`}>
            <h3>{t('report.roadmap.phase', { n: index + 1, level: p.levelName(phase.level) })}</h3>
            <p className="phase-summary">{phaseSummary(phase)}</p>
            {phase.items.length > 0 && (
              <ol className="roadmap-items">
                {visibleItems(phase).map((item, i) => {
                  const info = p.requirements.get(item.requirementId);
                  const reached = phase.thresholdReachedAt === i;
                  return (
                    <li key={item.requirementId} className={reached ? 'threshold-item' : undefined}>
                      <div className="item-head">
                        <code className="req-id">{item.requirementId}</code>
                        <span className="item-subdomain">
                          {p.subdomainNames.get(item.subdomainId) ?? item.subdomainId}
                        </span>
                      </div>
                      <p className="item-text">
                        {info ? pick(info.text) : t('report.gaps.textUnavailable')}
                      </p>
                      <p className="item-numbers">
                        <span>
                          {t('report.roadmap.impact')} +{fmt3(item.impact)}
                        </span>
                        <span>
                          {t('report.roadmap.cumulative')} {fmt2(item.levelScoreIfMet)}
                        </span>
                      </p>
                      {reached && (
                        <p className="threshold-note" role="note">
                          {t('report.roadmap.thresholdAfter', {
                            k: i + 1,
                            level: p.levelName(phase.level),
                          })}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
            {visibleItems(phase).length < phase.items.length && (
              <button
                type="button"
                className="btn show-more"
                onClick={() => setExpanded((e) => [...e, phase.level])}
              >
                {t('report.roadmap.showRest', {
                  count: phase.items.length - visibleItems(phase).length,
                })}
              </button>
            )}
          </li>
        ))}
      </ol>
      {consolidation}
    </>
  );

  function visibleItems(phase: ReportPhase) {
    const cut = phase.thresholdReachedAt;
    if (printing || cut === null || expanded.includes(phase.level)) return phase.items;
    return phase.items.slice(0, cut + 1);
  }

  function phaseSummary(phase: ReportPhase): string {
    if (!phase.present) return t('report.roadmap.absent');
    const now = t('report.roadmap.now', {
      score: fmt2(phase.levelScore),
      threshold: fmt2(p.threshold),
      count: phase.items.length,
    });
    if (phase.attainedNow) return `${now} ${t('report.roadmap.attainedNow')}`;
    if (phase.thresholdReachedAt !== null)
      return `${now} ${t('report.roadmap.reachAfter', { k: phase.thresholdReachedAt + 1 })}`;
    return `${now} ${t('report.roadmap.notReachable')}`;
  }
}
