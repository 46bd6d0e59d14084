'use client';
// The uploader corrects what they said about a picture a moderator sent back, and sends it again.
// A server action: only the words travel, the picture stays as it was uploaded.
import { useActionState } from 'react';
import { amendMediaAction } from '@/lib/media/actions';
import type { FormState } from '@/lib/form-actions';
import { Done, HiddenFields, Refusal } from '../form-parts';
import { MetadataFields, type MetadataLabels, type MetadataOptions } from './metadata-fields';

export function AmendMediaForm(
  props: MetadataOptions & {
    mediaId: string;
    locale: string;
    values: Record<string, string>;
    labels: MetadataLabels & { submit: string; done: string };
  },
) {
  const [state, action, pending] = useActionState<FormState, FormData>(amendMediaAction, null);
  if (state?.ok) return <Done testId="media-amend-done">{props.labels.done}</Done>;
  return (
    <form
      action={action}
      className="stacked-form"
      data-testid="media-amend-form"
      key={JSON.stringify(state?.values ?? {})}
    >
      <HiddenFields values={{ mediaId: props.mediaId, locale: props.locale }} />
      <MetadataFields {...props} values={state?.values ?? props.values} errors={state?.fields} />
      <Refusal state={state} />
      <button type="submit" disabled={pending}>
        {props.labels.submit}
      </button>
    </form>
  );
}
