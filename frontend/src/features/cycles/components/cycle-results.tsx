import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { LevelBadge, Score } from '@/components/score';
import { TableRegion } from '@/components/table-region';
import { useModels, useModelVersion, type Cycle } from '../api/cycles';
import { useCycleResults, type GroupResults, type MaturityLevel } from '../api/results';
import { dimensionRow, turnoutRate, type LevelLimits } from '../utils/results';
import { formatRate } from './format';
import { localized } from '@/lib/i18n/localized';
import { formatIndex, formatIndex100 } from '@/lib/i18n/format-index';

/** Turnout and, per group that has reached the anonymity threshold, the maturity index and its parts. */
export function CycleResults({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const live = cycle.status === 'OPEN';
  const results = useCycleResults(cycle.id, cycle.status);
  const limits = useLevelLimits(cycle.modelVersionId);
  const language = i18n.language;

  return (
    <section className="card results" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('cycles.results.heading')}</h2>
      {results.isPending ? (
        <LoadingPage />
      ) : results.isError ? (
        <ErrorPanel error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <>
          <p className="muted">
            {live
              ? t('cycles.results.live', {
                  time: new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(
                    results.dataUpdatedAt,
                  ),
                })
              : t('cycles.results.final')}
          </p>
          <h3>{t('cycles.results.turnout')}</h3>
          <dl className="facts">
            <dt>{t('cycles.results.audience')}</dt>
            <dd>{results.data.participation.invited}</dd>
            <dt>{t('cycles.results.invitationsSent')}</dt>
            <dd>{cycle.participation.invited}</dd>
            <dt>{t('cycles.results.answered')}</dt>
            <dd>{results.data.participation.answered}</dd>
            <dt>{t('cycles.results.rate')}</dt>
            <dd>{formatTurnout(results.data.participation, language)}</dd>
            {cycle.outsideIn && (
              <>
                <dt>{t('cycles.results.customerAnswers')}</dt>
                <dd>{results.data.customers.responseCount}</dd>
              </>
            )}
          </dl>
          <GroupSection
            heading={t('cycles.results.employees')}
            group={results.data.employees}
            threshold={results.data.anonymityThreshold}
            limits={limits}
          />
          {cycle.outsideIn && (
            <GroupSection
              heading={t('cycles.results.customers')}
              group={results.data.customers}
              threshold={results.data.anonymityThreshold}
              limits={limits}
            />
          )}
        </>
      )}
    </section>
  );
}

function formatTurnout(participation: { invited: number; answered: number }, locale: string) {
  const rate = turnoutRate(participation.invited, participation.answered);
  return rate == null ? '—' : formatRate(rate, locale);
}

/** The level limits of the cycle's model version, for the themes' levels (the server gives the overall one). */
function useLevelLimits(versionId: string): LevelLimits | null {
  const models = useModels();
  const modelId =
    models.data?.find((model) => model.versions.some((v) => v.id === versionId))?.id ?? null;
  const version = useModelVersion(modelId, versionId);
  if (!version.data) return null;
  return { lowUpTo: Number(version.data.lowUpTo), mediumUpTo: Number(version.data.mediumUpTo) };
}

interface GroupSectionProps {
  heading: string;
  group: GroupResults;
  threshold: number;
  limits: LevelLimits | null;
}

function GroupSection({ heading, group, threshold, limits }: GroupSectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language;
  const rows = (group.dimensions ?? []).map((d) => dimensionRow(d, language, limits));

  return (
    <section className="results-group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {group.suppressed ? (
        <p className="results-suppressed">
          {t('cycles.results.suppressed', { threshold, count: group.responseCount })}
        </p>
      ) : group.index == null ? (
        <p>{t('cycles.results.noScores', { count: group.responseCount })}</p>
      ) : (
        <>
          <p>{t('cycles.results.responses', { count: group.responseCount })}</p>
          <dl className="facts">
            <dt>{t('cycles.results.index')}</dt>
            <dd>
              <CycleScore value={group.index} />
            </dd>
            <dt>{t('cycles.results.index100')}</dt>
            <dd>{formatIndex100(group.index100, language)}</dd>
            <dt>{t('cycles.results.level')}</dt>
            <dd>
              <CycleLevel level={group.level ?? null} />
            </dd>
          </dl>
          <TableRegion label={t('cycles.results.dimensionsCaption', { group: heading })}>
            <table>
              <caption>{t('cycles.results.dimensionsCaption', { group: heading })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cycles.results.columns.dimension')}</th>
                  <th scope="col">{t('cycles.results.columns.index')}</th>
                  <th scope="col" className="numeric">
                    {t('cycles.results.columns.index100')}
                  </th>
                  <th scope="col">{t('cycles.results.columns.level')}</th>
                  <th scope="col" className="numeric">
                    {t('cycles.results.columns.dontKnow')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.name}</th>
                    <td>
                      <CycleScore value={row.index} />
                    </td>
                    <td className="numeric">{formatIndex100(row.index100, language)}</td>
                    <td>
                      <CycleLevel level={row.level} />
                    </td>
                    <td className="numeric">{row.dontKnowCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {(group.dimensions ?? []).map((dimension) => {
            const caption = t('cycles.results.statementsCaption', {
              group: heading,
              dimension: localized(dimension.name, language),
            });
            return (
              <TableRegion key={dimension.id} label={caption}>
                <table>
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('cycles.results.columns.statement')}</th>
                      <th scope="col">{t('cycles.results.columns.mean')}</th>
                      <th scope="col" className="numeric">
                        {t('cycles.results.columns.answers')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('cycles.results.columns.dontKnow')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {dimension.statements.map((statement) => (
                      <tr key={statement.id}>
                        <th scope="row" className="statement-cell">
                          {localized(statement.text, language)}
                          {statement.reverseScored && (
                            <span className="field-hint"> {t('cycles.results.reverseScored')}</span>
                          )}
                        </th>
                        <td>
                          <CycleScore value={statement.mean ?? null} />
                        </td>
                        <td className="numeric">{statement.answerCount}</td>
                        <td className="numeric">{statement.dontKnowCount}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            );
          })}
        </>
      )}
    </section>
  );
}

function CycleScore({ value }: { value: number | null }) {
  const { i18n } = useTranslation();
  return <Score value={value} text={formatIndex(value, i18n.language)} />;
}

function CycleLevel({ level }: { level: MaturityLevel | null }) {
  const { t } = useTranslation();
  return <LevelBadge level={level} label={level ? t(`cycles.results.levels.${level}`) : ''} />;
}
