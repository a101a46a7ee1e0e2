import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { MutationError } from '@/components/mutation-error';
import { ApiError } from '@/lib/api/problem';
import { useArchiveModel, useUpdateModel, type Model } from '../api/models';

/** A model's name and description, and archiving or restoring it. */
export function ModelDetailsForm({ model }: { model: Model }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateModel(model.id);
  const archive = useArchiveModel(model.id);
  const [name, setName] = useState(model.name);
  const [description, setDescription] = useState(model.description ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const archived = Boolean(model.archivedAt);
  const serverNameError =
    update.error instanceof ApiError ? update.error.messagesFor('name').join(' ') || null : null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const trimmed = name.trim();
    setNameError(trimmed ? null : t('models.create.nameRequired'));
    if (!trimmed) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    update.mutate(
      { name: trimmed, description: description.trim() || undefined },
      { onSuccess: (saved) => setMessage(t('models.details.saved', { name: saved.name })) },
    );
  }

  function toggleArchive() {
    setMessage(null);
    archive.mutate(!archived, {
      onSuccess: (saved) => {
        setConfirming(false);
        setMessage(
          t(saved.archivedAt ? 'models.details.archived' : 'models.details.restored', {
            name: saved.name,
          }),
        );
      },
    });
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('models.details.heading')}</h2>
      <div role="status" aria-live="polite">
        {message && <p className="alert alert-success">{message}</p>}
        {!serverNameError && <MutationError error={update.error ?? archive.error} />}
      </div>
      {archived && <p className="alert alert-error">{t('models.details.isArchived')}</p>}
      <FormField
        id={`${id}-name`}
        label={t('models.create.name')}
        error={nameError ?? serverNameError}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={200}
            disabled={archived}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </FormField>
      <FormField id={`${id}-description`} label={t('models.create.description')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            disabled={archived}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </FormField>
      <div className="button-row">
        {!archived && (
          <button type="submit" className="button button-primary" disabled={update.isPending}>
            {t('models.details.save')}
          </button>
        )}
        {confirming ? (
          <>
            <span>
              {t(archived ? 'models.details.confirmRestore' : 'models.details.confirmArchive', {
                name: model.name,
              })}
            </span>
            <button
              type="button"
              className="button button-primary"
              autoFocus
              disabled={archive.isPending}
              onClick={toggleArchive}
            >
              {t('models.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('models.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {archived ? t('models.details.restore') : t('models.details.archive')}
          </button>
        )}
      </div>
    </form>
  );
}
