import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import {
  describeChange,
  exportHref,
  useAuditEvents,
  type AuditFilter,
} from '@/features/audit/api/get-audit-events';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { TableRegion } from '@/components/table-region';

/** A date field (yyyy-mm-dd) as the start of that day in the browser's time zone, ISO. */
function dayStart(value: string, addDays = 0): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + addDays);
  return date.toISOString();
}

export function AuditRoute() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const [draft, setDraft] = useState({ action: '', actor: '', from: '', to: '' });
  const [filter, setFilter] = useState<AuditFilter>({});
  const events = useAuditEvents(filter);
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({
      action: draft.action.trim() || undefined,
      actor: draft.actor.trim() || undefined,
      from: dayStart(draft.from),
      to: dayStart(draft.to, 1),
    });
  }

  const field = (name: keyof typeof draft, type: string) => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{t(`audit.filters.${name}`)}</label>
      <input
        id={`audit-${name}`}
        type={type}
        value={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      />
    </div>
  );

  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <form className="form filters" onSubmit={apply} aria-label={t('audit.filters.label')}>
        {field('action', 'search')}
        {field('actor', 'search')}
        {field('from', 'date')}
        {field('to', 'date')}
        <button type="submit" className="button">
          {t('audit.filters.apply')}
        </button>
      </form>
      <p>
        <a className="button" href={exportHref(filter)} download>
          {t('audit.download')}
        </a>
      </p>
      {events.isPending ? (
        <LoadingPage />
      ) : events.isError ? (
        <ErrorPanel error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <TableRegion label={t('audit.caption')}>
          <table>
            <caption>{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.columns.when')}</th>
                <th scope="col">{t('audit.columns.actor')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
                <th scope="col">{t('audit.columns.target')}</th>
                <th scope="col">{t('audit.columns.before')}</th>
                <th scope="col">{t('audit.columns.after')}</th>
              </tr>
            </thead>
            <tbody>
              {events.data.map((event) => {
                const change = describeChange(event.before, event.after);
                return (
                  <tr key={event.id}>
                    <td>
                      <time dateTime={event.occurredAt}>
                        {format.format(new Date(event.occurredAt))}
                      </time>
                    </td>
                    <td>{event.actorLabel}</td>
                    <th scope="row">
                      <code>{event.action}</code>
                    </th>
                    <td>
                      {event.targetType}
                      {event.targetId && (
                        <span className="muted"> {event.targetId.slice(0, 8)}</span>
                      )}
                    </td>
                    <td className="change">{change.before}</td>
                    <td className="change">{change.after}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
