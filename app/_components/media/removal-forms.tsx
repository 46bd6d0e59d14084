'use client';
// Asking for an approved picture to be taken down, and the moderator's answer to such a request.
import { useActionState } from 'react';
import { decideMediaRemovalAction, requestMediaRemovalAction } from '@/lib/media/actions';
import type { FormState } from '@/lib/form-actions';

function Failure({ state }: { state: FormState }) {
  if (!state || state.ok || !(state.message || state.fields)) return null;
  return (
    <p role="alert" className="warning" data-testid="removal-error">
      {state.message ?? Object.values(state.fields ?? {}).join(' ')}
    </p>
  );
}

export function RemovalRequestForm(props: {
  mediaId: string;
  locale: string;
  labels: { reason: string; submit: string; done: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(requestMediaRemovalAction, null);
  if (state?.ok)
    return (
      <p role="status" data-testid="removal-done">
        {props.labels.done}
      </p>
    );
  return (
    <form action={action} className="stacked-form" data-testid="removal-form">
      <input type="hidden" name="mediaId" value={props.mediaId} />
      <input type="hidden" name="locale" value={props.locale} />
      <label htmlFor="removal-reason">{props.labels.reason}</label>
      <textarea id="removal-reason" name="reason" rows={5} required defaultValue={state?.values?.reason} />
      <Failure state={state} />
      <button type="submit" disabled={pending}>
        {props.labels.submit}
      </button>
    </form>
  );
}

export function RemovalDecisionForm(props: {
  removalId: string;
  locale: string;
  labels: { note: string; approve: string; reject: string; done: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(decideMediaRemovalAction, null);
  if (state?.ok)
    return (
      <p role="status" data-testid="decision-done">
        {props.labels.done}
      </p>
    );
  return (
    <form action={action} className="stacked-form">
      <input type="hidden" name="removalId" value={props.removalId} />
      <input type="hidden" name="locale" value={props.locale} />
      <label htmlFor="removal-note">{props.labels.note}</label>
      <textarea id="removal-note" name="note" rows={3} defaultValue={state?.values?.note} />
      <Failure state={state} />
      <div className="buttons">
        <button type="submit" name="decision" value="approve" disabled={pending}>
          {props.labels.approve}
        </button>{' '}
        <button type="submit" name="decision" value="reject" disabled={pending}>
          {props.labels.reject}
        </button>
      </div>
    </form>
  );
}
