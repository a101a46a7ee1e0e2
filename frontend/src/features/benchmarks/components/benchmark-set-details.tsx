import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationError } from '@/components/mutation-error';
import { useDeleteBenchmarkSet, type BenchmarkSet } from '../api/platform-benchmarks';
import { BenchmarkFiguresTable } from './benchmark-figures-table';

/** One set's source and figures; a set loaded by an operator can be deleted after a confirmation step. */
export function BenchmarkSetDetails({
  set,
  onDeleted,
}: {
  set: BenchmarkSet;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const remove = useDeleteBenchmarkSet();
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{set.name}</h2>
      <p>
        <strong>{t('benchmarks.source')}:</strong> {set.source}
      </p>
      {set.description && <p>{set.description}</p>}
      <BenchmarkFiguresTable
        caption={t('benchmarks.figuresOf', { name: set.name })}
        figures={set.figures}
      />
      <div role="status" aria-live="polite">
        <MutationError error={remove.error} />
      </div>
      {set.builtIn ? (
        <p className="muted">{t('benchmarks.builtInReadOnly')}</p>
      ) : (
        <div className="form danger-zone">
          <h3>{t('benchmarks.deleteHeading')}</h3>
          {confirming ? (
            <>
              <p>{t('benchmarks.deleteConfirm', { name: set.name })}</p>
              <button
                type="button"
                className="button button-danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate(set.id, { onSuccess: onDeleted })}
              >
                {t('benchmarks.deleteYes')}
              </button>{' '}
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('benchmarks.deleteCancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-danger"
              onClick={() => setConfirming(true)}
            >
              {t('benchmarks.delete')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
