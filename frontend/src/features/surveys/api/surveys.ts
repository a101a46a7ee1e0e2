import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Survey = components['schemas']['Survey'];
export type SurveyDimension = components['schemas']['SurveyDimension'];
export type SurveySummary = components['schemas']['SurveySummary'];
export type Submission = components['schemas']['Submission'];
export type Receipt = components['schemas']['Receipt'];

/** Where a survey comes from: an employee's mail link, a customer's link, or a signed-in person's own list. */
export type SurveySource =
  | { kind: 'link'; token: string }
  | { kind: 'customer'; token: string }
  | { kind: 'mine'; cycleId: string };

/** The secret that identifies the survey on this device (hashed before it is used as a storage key). */
export function sourceSecret(source: SurveySource): string {
  return source.kind === 'mine' ? `mine:${source.cycleId}` : `${source.kind}:${source.token}`;
}

export function getSurvey(source: SurveySource, lang: string | undefined): Promise<Survey> {
  const query = lang ? { lang } : {};
  switch (source.kind) {
    case 'link':
      return unwrap(
        api.GET('/api/v1/surveys/by-link/{token}', {
          params: { path: { token: source.token }, query },
        }),
      );
    case 'customer':
      return unwrap(
        api.GET('/api/v1/surveys/customer/{token}', {
          params: { path: { token: source.token }, query },
        }),
      );
    case 'mine':
      return unwrap(
        api.GET('/api/v1/me/surveys/{cycleId}', {
          params: { path: { cycleId: source.cycleId }, query },
        }),
      );
  }
}

export function submitSurvey(source: SurveySource, body: Submission): Promise<Receipt> {
  switch (source.kind) {
    case 'link':
      return unwrap(
        api.POST('/api/v1/surveys/by-link/{token}/responses', {
          params: { path: { token: source.token } },
          body,
        }),
      );
    case 'customer':
      return unwrap(
        api.POST('/api/v1/surveys/customer/{token}/responses', {
          params: { path: { token: source.token } },
          body,
        }),
      );
    case 'mine':
      return unwrap(
        api.POST('/api/v1/me/surveys/{cycleId}/responses', {
          params: { path: { cycleId: source.cycleId } },
          body,
        }),
      );
  }
}

export function surveyQueryOptions(source: SurveySource, lang: string | undefined) {
  return queryOptions({
    queryKey: ['survey', sourceSecret(source), lang ?? null],
    queryFn: () => getSurvey(source, lang),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export const mySurveysQueryKey = ['me', 'surveys'] as const;

export function useMySurveys() {
  return useQuery({
    queryKey: mySurveysQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/surveys')),
  });
}
