'use client';
// Moderator's decision on a picture or a family memory.
import { useActionState } from 'react';
import { decideMediaAction, decideMemoryAction, writeMemoryAction, type MediaFormState } from '@/lib/media/actions';

export function MediaDecisionForm(props: { kind: 'media' | 'memory'; id: string; slug: string; locale: string; portraitLabel?: string; labels: { note: string; approve: string; reject: string; changes: string; done: string } }) {
  const [state, action, pending] = useActionState<MediaFormState, FormData>(props.kind === 'media' ? decideMediaAction : decideMemoryAction, null);
  if (state?.ok) return <p role="status" data-testid="decision-done">{props.labels.done}</p>;
  return (
    <form action={action} className="correction-form">
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

export function MemoryForm(props: { slug: string; locale: string; languages: { value: string; label: string }[]; labels: { text: string; relation: string; language: string; submit: string; done: string } }) {
  const [state, action, pending] = useActionState<MediaFormState, FormData>(writeMemoryAction, null);
  if (state?.ok) return <p role="status" data-testid="memory-done">{props.labels.done}</p>;
  const error = (field: string) => state?.fields?.[field] && <p className="field-error" role="alert">{state.fields[field]}</p>;
  return (
    <form action={action} className="correction-form" data-testid="memory-form">
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
