import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormField } from '@/components/form-field';
import { LoadingPage } from '@/components/loading-page';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { api, unwrap } from '@/lib/api/client';
import { ApiError, errorMessageKey } from '@/lib/api/problem';

const MIN_PASSWORD = 12;

export function InvitationRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('invitation.title'));
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
    retry: false,
  });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      password: password.length < MIN_PASSWORD ? t('invitation.errors.short') : undefined,
      repeat: repeat !== password ? t('invitation.errors.mismatch') : undefined,
    };
    setErrors(found);
    if (found.password || found.repeat) {
      document
        .getElementById(found.password ? 'invitation-password' : 'invitation-repeat')
        ?.focus();
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      await unwrap(
        api.POST('/api/v1/invitations/{token}/accept', {
          params: { path: { token } },
          body: { password },
        }),
      );
      await queryClient.invalidateQueries();
      await navigate('/');
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  const gone = invitation.error instanceof ApiError && [404, 410].includes(invitation.error.status);

  return (
    <main className="login-layout" id="main">
      <section className="card login-main" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t('invitation.title')}</h1>
        {invitation.isPending ? (
          <LoadingPage />
        ) : invitation.isError ? (
          <div role="alert">
            <p className="alert alert-error">
              {gone ? t('invitation.gone') : t(errorMessageKey(invitation.error))}
            </p>
            <Link to="/login">{t('invitation.toLogin')}</Link>
          </div>
        ) : (
          <form className="form" noValidate onSubmit={(e) => void submit(e)}>
            <p>
              {t('invitation.intro', {
                organisation: invitation.data.organisation,
                email: invitation.data.email,
              })}
            </p>
            <div role="alert">
              {failure !== null && (
                <p className="alert alert-error">
                  {failure instanceof ApiError && failure.status === 410
                    ? t('invitation.gone')
                    : t(errorMessageKey(failure))}
                </p>
              )}
            </div>
            <FormField
              id="invitation-password"
              label={t('invitation.password')}
              hint={t('invitation.passwordHint')}
              error={errors.password}
            >
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              )}
            </FormField>
            <FormField id="invitation-repeat" label={t('invitation.repeat')} error={errors.repeat}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(e) => setRepeat(e.target.value)}
                />
              )}
            </FormField>
            <button type="submit" className="button button-primary" disabled={pending}>
              {t('invitation.submit')}
            </button>
          </form>
        )}
      </section>
    </main>
  );
}
