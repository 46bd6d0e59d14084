'use client';
// Restoring an earlier revision from the history page.
import { useActionState } from 'react';
import { restoreAction } from '@/lib/revisions/actions';
import type { FormState } from '@/lib/form-actions';

export function RestoreForm(props: { slug: string; number: number; expectedVersion: number; label: string; done: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(restoreAction, null);
  if (state?.ok) return <span role="status">{props.done}</span>;
  return (
    <form action={action} style={{ display: 'inline' }}>
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="number" value={props.number} />
      <input type="hidden" name="expectedVersion" value={props.expectedVersion} />
      <button type="submit" disabled={pending}>{props.label}</button>
      {state && !state.ok && <span role="alert" className="warning"> {state.message}</span>}
    </form>
  );
}
