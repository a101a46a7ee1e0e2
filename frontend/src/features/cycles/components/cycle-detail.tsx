import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MutationError } from '@/components/mutation-error';
import { useDepartments } from '@/features/departments/api/get-departments';
import {
  useCycleAction,
  useDeleteCycle,
  useUpdateCycle,
  type Cycle,
  type CycleAction,
} from '../api/cycles';
import { draftOf } from '../utils/cycle-draft';
import { CustomerLinksPanel } from './customer-links-panel';
import { CycleForm } from './cycle-form';
import { CycleResults } from './cycle-results';
import { formatDateTime, formatRate } from './format';
import { StatusBadge } from './status-badge';
import { localized } from '@/lib/i18n/localized';

const ACTIONS: Record<Cycle['status'], CycleAction[]> = {
  DRAFT: ['schedule', 'open-now'],
  SCHEDULED: ['open-now', 'unschedule'],
  OPEN: ['close-now'],
  CLOSED: [],
};

export function CycleDetail({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const action = useCycleAction(cycle.id);
  const remove = useDeleteCycle(cycle.id);
  const update = useUpdateCycle(cycle.id);
  const departments = useDepartments();
  const [editing, setEditing] = useState(false);
  const language = i18n.language;
  const text = (texts: Record<string, string>) => localized(texts, language);
  const department = departments.data?.find((d) => d.id === cycle.audienceDepartmentId);
  const p = cycle.participation;

  function run(next: CycleAction) {
    if (window.confirm(t(`cycles.confirm.${next}`, { name: cycle.name }))) action.mutate(next);
  }

  return (
    <>
      <p className="cycle-meta">
        <StatusBadge status={cycle.status} /> {t(`cycles.kind.${cycle.kind}`)}
        {cycle.recurrence !== 'NONE' && (
          <> · {t('cycles.seriesNumber', { number: cycle.seriesNumber })}</>
        )}
      </p>
      <div role="status" aria-live="polite">
        <MutationError error={action.error ?? remove.error} />
      </div>
      {cycle.status !== 'CLOSED' && (
        <div className="actions">
          {ACTIONS[cycle.status].map((next) => (
            <button
              key={next}
              type="button"
              className={next === 'close-now' ? 'button button-danger' : 'button button-primary'}
              disabled={action.isPending}
              onClick={() => run(next)}
            >
              {t(`cycles.actions.${next}`)}
            </button>
          ))}
          {(cycle.status === 'DRAFT' || cycle.status === 'SCHEDULED') && (
            <button type="button" className="button" onClick={() => setEditing((e) => !e)}>
              {editing ? t('cycles.actions.cancelEdit') : t('cycles.actions.edit')}
            </button>
          )}
          {cycle.status === 'DRAFT' && (
            <button
              type="button"
              className="button button-danger"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(t('cycles.confirm.delete', { name: cycle.name }))) {
                  remove.mutate(undefined, { onSuccess: () => void navigate('/cycles') });
                }
              }}
            >
              {t('cycles.actions.delete')}
            </button>
          )}
        </div>
      )}
      {editing && (
        <section className="card" aria-labelledby={`${id}-edit`}>
          <h2 id={`${id}-edit`}>{t('cycles.editHeading')}</h2>
          <CycleForm
            initial={draftOf(cycle)}
            submitLabel={t('cycles.form.save')}
            pending={update.isPending}
            error={update.error}
            onSubmit={(request) => update.mutate(request, { onSuccess: () => setEditing(false) })}
          />
        </section>
      )}
      {cycle.status === 'OPEN' || cycle.status === 'CLOSED' ? (
        <CycleResults cycle={cycle} />
      ) : (
        <section className="card" aria-labelledby={`${id}-participation`}>
          <h2 id={`${id}-participation`}>{t('cycles.participationHeading')}</h2>
          {p.participants === 0 ? (
            <p>{t('cycles.noParticipantsYet')}</p>
          ) : (
            <dl className="facts">
              <dt>{t('cycles.participation.participants')}</dt>
              <dd>{p.participants}</dd>
              <dt>{t('cycles.participation.invited')}</dt>
              <dd>{p.invited}</dd>
              <dt>{t('cycles.participation.answered')}</dt>
              <dd>
                {p.answered} ({formatRate(p.rate, language)})
              </dd>
            </dl>
          )}
        </section>
      )}
      <section className="card" aria-labelledby={`${id}-plan`}>
        <h2 id={`${id}-plan`}>{t('cycles.planHeading')}</h2>
        <dl className="facts">
          <dt>{t('cycles.columns.model')}</dt>
          <dd>
            {t('cycles.modelVersion', { name: cycle.modelName, number: cycle.modelVersionNumber })}
          </dd>
          <dt>{t('cycles.form.opensAt')}</dt>
          <dd>{formatDateTime(cycle.opensAt, language)}</dd>
          <dt>{t('cycles.form.closesAt')}</dt>
          <dd>{formatDateTime(cycle.closesAt, language)}</dd>
          <dt>{t('cycles.form.recurrence')}</dt>
          <dd>{t(`cycles.recurrence.${cycle.recurrence}`)}</dd>
          {cycle.pulseRotation && (
            <>
              <dt>{t('cycles.form.rotation')}</dt>
              <dd>
                {t('cycles.form.rotationExplained', {
                  perPulse: cycle.items?.length ?? 0,
                  statements: cycle.modelStatementCount ?? 0,
                  rotation: cycle.pulseRotation,
                })}
              </dd>
            </>
          )}
          <dt>{t('cycles.audience')}</dt>
          <dd>
            {department ? department.name : t('cycles.form.wholeOrganisation')}
            {' · '}
            {cycle.audienceRoleLevels?.length
              ? cycle.audienceRoleLevels.map((l) => t(`roleLevels.${l}`)).join(', ')
              : t('cycles.allRoleLevels')}
          </dd>
          <dt>{t('cycles.form.reminders')}</dt>
          <dd>
            {cycle.reminderIntervalDays
              ? t('cycles.reminderEvery', { count: cycle.reminderIntervalDays })
              : t('cycles.noReminders')}
          </dd>
          <dt>{t('cycles.threshold')}</dt>
          <dd>
            {cycle.anonymityThreshold
              ? t('cycles.thresholdFrozen', { threshold: cycle.anonymityThreshold })
              : t('cycles.thresholdAtOpen')}
          </dd>
        </dl>
      </section>
      {cycle.outsideIn && <CustomerLinksPanel cycle={cycle} />}
      <section className="card" aria-labelledby={`${id}-items`}>
        <h2 id={`${id}-items`}>
          {t('cycles.statementsHeading', { count: cycle.items?.length ?? 0 })}
        </h2>
        <ol>
          {(cycle.items ?? []).map((item) => (
            <li key={item.id}>
              {text(item.employeeText)}{' '}
              <span className="field-hint">({text(item.dimensionName)})</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
