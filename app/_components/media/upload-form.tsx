'use client';
// The upload form: XMLHttpRequest rather than fetch, because only XHR reports upload progress.
// Without JavaScript the form still posts to the same route (and shows its JSON answer).
import { useRef, useState } from 'react';
import { MetadataFields, type MetadataLabels, type MetadataOptions } from './metadata-fields';

export type UploadLabels = MetadataLabels &
  Record<'file' | 'submit' | 'uploading' | 'processing' | 'done' | 'failed', string>;

export function UploadForm(
  props: MetadataOptions & { action: string; locale: string; defaultKind?: string; labels: UploadLabels },
) {
  const { labels } = props;
  const [progress, setProgress] = useState<number | null>(null);
  const [state, setState] = useState<{ done?: boolean; message?: string; fields?: Record<string, string> }>({});
  const form = useRef<HTMLFormElement>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', props.action);
    request.responseType = 'json';
    request.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    request.onload = () => {
      setProgress(null);
      const body = (request.response ?? {}) as { ok?: boolean; message?: string; fields?: Record<string, string> };
      if (body.ok) {
        form.current?.reset();
        setState({ done: true });
      } else
        setState({
          message: body.message ?? (request.status === 413 ? labels.failed : undefined),
          fields: body.fields,
        });
    };
    request.onerror = () => {
      setProgress(null);
      setState({ message: labels.failed });
    };
    setState({});
    setProgress(0);
    request.send(new FormData(event.currentTarget));
  }

  const error = (field: string) =>
    state.fields?.[field] && (
      <p className="field-error" role="alert" id={`${field}-error`}>
        {state.fields[field]}
      </p>
    );

  return (
    <form
      ref={form}
      method="post"
      action={props.action}
      encType="multipart/form-data"
      onSubmit={submit}
      className="stacked-form"
      data-testid="upload-form"
    >
      <div className="field">
        <label htmlFor="m-file">{labels.file}</label>
        <input
          id="m-file"
          name="file"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/avif,image/tiff,image/heic,image/heif,.heic,.heif"
        />
        {error('file')}
      </div>
      <MetadataFields
        {...props}
        labels={labels}
        values={{ kind: props.defaultKind, captionLanguage: props.locale }}
        errors={state.fields}
      />
      {progress !== null && (
        <p role="status" data-testid="upload-progress">
          <progress max={100} value={progress} />{' '}
          {progress < 100 ? labels.uploading.replace('{percent}', String(progress)) : labels.processing}
        </p>
      )}
      {state.message && (
        <p role="alert" className="warning" data-testid="upload-error">
          {state.message}
        </p>
      )}
      {state.done && (
        <p role="status" data-testid="upload-done">
          {labels.done}
        </p>
      )}
      <button type="submit" disabled={progress !== null}>
        {labels.submit}
      </button>
    </form>
  );
}
