import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '@/lib/i18n/i18n';
import { csrfMiddleware } from './csrf';
import { NetworkError, toApiError } from './problem';
import type { paths } from './schema';

/** Lets the server answer (e.g. validation messages) in the language the user picked. */
const languageMiddleware: Middleware = {
  onRequest({ request }) {
    if (i18n.language) request.headers.set('Accept-Language', i18n.language);
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  headers: { Accept: 'application/json, application/problem+json' },
  // Resolved per call so tests can stub fetch at the network boundary.
  fetch: (request) => globalThis.fetch(request),
});
api.use(csrfMiddleware, languageMiddleware);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the data of a successful call; throws ApiError (with problem details) or NetworkError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!result.response.ok) {
    throw toApiError(result.response, result.error);
  }
  return result.data as T;
}
