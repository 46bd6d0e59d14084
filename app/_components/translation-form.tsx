'use client';
// Proposing a translation of one text of a record, and (for moderators) marking one reviewed.
// Errors appear beside the field in the reader's language; nothing is saved until all is valid.
import { useActionState } from 'react';
import { markReviewedAction, proposeTranslationAction } from '@/lib/translations/actions';
import type { FormState } from '@/lib/form-actions';
import { FieldError, HiddenFields, Options } from './form-parts';

export function TranslationForm(props: {
  slug: string;
  locale: string;
  text: string;
  into: string;
  languages: { value: string; label: string }[];
  value: string;
  labels: { into: string; value: string; note: string; submit: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(proposeTranslationAction, null);
  const error = (name: string) => state?.fields?.[name] ?? null;
  return (
    <form action={action} className="stacked-form" key={JSON.stringify(state?.values ?? {})}>
      <HiddenFields values={{ slug: props.slug, locale: props.locale, text: props.text }} />
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="t-website">Website</label>
        <input id="t-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="t-into">{props.labels.into}</label>
        <select id="t-into" name="into" defaultValue={state?.values?.into ?? props.into} aria-describedby="e-into">
          <Options options={props.languages} />
        </select>
        <FieldError id="e-into" message={error('into')} />
      </div>
      <div className="field">
        <label htmlFor="t-value">{props.labels.value}</label>
        <textarea
          id="t-value"
          name="value"
          rows={6}
          lang={state?.values?.into ?? props.into}
          defaultValue={state?.values?.value ?? props.value}
          aria-invalid={Boolean(error('value'))}
          aria-describedby="e-value"
        />
        <FieldError id="e-value" message={error('value')} />
      </div>
      <div className="field">
        <label htmlFor="t-note">{props.labels.note}</label>
        <input id="t-note" name="note" defaultValue={state?.values?.note ?? ''} aria-describedby="e-note" />
        <FieldError id="e-note" message={error('note')} />
      </div>
      <button type="submit" disabled={pending}>
        {props.labels.submit}
      </button>
      <p role="status" className={state && !state.ok && state.message ? 'warning' : undefined}>
        {state && !state.ok ? state.message : ''}
      </p>
    </form>
  );
}

export function MarkReviewedForm(props: {
  slug: string;
  locale: string;
  text: string;
  into: string;
  expectedVersion: number;
  label: string;
  done: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(markReviewedAction, null);
  if (state?.ok)
    return (
      <p role="status" className="confirmation">
        {props.done}
      </p>
    );
  return (
    <form action={action}>
      <HiddenFields
        values={{
          slug: props.slug,
          locale: props.locale,
          text: props.text,
          into: props.into,
          expectedVersion: props.expectedVersion,
        }}
      />
      <button type="submit" disabled={pending}>
        {props.label}
      </button>
      {state && !state.ok && (
        <span role="alert" className="warning">
          {' '}
          {state.message}
        </span>
      )}
    </form>
  );
}
