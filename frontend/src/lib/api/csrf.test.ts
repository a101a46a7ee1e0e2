import { stubFetch } from '@/test/fetch-stub';
import { api } from './client';
import { readCookie } from './csrf';

describe('CSRF middleware', () => {
  beforeEach(() => {
    document.cookie = 'other=1; path=/';
    document.cookie = 'XSRF-TOKEN=abc%3D123; path=/';
  });

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on POST', async () => {
    const { requests } = stubFetch(() => ({ status: 204 }));
    await api.POST('/api/v1/auth/logout');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.headers.get('X-XSRF-TOKEN')).toBe('abc=123');
  });

  it('does not send the header on GET', async () => {
    const { requests } = stubFetch(() => ({ status: 200, body: [] }));
    await api.GET('/api/v1/departments');
    expect(requests[0]!.method).toBe('GET');
    expect(requests[0]!.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends no header when there is no cookie', async () => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const { requests } = stubFetch(() => ({ status: 204 }));
    await api.POST('/api/v1/auth/logout');
    expect(requests[0]!.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends cookies for the same origin only', async () => {
    const { requests } = stubFetch(() => ({ status: 200, body: [] }));
    await api.GET('/api/v1/departments');
    expect(requests[0]!.credentials).toBe('same-origin');
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and ignores prefixes of its name', () => {
    expect(readCookie('XSRF-TOKEN', 'XSRF-TOKEN-OLD=no; XSRF-TOKEN=yes; a=b')).toBe('yes');
    expect(readCookie('missing', 'a=b')).toBeNull();
  });
});
