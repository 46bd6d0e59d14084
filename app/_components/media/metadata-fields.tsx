// What an uploader says about a picture: the same fields on the upload form and on the form that
// amends a picture sent back for changes. Plain inputs with their starting values and errors.
import { MEDIA_FORM_FIELDS } from '@/lib/media/schemas';
import { Options } from '../form-parts';

type Option = { value: string; label: string };
type Field = (typeof MEDIA_FORM_FIELDS)[number];
export type MetadataLabels = Record<
  | 'kind'
  | 'caption'
  | 'captionLanguage'
  | 'date'
  | 'place'
  | 'whoPictured'
  | 'provenance'
  | 'provenanceNote'
  | 'archiveFond'
  | 'archiveOpis'
  | 'archiveDelo'
  | 'licence'
  | 'rightsConfirmed'
  | 'creditLine'
  | 'choose',
  string
>;
export type MetadataOptions = { kinds: Option[]; licences: Option[]; provenances: Option[]; languages: Option[] };

export function MetadataFields(
  props: MetadataOptions & {
    labels: MetadataLabels;
    values: Partial<Record<Field, string>>;
    errors?: Record<string, string>;
  },
) {
  const { labels, values, errors } = props;
  const error = (field: string) =>
    errors?.[field] && (
      <p className="field-error" role="alert" id={`${field}-error`}>
        {errors[field]}
      </p>
    );
  const select = (name: Field, label: string, options: Option[]) => (
    <div className="field">
      <label htmlFor={`m-${name}`}>{label}</label>
      <select
        id={`m-${name}`}
        name={name}
        defaultValue={values[name] ?? ''}
        required
        aria-invalid={Boolean(errors?.[name])}
      >
        <option value="">{labels.choose}</option>
        <Options options={options} />
      </select>
      {error(name)}
    </div>
  );
  const input = (name: Field, label: string, required = false) => (
    <div className="field">
      <label htmlFor={`m-${name}`}>{label}</label>
      <input
        id={`m-${name}`}
        name={name}
        required={required}
        defaultValue={values[name] ?? ''}
        aria-invalid={Boolean(errors?.[name])}
      />
      {error(name)}
    </div>
  );
  return (
    <>
      {select('kind', labels.kind, props.kinds)}
      <div className="field">
        <label htmlFor="m-caption">{labels.caption}</label>
        <textarea
          id="m-caption"
          name="caption"
          rows={2}
          required
          defaultValue={values.caption ?? ''}
          aria-invalid={Boolean(errors?.caption)}
        />
        {error('caption')}
      </div>
      {select('captionLanguage', labels.captionLanguage, props.languages)}
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
        <label>
          <input type="checkbox" name="rightsConfirmed" value="yes" required /> {labels.rightsConfirmed}
        </label>
        {error('rightsConfirmed')}
      </div>
    </>
  );
}
