import { useId, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { ApiError, errorMessageKey } from '@/lib/api/problem';
import { useLogin } from '../api/login';
import { retryMinutes } from '../utils/retry-minutes';

interface FieldErrors {
  email?: string;
  password?: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const ids = {
    email: `${id}-email`,
    password: `${id}-password`,
    formError: `${id}-form-error`,
  };

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('login.errors.emailRequired');
    else if (!EMAIL_PATTERN.test(email.trim())) errors.email = t('login.errors.emailInvalid');
    if (!password) errors.password = t('login.errors.passwordRequired');
    return errors;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      const first = errors.email ? ids.email : ids.password;
      document.getElementById(first)?.focus();
      return;
    }
    login.mutate({ email: email.trim(), password }, { onSuccess });
  }

  const formError = login.error ? describeLoginError(login.error, t) : null;
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
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </FormField>

      <FormField id={ids.password} label={t('login.password')} error={passwordError}>
        {(control) => (
          <input
            {...control}
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
