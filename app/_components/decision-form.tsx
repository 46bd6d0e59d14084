'use client';
import { useActionState } from 'react';
// The moderator's decision on a proposal: approve (with a merge when the record moved on), ask
// for changes, or reject.
import { decideAction } from '@/lib/moderation/actions';
import type { FormState } from '@/lib/form-actions';
import { DecisionControls, type DecisionLabels, type SecondLook } from './decision-controls';

export function DecisionForm(props: {
  submissionId: string;
  submissionVersion: number;
  slug: string;
  merge?: { expectedVersion: number; fields: { name: string; label: string; value: string }[] };
  labels: DecisionLabels & { mergeTitle?: string };
  secondLook: SecondLook;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(decideAction, null);
  if (state?.ok)
    return (
      <p role="status" data-testid="decision-done">
        {props.labels.done}
      </p>
    );
  return (
    <form action={action} className="stacked-form">
      <input type="hidden" name="submissionId" value={props.submissionId} />
      <input type="hidden" name="submissionVersion" value={props.submissionVersion} />
      <input type="hidden" name="slug" value={props.slug} />
      {props.merge && (
        <fieldset>
          <legend>{props.labels.mergeTitle}</legend>
          <input type="hidden" name="merge" value="1" />
          <input type="hidden" name="expectedVersion" value={props.merge.expectedVersion} />
          {props.merge.fields.map((field) => (
            <div className="field" key={field.name}>
              <label htmlFor={`m-${field.name}`}>{field.label}</label>
              <input id={`m-${field.name}`} name={field.name} defaultValue={field.value} />
            </div>
          ))}
        </fieldset>
      )}
      <DecisionControls state={state} pending={pending} labels={props.labels} secondLook={props.secondLook} />
    </form>
  );
}
