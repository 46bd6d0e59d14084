'use client';
// The one form behind every proposal of facts: a correction (starting from today's values), a
// new Hero, or an addition (a unit, a battle, an award). Errors appear beside each field, in the
// reader's language; nothing is saved until everything is valid.
import { useActionState, useState } from 'react';
import { proposeAdditionAction, proposeCorrectionAction, proposeNewHeroAction } from '@/lib/submissions/actions';
import type { FormState } from '@/lib/form-actions';
import { WordDiff } from './word-diff';
import { FieldError, HiddenFields, Options } from './form-parts';

export type FieldSpec = {
  name: string;
  label: string;
  value: string;
  multiline?: boolean;
  long?: boolean;
  hint?: string;
  options?: { value: string; label: string; group?: string }[];
};

export function ProposalForm(props: {
  /** For controls outside the form that belong to it (the clickable map of a coordinate). */
  id?: string;
  slug: string;
  locale: string;
  /** 'new' proposes a Hero the archive does not hold; otherwise a correction of `slug`. */
  mode?: 'correction' | 'new' | 'addition';
  /** Hidden values sent with the form (the kind of an addition; the fields a correction leaves as they are). */
  hidden?: Record<string, string>;
  /** Set when the author amends a proposal sent back for changes. */
  submissionId?: string;
  fields: FieldSpec[];
  evidence: FieldSpec[];
  labels: {
    submit: string;
    evidenceTitle: string;
    fixErrors: string;
    previewTitle: string;
    previewNone: string;
    diff: { removed: string; added: string; empty: string };
  };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    props.mode === 'new'
      ? proposeNewHeroAction
      : props.mode === 'addition'
        ? proposeAdditionAction
        : proposeCorrectionAction,
    null,
  );
  const value = (field: FieldSpec) => state?.values?.[field.name] ?? field.value;
  // What the contributor has typed so far, for the preview of a correction: each changed field as
  // a word-by-word difference from the record. Without scripts there is no preview; the
  // moderator's review shows the same difference.
  const [draft, setDraft] = useState<Record<string, string>>({});
  const changed =
    props.mode === 'new' || props.mode === 'addition'
      ? []
      : props.fields.filter((field) => (draft[field.name] ?? value(field)) !== field.value);
  const error = (name: string) => state?.fields?.[name] ?? null;
  const render = (field: FieldSpec) => {
    const control = {
      id: `f-${field.name}`,
      name: field.name,
      defaultValue: value(field),
      'aria-invalid': Boolean(error(field.name)),
      'aria-describedby': `e-${field.name}`,
    };
    return (
      <div className="field" key={field.name}>
        <label htmlFor={control.id}>{field.label}</label>
        {field.options ? (
          <select {...control}>
            <Options options={field.options} />
          </select>
        ) : field.multiline ? (
          <textarea {...control} rows={field.long ? 16 : 6} className={field.long ? 'long' : undefined} />
        ) : (
          <input {...control} />
        )}
        {field.hint && <small className="muted">{field.hint}</small>}
        <FieldError id={control['aria-describedby']} message={error(field.name)} />
      </div>
    );
  };
  return (
    <form
      id={props.id}
      action={action}
      className="stacked-form"
      key={JSON.stringify(state?.values ?? {})}
      onChange={(event) => {
        const target: EventTarget = event.target;
        if (!(
          target instanceof HTMLInputElement ||
          target instanceof HTMLTextAreaElement ||
          target instanceof HTMLSelectElement
        ))
          return;
        if (props.fields.some((field) => field.name === target.name))
          setDraft((old) => ({ ...old, [target.name]: target.value }));
      }}
    >
      <HiddenFields values={{ slug: props.slug, locale: props.locale }} />
      {props.submissionId && <input type="hidden" name="submissionId" value={props.submissionId} />}
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Not shown to people; filled only by scripts. */}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="f-website">Website</label>
        <input id="f-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      {state && !state.ok && (
        <p role="alert" className="warning" data-testid="form-error">
          {state.fields?.form ?? state.message ?? props.labels.fixErrors}
        </p>
      )}
      {props.fields.map(render)}
      {props.mode !== 'new' && props.mode !== 'addition' && (
        <section className="card" aria-live="polite" data-testid="preview">
          <h2>{props.labels.previewTitle}</h2>
          {changed.length === 0 ? (
            <p className="muted">{props.labels.previewNone}</p>
          ) : (
            <dl>
              {changed.map((field) => (
                <div key={field.name}>
                  <dt>
                    <strong>{field.label}</strong>
                  </dt>
                  <dd className="diff">
                    <WordDiff from={field.value} to={draft[field.name] ?? value(field)} labels={props.labels.diff} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      )}
      <fieldset>
        <legend>{props.labels.evidenceTitle}</legend>
        {props.evidence.map(render)}
      </fieldset>
      <button type="submit" disabled={pending}>
        {props.labels.submit}
      </button>
    </form>
  );
}
