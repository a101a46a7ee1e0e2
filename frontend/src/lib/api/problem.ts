import type { components } from './schema';

export type ProblemDetail = components['schemas']['ProblemDetail'];

export interface FieldMessage {
  field: string;
  message: string;
}

/** An unsuccessful API response, carrying the RFC 9457 problem details when the server sent them. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail | null;
  /** Seconds from the Retry-After header, if present. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: ProblemDetail | null, retryAfterSeconds: number | null) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): FieldMessage[] {
    const errors: unknown = this.problem?.errors;
    if (!Array.isArray(errors)) return [];
    return errors.filter(
      (e): e is FieldMessage =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as FieldMessage).field === 'string' &&
        typeof (e as FieldMessage).message === 'string',
    );
  }

  /** Messages for one field, e.g. "name". */
  messagesFor(field: string): string[] {
    return this.fieldErrors.filter((e) => e.field === field).map((e) => e.message);
  }
}

/** Thrown when the server could not be reached at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.round((date - now) / 1000));
}

function asProblem(body: unknown): ProblemDetail | null {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as ProblemDetail)
    : null;
}

export function toApiError(response: Response, body: unknown): ApiError {
  return new ApiError(
    response.status,
    asProblem(body),
    parseRetryAfter(response.headers.get('Retry-After')),
  );
}

/** i18n key of the plain-words message for an error, keyed by HTTP status. */
export function errorMessageKey(error: unknown): string {
  if (error instanceof NetworkError) return 'errors.network';
  if (error instanceof ApiError) {
    const known = [400, 401, 403, 404, 409, 429];
    if (known.includes(error.status)) return `errors.status.${error.status}`;
    if (error.status >= 500) return 'errors.status.500';
  }
  return 'errors.generic';
}
