import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { MutationError } from '@/components/mutation-error';
import { ApiError } from '@/lib/api/problem';
import { useCreateCustomerLinks, useCustomerLinkCounts, type Cycle } from '../api/cycles';
import { linksToCsv } from '../utils/links-csv';

/** Outside-in: single-use links for customers. The links are shown once, right after they are made. */
export function CustomerLinksPanel({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const id = useId();
  const counts = useCustomerLinkCounts(cycle.id);
  const create = useCreateCustomerLinks(cycle.id);
  const [count, setCount] = useState('10');
  const [label, setLabel] = useState('');
  const [links, setLinks] = useState<{ links: string[]; label: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const apiError = create.error instanceof ApiError ? create.error : null;
  const canCreate = cycle.status === 'SCHEDULED' || cycle.status === 'OPEN';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCopied(false);
    const trimmed = label.trim();
    create.mutate(
      { count: Number(count), label: trimmed || undefined },
      {
        onSuccess: (created) => {
          setLinks({ links: created.links, label: trimmed });
          void counts.refetch();
        },
      },
    );
  }

  function download() {
    if (!links) return;
    const blob = new Blob([linksToCsv(links.links, links.label)], { type: 'text/csv' });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = 'customer-links.csv';
    anchor.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('cycles.customerLinks.heading')}</h2>
      <p>{t('cycles.customerLinks.intro')}</p>
      {counts.data && (
        <p>
          {t('cycles.customerLinks.counts', {
            created: counts.data.created,
            answered: counts.data.answered,
          })}
        </p>
      )}
      <div role="status" aria-live="polite">
        {links && (
          <div className="alert alert-success">
            <p>{t('cycles.customerLinks.shownOnce', { count: links.links.length })}</p>
            <label htmlFor={`${id}-links`}>{t('cycles.customerLinks.links')}</label>
            <textarea
              id={`${id}-links`}
              className="secret"
              readOnly
              rows={Math.min(10, links.links.length)}
              value={links.links.join('\n')}
              onFocus={(e) => e.target.select()}
            />
            <div className="actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  void navigator.clipboard
                    ?.writeText(links.links.join('\n'))
                    .then(() => setCopied(true));
                }}
              >
                {copied ? t('cycles.customerLinks.copied') : t('cycles.customerLinks.copy')}
              </button>
              <button type="button" className="button" onClick={download}>
                {t('cycles.customerLinks.download')}
              </button>
            </div>
          </div>
        )}
        <MutationError error={create.error} />
      </div>
      {canCreate ? (
        <form className="form" noValidate onSubmit={handleSubmit}>
          <FormField
            id={`${id}-count`}
            label={t('cycles.customerLinks.count')}
            hint={t('cycles.customerLinks.countHint')}
            error={apiError?.messagesFor('count').join(' ') || null}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                max={500}
                value={count}
                onChange={(e) => setCount(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-label`}
            label={t('cycles.customerLinks.label')}
            hint={t('cycles.customerLinks.labelHint')}
            error={apiError?.messagesFor('label').join(' ') || null}
          >
            {(control) => (
              <input
                {...control}
                maxLength={200}
                value={label}
                onChange={(e) => setLabel(e.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('cycles.customerLinks.create')}
          </button>
        </form>
      ) : (
        <p>{t('cycles.customerLinks.notNow')}</p>
      )}
    </section>
  );
}
