'use client';
import { useActionState } from 'react';
import { setDisplayNameAction, type ActionState } from '@/lib/accounts/actions';

type Labels = { label: string; help: string; save: string };

export function DisplayNameForm({ locale, current, labels }: { locale: string; current: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setDisplayNameAction, null);
  return (
    <form action={action} className="display-name" data-testid="display-name-form">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="displayName">{labels.label}</label>
      <input
        id="displayName"
        name="displayName"
        defaultValue={current}
        maxLength={120}
        aria-describedby="displayName-help displayName-state"
      />
      <p id="displayName-help" className="muted">
        {labels.help}
      </p>
      <button type="submit" disabled={pending}>
        {labels.save}
      </button>
      <p
        id="displayName-state"
        role={state && !state.ok ? 'alert' : 'status'}
        className={state && !state.ok ? 'warning' : undefined}
        data-testid="display-name-state"
      >
        {state?.message}
      </p>
    </form>
  );
}
