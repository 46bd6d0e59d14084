'use client';
// The upload form: XMLHttpRequest rather than fetch, because only XHR reports upload progress.
// Without JavaScript the form still posts to the same route (and shows its JSON answer).
import { useRef, useState } from 'react';

type Option = { value: string; label: string };
export type UploadLabels = Record<
  'file' | 'kind' | 'caption' | 'captionLanguage' | 'date' | 'place' | 'whoPictured' | 'provenance' | 'provenanceNote' | 'archiveFond' | 'archiveOpis' | 'archiveDelo' | 'licence' | 'rightsConfirmed' | 'creditLine' | 'choose' | 'submit' | 'uploading' | 'processing' | 'done' | 'failed',
  string
>;

export function UploadForm(props: { action: string; locale: string; defaultKind?: string; kinds: Option[]; licences: Option[]; provenances: Option[]; languages: Option[]; labels: UploadLabels }) {
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
      } else setState({ message: body.message ?? (request.status === 413 ? labels.failed : undefined), fields: body.fields });
    };
    request.onerror = () => {
      setProgress(null);
      setState({ message: labels.failed });
    };
    setState({});
    setProgress(0);
    request.send(new FormData(event.currentTarget));
  }

  const error = (field: string) => state.fields?.[field] && <p className="field-error" role="alert" id={`${field}-error`}>{state.fields[field]}</p>;
  const select = (name: string, label: string, options: Option[], defaultValue = '') => (
    <div className="field">
      <label htmlFor={`m-${name}`}>{label}</label>
      <select id={`m-${name}`} name={name} defaultValue={defaultValue} required aria-invalid={Boolean(state.fields?.[name])}>
        <option value="">{labels.choose}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error(name)}
    </div>
  );
  const input = (name: string, label: string, required = false) => (
    <div className="field">
      <label htmlFor={`m-${name}`}>{label}</label>
      <input id={`m-${name}`} name={name} required={required} aria-invalid={Boolean(state.fields?.[name])} />
      {error(name)}
    </div>
  );

  return (
    <form ref={form} method="post" action={props.action} encType="multipart/form-data" onSubmit={submit} className="stacked-form" data-testid="upload-form">
      <div className="field">
        <label htmlFor="m-file">{labels.file}</label>
        <input id="m-file" name="file" type="file" required accept="image/jpeg,image/png,image/webp,image/avif,image/tiff,image/heic,image/heif,.heic,.heif" />
        {error('file')}
      </div>
      {select('kind', labels.kind, props.kinds, props.defaultKind)}
      <div className="field">
        <label htmlFor="m-caption">{labels.caption}</label>
        <textarea id="m-caption" name="caption" rows={2} required aria-invalid={Boolean(state.fields?.caption)} />
        {error('caption')}
      </div>
      {select('captionLanguage', labels.captionLanguage, props.languages, props.locale)}
      {input('date', labels.date)}
      {input('place', labels.place)}
      {input('pictured', labels.whoPictured)}
      {select('provenance', labels.provenance, props.provenances)}
      {input('provenanceNote', labels.provenanceNote)}
      {input('archiveFond', labels.archiveFond)}
      {input('archiveOpis', labels.archiveOpis)}
      {input('archiveDelo', labels.archiveDelo)}
      {select('licence', labels.licence, props.licences)}
      {input('credit', labels.creditLine, true)}
      <div className="field">
        <label><input type="checkbox" name="rightsConfirmed" value="yes" required /> {labels.rightsConfirmed}</label>
        {error('rightsConfirmed')}
      </div>
      {progress !== null && (
        <p role="status" data-testid="upload-progress">
          <progress max={100} value={progress} /> {progress < 100 ? labels.uploading.replace('{percent}', String(progress)) : labels.processing}
        </p>
      )}
      {state.message && <p role="alert" className="warning" data-testid="upload-error">{state.message}</p>}
      {state.done && <p role="status" data-testid="upload-done">{labels.done}</p>}
      <button type="submit" disabled={progress !== null}>{labels.submit}</button>
    </form>
  );
}
