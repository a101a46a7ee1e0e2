import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Score } from '@/components/score';
import { TableRegion } from '@/components/table-region';
import { localized } from '@/lib/i18n/localized';
import type { GroupFigures as Figures } from '../api/analytics';
import { formatPercent, levelShares, participationPercent } from '../utils/figures';
import { Level } from './figure-cell';
import { Suppressed } from './suppressed';
import { formatIndex, formatIndex100 } from '@/lib/i18n/format-index';

/** The selected group's overall index, level shares, participation, dimensions and statements. */
export function GroupFigures({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language;
  const threshold = figures.anonymityThreshold;

  if (figures.suppressed || figures.index == null) {
    return (
      <section className="card" aria-labelledby={`${id}-overall`}>
        <h2 id={`${id}-overall`}>{t('analytics.overall.heading')}</h2>
        <p className="results-suppressed">
          <Suppressed reason={figures.suppressedReason} threshold={threshold} />
        </p>
      </section>
    );
  }

  const participation = figures.participation;
  return (
    <>
      <section className="card" aria-labelledby={`${id}-overall`}>
        <h2 id={`${id}-overall`}>{t('analytics.overall.heading')}</h2>
        <div className="results-hero">
          <div className="results-hero-figure">
            <span className="results-hero-label">{t('analytics.overall.index')}</span>
            <span className="results-hero-value">{formatIndex(figures.index, language)}</span>
          </div>
          <div className="results-hero-figure">
            <span className="results-hero-label">{t('analytics.overall.index100')}</span>
            <span className="results-hero-value">{formatIndex100(figures.index100, language)}</span>
          </div>
          <div className="results-hero-figure">
            <span className="results-hero-label">{t('analytics.overall.level')}</span>
            <span className="results-hero-level">
              <Level level={figures.level} />
            </span>
          </div>
        </div>
        {figures.responseCount != null && (
          <p>{t('analytics.overall.responses', { count: figures.responseCount })}</p>
        )}
        {participation && (
          <p>
            {t('analytics.participation', {
              answered: participation.answered,
              invited: participation.invited,
              percent: formatPercent(participationPercent(participation), language),
            })}
          </p>
        )}
        <h3>{t('analytics.shares.heading')}</h3>
        <ul className="level-shares">
          {levelShares(figures.levelShares).map(({ level, percent }) => (
            <li key={level}>
              <span className="level-share-label">
                <Level level={level} />
              </span>
              <span className="level-share-value">{formatPercent(percent, language)}</span>
              <span className="share-bar" aria-hidden="true">
                <span className="share-bar-fill" style={{ width: `${percent}%` }} />
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby={`${id}-dimensions`}>
        <h2 id={`${id}-dimensions`}>{t('analytics.dimensions.heading')}</h2>
        <TableRegion label={t('analytics.dimensions.caption')}>
          <table>
            <caption>{t('analytics.dimensions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('analytics.columns.dimension')}</th>
                <th scope="col">{t('analytics.columns.index')}</th>
                <th scope="col" className="numeric">
                  {t('analytics.columns.index100')}
                </th>
                <th scope="col">{t('analytics.columns.level')}</th>
                <th scope="col" className="numeric">
                  {t('analytics.columns.dontKnow')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.dimensions.map((dimension) => (
                <tr key={dimension.id}>
                  <th scope="row">{localized(dimension.name, language)}</th>
                  <td>
                    <Score value={dimension.index} text={formatIndex(dimension.index, language)} />
                  </td>
                  <td className="numeric">{formatIndex100(dimension.index100, language)}</td>
                  <td>
                    <Level level={dimension.level} />
                  </td>
                  <td className="numeric">{dimension.dontKnowCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>

        <h3>{t('analytics.statements.heading')}</h3>
        {figures.dimensions.map((dimension) => {
          const name = localized(dimension.name, language);
          const caption = t('analytics.statements.caption', { dimension: name });
          return (
            <details key={dimension.id} className="statements">
              <summary>{caption}</summary>
              <TableRegion label={caption}>
                <table>
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('analytics.columns.statement')}</th>
                      <th scope="col">{t('analytics.columns.mean')}</th>
                      <th scope="col" className="numeric">
                        {t('analytics.columns.top2Box')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('analytics.columns.dontKnow')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {dimension.statements.map((statement) => (
                      <tr key={statement.id}>
                        <th scope="row" className="statement-cell">
                          {localized(statement.text, language)}
                          {statement.reverseScored && (
                            <span className="field-hint"> {t('analytics.reverseScored')}</span>
                          )}
                        </th>
                        <td>
                          <Score
                            value={statement.mean}
                            text={formatIndex(statement.mean, language)}
                          />
                        </td>
                        <td className="numeric">{formatPercent(statement.top2Box, language)}</td>
                        <td className="numeric">{statement.dontKnowCount}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            </details>
          );
        })}
      </section>
    </>
  );
}
