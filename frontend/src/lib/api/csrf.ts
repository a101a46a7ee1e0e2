import type { Middleware } from 'openapi-fetch';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [rawName, ...rest] = part.trim().split('=');
    if (rawName === name) {
      return decodeURIComponent(rest.join('='));
    }
  }
  return null;
}

/**
 * Spring Security's SPA CSRF pattern: the server sets a readable XSRF-TOKEN cookie and expects
 * its value back in the X-XSRF-TOKEN header on state-changing requests.
 */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method.toUpperCase())) {
      return undefined;
    }
    const token = readCookie(CSRF_COOKIE);
    if (token) {
      request.headers.set(CSRF_HEADER, token);
    }
    return request;
  },
};
