'use client';
// A family memory, in the family's own words, sent for a moderator's review.
import { useActionState } from 'react';
import { amendMemoryAction, writeMemoryAction } from '@/lib/memories/actions';
import type { FormState } from '@/lib/form-actions';
import { Done, HiddenFields, Options, Refusal } from '../form-parts';

/** With `amend`, the form holds a memory sent back for changes and resubmits it. */
export function MemoryForm(props: {
  slug: string;
  locale: string;
  languages: { value: string; label: string }[];
  labels: { text: string; relation: string; language: string; submit: string; done: string };
  amend?: { id: string; text: string; relation: string; language: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    props.amend ? amendMemoryAction : writeMemoryAction,
    null,
  );
  const value = (field: 'text' | 'relation' | 'language') => state?.values?.[field] ?? props.amend?.[field];
  if (state?.ok) return <Done testId="memory-done">{props.labels.done}</Done>;
  const error = (field: string) =>
    state?.fields?.[field] && (
      <p className="field-error" role="alert">
        {state.fields[field]}
      </p>
    );
  return (
    <form action={action} className="stacked-form" data-testid="memory-form">
      <HiddenFields
        values={{ slug: props.slug, locale: props.locale, ...(props.amend && { memoryId: props.amend.id }) }}
      />
      <div className="visually-hidden" aria-hidden="true">
        <input name="website" aria-label="Website" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="memory-text">{props.labels.text}</label>
        <textarea id="memory-text" name="text" rows={10} required defaultValue={value('text')} />
        {error('text')}
      </div>
      <div className="field">
        <label htmlFor="memory-relation">{props.labels.relation}</label>
        <input id="memory-relation" name="relation" required defaultValue={value('relation')} />
        {error('relation')}
      </div>
      <div className="field">
        <label htmlFor="memory-language">{props.labels.language}</label>
        <select id="memory-language" name="language" defaultValue={value('language') ?? props.locale}>
          <Options options={props.languages} />
        </select>
        {error('language')}
      </div>
      <Refusal state={state} />
      <button type="submit" disabled={pending}>
        {props.labels.submit}
      </button>
    </form>
  );
}
