'use client';
// Restoring an earlier revision from the history page. It takes a second look: the first press
// is a plain GET of the history page with `restore=N`, which then shows this revision's form
// asking to confirm; the same with scripts and without them.
import { useActionState } from 'react';
import { restoreAction } from '@/lib/revisions/actions';
import type { FormState } from '@/lib/form-actions';
import { HiddenFields } from './form-parts';

export function RestoreForm(props: {
  slug: string;
  locale: string;
  number: number;
  expectedVersion: number;
  historyPath: string;
  confirming: boolean;
  labels: { restore: string; confirm: string; confirmButton: string; cancel: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(restoreAction, null);
  return (
    <form action={action} className="restore-form">
      <HiddenFields
        values={{
          slug: props.slug,
          locale: props.locale,
          number: props.number,
          expectedVersion: props.expectedVersion,
        }}
      />
      {props.confirming || state?.confirm === 'restore' ? (
        <div className="confirm" role="alertdialog" aria-labelledby={`confirm-restore-${props.number}`}>
          <p id={`confirm-restore-${props.number}`}>{props.labels.confirm}</p>
          <input type="hidden" name="confirmed" value="restore" />
          <button type="submit" className="danger" disabled={pending}>
            {props.labels.confirmButton}
          </button>{' '}
          <a href={props.historyPath}>{props.labels.cancel}</a>
        </div>
      ) : (
        <button
          type="submit"
          name="restore"
          value={props.number}
          formMethod="get"
          formAction={props.historyPath}
          disabled={pending}
        >
          {props.labels.restore}
        </button>
      )}
      {state && !state.ok && state.message && (
        <p role="alert" className="warning">
          {state.message}
        </p>
      )}
    </form>
  );
}
