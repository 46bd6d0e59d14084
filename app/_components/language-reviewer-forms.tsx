'use client';
// A moderator gives a reader the right to review one language's translations, or takes it away.
// The message (done or refused) appears beside the form in the reader's language.
import { useActionState } from 'react';
import { grantLanguageReviewAction, revokeLanguageReviewAction } from '@/lib/translations/actions';
import type { FormState } from '@/lib/form-actions';
import { HiddenFields, Options } from './form-parts';

function Status({ state }: { state: FormState }) {
  const message = state?.message ?? Object.values(state?.fields ?? {})[0] ?? '';
  return (
    <p role="status" className={state && !state.ok ? 'warning' : 'muted'}>
      {message}
    </p>
  );
}

export function GrantReviewerForm(props: {
  locale: string;
  languages: { value: string; label: string }[];
  labels: { email: string; language: string; grant: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(grantLanguageReviewAction, null);
  return (
    <form action={action} className="stacked-form">
      <input type="hidden" name="locale" value={props.locale} />
      <div className="field">
        <label htmlFor="r-email">{props.labels.email}</label>
        <input
          id="r-email"
          name="email"
          type="email"
          required
          autoComplete="off"
          defaultValue={state && !state.ok ? state.values?.email : ''}
        />
      </div>
      <div className="field">
        <label htmlFor="r-language">{props.labels.language}</label>
        <select id="r-language" name="language" defaultValue={state?.values?.language}>
          <Options options={props.languages} />
        </select>
      </div>
      <button type="submit" disabled={pending}>
        {props.labels.grant}
      </button>
      <Status state={state} />
    </form>
  );
}

export function RevokeReviewerForm(props: { locale: string; userId: string; language: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(revokeLanguageReviewAction, null);
  return (
    <form action={action} className="inline-form">
      <HiddenFields values={{ locale: props.locale, userId: props.userId, language: props.language }} />
      <button type="submit" disabled={pending}>
        {props.label}
      </button>
      {state && <Status state={state} />}
    </form>
  );
}
