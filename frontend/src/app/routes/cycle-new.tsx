import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCreateCycle } from '@/features/cycles/api/cycles';
import { CycleForm } from '@/features/cycles/components/cycle-form';
import { emptyDraft } from '@/features/cycles/utils/cycle-draft';
import { useDocumentTitle } from '@/hooks/use-document-title';
import '@/features/cycles/cycles.css';

export function CycleNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCycle();
  const [initial] = useState(() => emptyDraft());
  useDocumentTitle(t('cycles.newTitle'));

  return (
    <section className="page cycles" aria-labelledby="cycle-new-title">
      <p>
        <Link to="/cycles">{t('cycles.back')}</Link>
      </p>
      <h1 id="cycle-new-title">{t('cycles.newTitle')}</h1>
      <p>{t('cycles.newIntro')}</p>
      <div className="card">
        <CycleForm
          initial={initial}
          submitLabel={t('cycles.form.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(request) =>
            create.mutate(request, {
              onSuccess: (created) => void navigate(`/cycles/${created.id}`),
            })
          }
        />
      </div>
    </section>
  );
}
