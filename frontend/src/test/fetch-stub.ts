import { vi } from 'vitest';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Stubs the global fetch (the network boundary) and records every request made. */
export function stubFetch(handler: (request: Request) => Reply | Promise<Reply>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const reply = await handler(request);
    const isProblem = reply.status >= 400;
    const hasBody = reply.body !== undefined && reply.status !== 204;
    return new Response(hasBody ? JSON.stringify(reply.body) : null, {
      status: reply.status,
      headers: {
        ...(hasBody
          ? { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json' }
          : {}),
        ...reply.headers,
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}
