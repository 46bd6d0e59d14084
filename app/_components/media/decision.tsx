'use client';
// Moderator's decision on a picture or a family memory.
import { useActionState } from 'react';
import { decideMediaAction } from '@/lib/media/actions';
import { decideMemoryAction } from '@/lib/memories/actions';
import type { FormState } from '@/lib/form-actions';

export function MediaDecisionForm(props: { kind: 'media' | 'memory'; id: string; slug: string; locale: string; portraitLabel?: string; labels: { note: string; approve: string; reject: string; changes: string; done: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(props.kind === 'media' ? decideMediaAction : decideMemoryAction, null);
  if (state?.ok) return <p role="status" data-testid="decision-done">{props.labels.done}</p>;
  return (
    <form action={action} className="stacked-form">
      <input type="hidden" name={props.kind === 'media' ? 'mediaId' : 'memoryId'} value={props.id} />
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="locale" value={props.locale} />
      {props.portraitLabel && <label><input type="checkbox" name="portrait" value="yes" /> {props.portraitLabel}</label>}
      <label htmlFor="decision-note">{props.labels.note}</label>
      <textarea id="decision-note" name="note" rows={3} />
      {state && !state.ok && <p role="alert" className="warning" data-testid="decision-error">{state.message ?? Object.values(state.fields ?? {}).join(' ')}</p>}
      <div className="buttons">
        <button type="submit" name="decision" value="approve" disabled={pending}>{props.labels.approve}</button>{' '}
        <button type="submit" name="decision" value="changes" disabled={pending}>{props.labels.changes}</button>{' '}
        <button type="submit" name="decision" value="reject" disabled={pending}>{props.labels.reject}</button>
      </div>
    </form>
  );
}
