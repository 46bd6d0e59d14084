'use client';
// Moderator's decision on a picture or a family memory.
import { useActionState } from 'react';
import { decideMediaAction } from '@/lib/media/actions';
import { decideMemoryAction } from '@/lib/memories/actions';
import type { FormState } from '@/lib/form-actions';
import { DecisionControls, type DecisionLabels, type SecondLook } from '../decision-controls';

export function MediaDecisionForm(props: {
  kind: 'media' | 'memory';
  id: string;
  slug: string;
  locale: string;
  portraitLabel?: string;
  labels: DecisionLabels;
  secondLook: SecondLook;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    props.kind === 'media' ? decideMediaAction : decideMemoryAction,
    null,
  );
  if (state?.ok)
    return (
      <p role="status" data-testid="decision-done">
        {props.labels.done}
      </p>
    );
  return (
    <form action={action} className="stacked-form">
      <input type="hidden" name={props.kind === 'media' ? 'mediaId' : 'memoryId'} value={props.id} />
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="locale" value={props.locale} />
      {props.portraitLabel && (
        <label>
          <input type="checkbox" name="portrait" value="yes" /> {props.portraitLabel}
        </label>
      )}
      <DecisionControls state={state} pending={pending} labels={props.labels} secondLook={props.secondLook} />
    </form>
  );
}
