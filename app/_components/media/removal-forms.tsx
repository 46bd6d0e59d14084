'use client';
// Asking for an approved picture to be taken down, and the moderator's answer to such a request.
import { useActionState } from 'react';
import { decideMediaRemovalAction, requestMediaRemovalAction } from '@/lib/media/actions';
import type { FormState } from '@/lib/form-actions';
import { Done, HiddenFields, Refusal } from '../form-parts';

export function RemovalRequestForm(props: {
  mediaId: string;
  locale: string;
  labels: { reason: string; submit: string; done: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(requestMediaRemovalAction, null);
  if (state?.ok) return <Done testId="removal-done">{props.labels.done}</Done>;
  return (
    <form action={action} className="stacked-form" data-testid="removal-form">
      <HiddenFields values={{ mediaId: props.mediaId, locale: props.locale }} />
      <label htmlFor="removal-reason">{props.labels.reason}</label>
      <textarea id="removal-reason" name="reason" rows={5} required defaultValue={state?.values?.reason} />
      <Refusal state={state} withFields testId="removal-error" />
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
  if (state?.ok) return <Done testId="decision-done">{props.labels.done}</Done>;
  return (
    <form action={action} className="stacked-form">
      <HiddenFields values={{ removalId: props.removalId, locale: props.locale }} />
      <label htmlFor="removal-note">{props.labels.note}</label>
      <textarea id="removal-note" name="note" rows={3} defaultValue={state?.values?.note} />
      <Refusal state={state} withFields testId="removal-error" />
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
