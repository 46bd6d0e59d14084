'use client';
// A moderator hides a text of one revision from the public (with a reason the public reads); an
// admin shows it again. The refusal, if any, appears beside the form in the reader's language.
import { useActionState, useId } from 'react';
import { hideRevisionTextAction, undoRedactionAction } from '@/lib/revisions/actions';
import type { FormState } from '@/lib/form-actions';

function Refusal({ state }: { state: FormState }) {
  if (!state || state.ok) return null;
  const message = state.message ?? Object.values(state.fields ?? {}).join(' ');
  return (
    <p role="alert" className="warning">
      {message}
    </p>
  );
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
        <input type="hidden" name="slug" value={props.slug} />
        <input type="hidden" name="locale" value={props.locale} />
        <input type="hidden" name="number" value={props.number} />
        <div className="field">
          <label htmlFor={`${id}-field`}>{props.labels.field}</label>
          <select id={`${id}-field`} name="field" defaultValue={state?.values?.field}>
            {props.fields.map((field) => (
              <option key={field.value} value={field.value}>
                {field.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{props.labels.reason}</label>
          <input
            id={`${id}-reason`}
            name="reason"
            required
            minLength={10}
            maxLength={500}
            defaultValue={state?.values?.reason}
          />
        </div>
        <button type="submit" className="danger" disabled={pending}>
          {props.labels.button}
        </button>
        <Refusal state={state} />
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
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="redactionId" value={props.redactionId} />
      <label htmlFor={`${id}-reason`}>{props.labels.reason}</label>{' '}
      <input
        id={`${id}-reason`}
        name="reason"
        required
        minLength={10}
        maxLength={500}
        defaultValue={state?.values?.reason}
      />{' '}
      <button type="submit" disabled={pending}>
        {props.labels.button}
      </button>
      <Refusal state={state} />
    </form>
  );
}
