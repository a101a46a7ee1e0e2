import { useId, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { ApiError, errorMessageKey } from '@/lib/api/problem';
import { useDiscover } from '../api/discover';
import { useLogin } from '../api/login';
import { retryMinutes } from '../utils/retry-minutes';

interface FieldErrors {
  email?: string;
  password?: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Sends the browser to the organisation's identity provider (a full page load: the backend runs the flow). */
function goToProvider(url: string) {
  window.location.assign(url);
}

/**
 * Email first: the email decides whether the person signs in with a password here or through their organisation's
 * single sign-on, which the backend starts at the address discovery returns.
 */
export function LoginForm({
  onSuccess,
  redirect = goToProvider,
}: {
  onSuccess: () => void;
  redirect?: (url: string) => void;
}) {
  const { t } = useTranslation();
  const login = useLogin();
  const discover = useDiscover();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<'email' | 'password'>('email');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);

  const ids = {
    email: `${id}-email`,
    password: `${id}-password`,
    formError: `${id}-form-error`,
  };

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('login.errors.emailRequired');
    else if (!EMAIL_PATTERN.test(email.trim())) errors.email = t('login.errors.emailInvalid');
    if (step === 'password' && !password) errors.password = t('login.errors.passwordRequired');
    return errors;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    if (step === 'email') {
      setFieldErrors(errors);
      if (errors.email) {
        document.getElementById(ids.email)?.focus();
        return;
      }
      discover.mutate(email.trim(), {
        onSuccess: (answer) => {
          if (answer.method === 'SSO' && answer.redirectUrl) {
            redirect(answer.redirectUrl);
            return;
          }
          setStep('password');
          // Move focus to the field that just appeared.
          setTimeout(() => passwordRef.current?.focus(), 0);
        },
      });
      return;
    }
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      const first = errors.email ? ids.email : ids.password;
      document.getElementById(first)?.focus();
      return;
    }
    login.mutate({ email: email.trim(), password }, { onSuccess });
  }

  const error = login.error ?? discover.error;
  const formError = error ? describeLoginError(error, t) : null;
  const redirecting = discover.data?.method === 'SSO';
  const serverEmailError =
    login.error instanceof ApiError ? login.error.messagesFor('email').join(' ') : '';
  const serverPasswordError =
    login.error instanceof ApiError ? login.error.messagesFor('password').join(' ') : '';
  const emailError = fieldErrors.email ?? (serverEmailError || undefined);
  const passwordError = fieldErrors.password ?? (serverPasswordError || undefined);

  return (
    <form
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-describedby={formError ? ids.formError : undefined}
    >
      <div id={ids.formError} className="form-error" role="status" aria-live="polite">
        {formError && <p className="alert alert-error">{formError}</p>}
      </div>

      <FormField id={ids.email} label={t('login.email')} error={emailError}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            readOnly={step === 'password'}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </FormField>

      {step === 'email' ? (
        <button
          type="submit"
          className="button button-primary"
          disabled={discover.isPending || redirecting}
        >
          {redirecting
            ? t('login.redirecting')
            : discover.isPending
              ? t('login.continuing')
              : t('login.continue')}
        </button>
      ) : (
        <>
          <FormField id={ids.password} label={t('login.password')} error={passwordError}>
            {(control) => (
              <input
                {...control}
                ref={passwordRef}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </FormField>

          <button type="submit" className="button button-primary" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setStep('email');
              setPassword('');
              login.reset();
              discover.reset();
              setTimeout(() => document.getElementById(ids.email)?.focus(), 0);
            }}
          >
            {t('login.changeEmail')}
          </button>
        </>
      )}
    </form>
  );
}

function describeLoginError(error: Error, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('login.errors.invalidCredentials');
    if (error.status === 429) {
      return t('login.errors.tooManyAttempts', { count: retryMinutes(error.retryAfterSeconds) });
    }
  }
  return t(errorMessageKey(error));
}
