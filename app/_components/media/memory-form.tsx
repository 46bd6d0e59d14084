'use client';
// A family memory, in the family's own words, sent for a moderator's review.
import { useActionState } from 'react';
import { writeMemoryAction } from '@/lib/memories/actions';
import type { FormState } from '@/lib/form-actions';

export function MemoryForm(props: { slug: string; locale: string; languages: { value: string; label: string }[]; labels: { text: string; relation: string; language: string; submit: string; done: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(writeMemoryAction, null);
  if (state?.ok) return <p role="status" data-testid="memory-done">{props.labels.done}</p>;
  const error = (field: string) => state?.fields?.[field] && <p className="field-error" role="alert">{state.fields[field]}</p>;
  return (
    <form action={action} className="stacked-form" data-testid="memory-form">
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="locale" value={props.locale} />
      <div className="visually-hidden" aria-hidden="true"><input name="website" aria-label="Website" tabIndex={-1} autoComplete="off" /></div>
      <div className="field">
        <label htmlFor="memory-text">{props.labels.text}</label>
        <textarea id="memory-text" name="text" rows={10} required defaultValue={state?.values?.text} />
        {error('text')}
      </div>
      <div className="field">
        <label htmlFor="memory-relation">{props.labels.relation}</label>
        <input id="memory-relation" name="relation" required defaultValue={state?.values?.relation} />
        {error('relation')}
      </div>
      <div className="field">
        <label htmlFor="memory-language">{props.labels.language}</label>
        <select id="memory-language" name="language" defaultValue={state?.values?.language ?? props.locale}>
          {props.languages.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
        </select>
        {error('language')}
      </div>
      {state && !state.ok && state.message && <p role="alert" className="warning">{state.message}</p>}
      <button type="submit" disabled={pending}>{props.labels.submit}</button>
    </form>
  );
}
