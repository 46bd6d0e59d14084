'use client';
// A moderator hides a text of one revision from the public (with a reason the public reads); an
// admin shows it again. The refusal, if any, appears beside the form in the reader's language.
import { useActionState, useId } from 'react';
import { hideRevisionTextAction, undoRedactionAction } from '@/lib/revisions/actions';
import type { FormState } from '@/lib/form-actions';
import { HiddenFields, Options, Refusal } from './form-parts';

// The public reads the reason for hiding a text, and the one for showing it again, in the history.
function ReasonInput({ id, state }: { id: string; state: FormState }) {
  return <input id={id} name="reason" required minLength={10} maxLength={500} defaultValue={state?.values?.reason} />;
}

export function HideTextForm(props: {
  slug: string;
  locale: string;
  number: number;
  fields: { value: string; label: string }[];
  labels: { title: string; field: string; reason: string; button: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(hideRevisionTextAction, null);
  const id = useId();
  return (
    <details className="hide-text" open={Boolean(state && !state.ok)}>
      <summary>{props.labels.title}</summary>
      <form action={action} className="stacked-form" data-testid={`hide-form-${props.number}`}>
        <HiddenFields values={{ slug: props.slug, locale: props.locale, number: props.number }} />
        <div className="field">
          <label htmlFor={`${id}-field`}>{props.labels.field}</label>
          <select id={`${id}-field`} name="field" defaultValue={state?.values?.field}>
            <Options options={props.fields} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{props.labels.reason}</label>
          <ReasonInput id={`${id}-reason`} state={state} />
        </div>
        <button type="submit" className="danger" disabled={pending}>
          {props.labels.button}
        </button>
        <Refusal state={state} withFields />
      </form>
    </details>
  );
}

export function UndoHideForm(props: {
  slug: string;
  locale: string;
  redactionId: string;
  labels: { reason: string; button: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(undoRedactionAction, null);
  const id = useId();
  return (
    <form action={action} className="inline-form" data-testid={`undo-form-${props.redactionId}`}>
      <HiddenFields values={{ slug: props.slug, locale: props.locale, redactionId: props.redactionId }} />
      <label htmlFor={`${id}-reason`}>{props.labels.reason}</label> <ReasonInput id={`${id}-reason`} state={state} />{' '}
      <button type="submit" disabled={pending}>
        {props.labels.button}
      </button>
      <Refusal state={state} withFields />
    </form>
  );
}
