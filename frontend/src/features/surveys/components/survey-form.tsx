import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@/lib/api/problem';
import type { Receipt, Survey, SurveySource } from '../api/surveys';
import { sourceSecret, submitSurvey } from '../api/surveys';
import {
  MAX_COMMENT_LENGTH,
  answeredCount,
  buildSubmission,
  clearDraft,
  commentLength,
  draftStorageKey,
  loadDraft,
  newDraft,
  saveDraft,
  statementIds,
  unansweredIds,
  type DraftAnswer,
  type SurveyDraft,
} from '../utils/survey-draft';
import { unavailableReason } from '../utils/unavailable-reason';
import { SurveyUnavailable } from './survey-unavailable';

const SCALE = [1, 2, 3, 4, 5] as const;

interface SurveyFormProps {
  source: SurveySource;
  survey: Survey;
  onSubmitted: (receipt: Receipt) => void;
}

/**
 * Answering one survey: a page per theme with its statements on the 1-5 scale (or "don't know")
 * and an optional comment, then a review, then submit. The draft is kept on this device only.
 */
export function SurveyForm({ source, survey, onSubmitted }: SurveyFormProps) {
  const { t } = useTranslation();
  const [storageKey, setStorageKey] = useState<string | null>(null);
  const [draft, setDraft] = useState<SurveyDraft | null>(null);
  const [step, setStep] = useState(0);
  const [reviewError, setReviewError] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const secret = sourceSecret(source);

  useEffect(() => {
    let cancelled = false;
    void draftStorageKey(secret).then((key) => {
      if (cancelled) return;
      setStorageKey(key);
      setDraft(loadDraft(window.localStorage, key) ?? newDraft());
    });
    return () => {
      cancelled = true;
    };
  }, [secret]);

  const submit = useMutation({
    mutationFn: (current: SurveyDraft) => submitSurvey(source, buildSubmission(survey, current)),
    onSuccess: (receipt) => {
      if (storageKey) clearDraft(window.localStorage, storageKey);
      onSubmitted(receipt);
    },
  });

  if (!draft || !storageKey) {
    return null;
  }

  const total = statementIds(survey).length;
  const answered = answeredCount(survey, draft);
  const reviewStep = survey.dimensions.length;
  const dimension = survey.dimensions[step];

  function update(change: (current: SurveyDraft) => SurveyDraft) {
    setDraft((current) => {
      if (!current || !storageKey) return current;
      const next = change(current);
      saveDraft(window.localStorage, storageKey, next);
      return next;
    });
  }

  function answer(itemId: string, value: DraftAnswer) {
    update((current) => ({ ...current, answers: { ...current.answers, [itemId]: value } }));
  }

  function comment(dimensionId: string, text: string) {
    update((current) => ({ ...current, comments: { ...current.comments, [dimensionId]: text } }));
  }

  function goTo(next: number) {
    setStep(next);
    setReviewError(false);
    window.scrollTo?.({ top: 0 });
    // Move focus to the new page's heading so keyboard and screen-reader users start there.
    window.setTimeout(() => headingRef.current?.focus(), 0);
  }

  const tooLong = survey.dimensions.some(
    (d) => commentLength(draft.comments[d.id] ?? '') > MAX_COMMENT_LENGTH,
  );

  function send() {
    if (unansweredIds(survey, draft!).length > 0 || tooLong) {
      setReviewError(true);
      window.setTimeout(() => document.getElementById('survey-review-error')?.focus(), 0);
      return;
    }
    submit.mutate(draft!);
  }

  const refusal = unavailableReason(submit.error);
  if (refusal) {
    return <SurveyUnavailable error={submit.error} source={source} />;
  }

  const scaleLabel = (value: DraftAnswer | undefined) =>
    value === undefined
      ? t('surveys.review.unanswered')
      : value === 'dontKnow'
        ? t('surveys.scale.dontKnow')
        : `${value} – ${t(`surveys.scale.${value}`)}`;

  return (
    <div className="survey">
      <div className="survey-progress">
        <label htmlFor="survey-progress-bar">{t('surveys.progress', { answered, total })}</label>
        <progress id="survey-progress-bar" value={answered} max={total} />
      </div>

      {dimension ? (
        <section aria-labelledby="survey-step-title" className="survey-step">
          <p className="muted survey-step-count">
            {t('surveys.theme', { current: step + 1, total: survey.dimensions.length })}
          </p>
          <h2 id="survey-step-title" ref={headingRef} tabIndex={-1}>
            {dimension.name}
          </h2>
          {dimension.statements.map((statement) => {
            const value = draft.answers[statement.id];
            return (
              <fieldset key={statement.id} className="statement">
                <legend>{statement.text}</legend>
                <div className="scale">
                  {SCALE.map((option) => (
                    <label key={option} className="scale-option">
                      <input
                        type="radio"
                        name={`statement-${statement.id}`}
                        value={option}
                        checked={value === option}
                        onChange={() => answer(statement.id, option)}
                      />
                      <span className="scale-value">{option}</span>
                      <span className="scale-text">{t(`surveys.scale.${option}`)}</span>
                    </label>
                  ))}
                  <label className="scale-option scale-dont-know">
                    <input
                      type="radio"
                      name={`statement-${statement.id}`}
                      value="dontKnow"
                      checked={value === 'dontKnow'}
                      onChange={() => answer(statement.id, 'dontKnow')}
                    />
                    <span className="scale-text">{t('surveys.scale.dontKnow')}</span>
                  </label>
                </div>
              </fieldset>
            );
          })}
          <CommentField
            id={`comment-${dimension.id}`}
            label={t('surveys.comment.label', { theme: dimension.name })}
            value={draft.comments[dimension.id] ?? ''}
            onChange={(text) => comment(dimension.id, text)}
          />
          <div className="survey-nav">
            {step > 0 && (
              <button type="button" className="button" onClick={() => goTo(step - 1)}>
                {t('surveys.previous')}
              </button>
            )}
            <button type="button" className="button button-primary" onClick={() => goTo(step + 1)}>
              {step + 1 === reviewStep ? t('surveys.toReview') : t('surveys.next')}
            </button>
          </div>
        </section>
      ) : (
        <section aria-labelledby="survey-step-title" className="survey-step">
          <h2 id="survey-step-title" ref={headingRef} tabIndex={-1}>
            {t('surveys.review.title')}
          </h2>
          <p>{t('surveys.review.intro')}</p>
          {reviewError && (
            <p id="survey-review-error" className="alert alert-error" tabIndex={-1} role="alert">
              {tooLong
                ? t('surveys.review.tooLong')
                : t('surveys.review.missing', { count: unansweredIds(survey, draft).length })}
            </p>
          )}
          {survey.dimensions.map((d, index) => (
            <div key={d.id} className="review-theme">
              <h3>{d.name}</h3>
              <dl className="review-list">
                {d.statements.map((s) => (
                  <div key={s.id} className="review-item">
                    <dt>{s.text}</dt>
                    <dd
                      className={draft.answers[s.id] === undefined ? 'review-missing' : undefined}
                    >
                      {scaleLabel(draft.answers[s.id])}
                    </dd>
                  </div>
                ))}
                {(draft.comments[d.id] ?? '').trim() !== '' && (
                  <div className="review-item">
                    <dt>{t('surveys.review.comment')}</dt>
                    <dd className="review-comment">{draft.comments[d.id]}</dd>
                  </div>
                )}
              </dl>
              <button type="button" className="button" onClick={() => goTo(index)}>
                {t('surveys.review.change', { theme: d.name })}
              </button>
            </div>
          ))}
          <div role="alert">
            {submit.error !== null && (
              <p className="alert alert-error">
                {submit.error instanceof NetworkError
                  ? t('surveys.errors.network')
                  : submit.error instanceof ApiError && submit.error.problem?.detail
                    ? submit.error.problem.detail
                    : t('surveys.errors.submit')}
              </p>
            )}
          </div>
          <div className="survey-nav">
            <button type="button" className="button" onClick={() => goTo(reviewStep - 1)}>
              {t('surveys.previous')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={send}
              disabled={submit.isPending}
            >
              {submit.isPending
                ? t('surveys.submitting')
                : submit.error
                  ? t('surveys.submitAgain')
                  : t('surveys.submit')}
            </button>
          </div>
          <p className="muted">{t('surveys.anonymityNote')}</p>
        </section>
      )}
    </div>
  );
}

function CommentField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const length = commentLength(value);
  const over = length > MAX_COMMENT_LENGTH;
  return (
    <div className="field survey-comment">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        value={value}
        aria-describedby={`${id}-count`}
        aria-invalid={over ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-count`} className={over ? 'field-error' : 'field-hint'}>
        {over
          ? t('surveys.comment.tooLong', { count: length, max: MAX_COMMENT_LENGTH })
          : t('surveys.comment.count', { count: length, max: MAX_COMMENT_LENGTH })}
      </p>
    </div>
  );
}
