'use client';
// The moderator's decision on a proposal, a picture or a family memory: one form, whose action is
// picked by what is decided. What only one of them asks (the merge of a proposal the record moved
// past, whether a picture becomes the portrait) comes in as children, before the decision itself.
import { useActionState } from 'react';
import { decideAction } from '@/lib/moderation/actions';
import { decideMediaAction } from '@/lib/media/actions';
import { decideMemoryAction } from '@/lib/memories/actions';
import type { FormState } from '@/lib/form-actions';
import { DecisionControls, type DecisionLabels, type SecondLook } from './decision-controls';
import { Done, HiddenFields } from './form-parts';

const DECIDE = { submission: decideAction, media: decideMediaAction, memory: decideMemoryAction };

export function DecisionForm(props: {
  decides: keyof typeof DECIDE;
  hidden: Record<string, string | number>;
  labels: DecisionLabels;
  secondLook: SecondLook;
  children?: React.ReactNode;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(DECIDE[props.decides], null);
  if (state?.ok) return <Done testId="decision-done">{props.labels.done}</Done>;
  return (
    <form action={action} className="stacked-form">
      <HiddenFields values={props.hidden} />
      {props.children}
      <DecisionControls state={state} pending={pending} labels={props.labels} secondLook={props.secondLook} />
    </form>
  );
}
