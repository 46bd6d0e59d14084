import { getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { Link } from '@/i18n/link';
import { contributionPage } from '../contribution';
import { displayName } from '@/lib/heroes/names';
import { addForm, addKindOf, ADD_KINDS, DEFAULT_ADD_KIND } from '@/lib/submissions/kinds';
import { ProposalForm, type FieldSpec } from '../../../../_components/proposal-form';
import { proposalFormText } from '../../../../_components/proposal-form-text';
import { heroPageMetadata } from '@/lib/i18n/metadata';
import { listCitableMedia } from '@/lib/media/public';
import { PICK_AREAS, readMapPick, takesMapPick } from '@/lib/maps/pick';
import type { LatLon } from '@/lib/maps/render';
import { MapPickForm } from '../../../../_components/map-pick';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return heroPageMetadata(locale, slug, 'add');
}

export default async function AddPage({ params, searchParams }: Props) {
  const { locale, slug, hero } = await contributionPage(params);
  const query = await searchParams;
  const asked = typeof query.kind === 'string' ? query.kind : undefined;
  // A click on the map sends the proposal form itself, whose hidden kind is the kind's own name.
  const kind = addKindOf(asked) ?? ADD_KINDS.find((name) => name === asked) ?? DEFAULT_ADD_KIND;
  const spec = addForm(kind);
  const t = await getTranslations('submission');
  const form = await proposalFormText(null, await listCitableMedia(slug));
  const options = (await spec.options?.(toLocale(locale), (key) => t(key as never), slug)) ?? {};
  // A click on the map fills in the point, to be checked; how exact it is stays the person's choice.
  const mapPick = takesMapPick(spec.fields) ? readMapPick(query) : null;
  const picked: Record<string, string> = mapPick?.picked
    ? { latitude: String(mapPick.picked.lat), longitude: String(mapPick.picked.lon) }
    : {};
  // What was typed before the click comes back with it; the server checks it again when it is sent.
  const typed = (name: string) => {
    const value = query[name];
    return mapPick && typeof value === 'string' && value.length <= 2000 ? value : undefined;
  };
  const fields: FieldSpec[] = spec.fields.map((name) => ({
    name,
    label: t(`fields.${name}` as never),
    // A link may preselect a choice (a place page's "help locate" names which of his places): only one of the field's own options.
    value:
      options[name]?.find((option) => option.value === query[name])?.value ??
      picked[name] ??
      (options[name] ? undefined : typed(name)) ??
      spec.initial?.[name] ??
      '',
    options: options[name],
    multiline: spec.multiline?.includes(name),
    hint: spec.dates?.includes(name) ? t('dateHint') : undefined,
  }));
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const inWords = (point: LatLon) => ({
    latitude: t(point.lat < 0 ? 'mapPick.south' : 'mapPick.north', { value: number.format(Math.abs(point.lat)) }),
    longitude: t(point.lon < 0 ? 'mapPick.west' : 'mapPick.east', { value: number.format(Math.abs(point.lon)) }),
  });
  // The link back to the whole map keeps the kind and any choice the query made (a place page names his place).
  const keep = {
    kind: spec.query,
    ...Object.fromEntries(
      fields
        .filter((field) => field.options && field.value === query[field.name])
        .map((field) => [field.name, field.value]),
    ),
  };
  const held = {
    lat: Number(fields.find((f) => f.name === 'latitude')?.value || NaN),
    lon: Number(fields.find((f) => f.name === 'longitude')?.value || NaN),
  };
  const mark = mapPick?.picked ?? (Number.isFinite(held.lat) && Number.isFinite(held.lon) ? held : null);
  const area =
    mapPick &&
    (Object.keys(PICK_AREAS) as (keyof typeof PICK_AREAS)[]).find((name) => PICK_AREAS[name] === mapPick.frame);
  const evidence = (
    spec.evidence === 'full' ? form.evidence : form.evidence.filter((field) => field.name === 'note')
  ).map((field) => ({ ...field, value: typed(field.name) ?? field.value }));
  return (
    <article>
      <h1>{t('addTitle', { name: displayName(hero, locale) })}</h1>
      <p>{t('addIntro')}</p>
      <p>
        {ADD_KINDS.map((other, index) => (
          <span key={other}>
            {index > 0 && ' · '}
            <Link href={`/heroes/${slug}/add?kind=${addForm(other).query}`}>{t(addForm(other).link as never)}</Link>
          </span>
        ))}
      </p>
      <h2>{t(`fields.${spec.heading}` as never)}</h2>
      {mapPick && (
        <MapPickForm
          pick={mapPick}
          mark={mark}
          path={`/heroes/${slug}/add`}
          locale={locale}
          form="proposal"
          keep={keep}
          text={{
            title: t('mapPick.title'),
            intro: t('mapPick.intro'),
            alt:
              area === 'asia'
                ? t('mapPick.altWhole')
                : area === 'europe'
                  ? t('mapPick.altEurope')
                  : t(mapPick.frame.zoom === 0 ? 'mapPick.altAround' : 'mapPick.altClose', inWords(mapPick.frame)),
            picked: mapPick.picked && t('mapPick.picked', inWords(mapPick.picked)),
            refused: t('mapPick.refused'),
            caption: t('mapPick.caption'),
            whole: t('mapPick.whole'),
            areas: t('mapPick.areas'),
            area: { asia: t('mapPick.area.asia'), europe: t('mapPick.area.europe') },
            pans: t('mapPick.pans'),
            pan: {
              north: t('mapPick.pan.north'),
              west: t('mapPick.pan.west'),
              east: t('mapPick.pan.east'),
              south: t('mapPick.pan.south'),
            },
          }}
        />
      )}
      <ProposalForm
        id={mapPick ? 'proposal' : undefined}
        key={`${kind} ${picked.latitude ?? ''} ${picked.longitude ?? ''}`}
        slug={slug}
        locale={locale}
        mode="addition"
        hidden={{ kind }}
        fields={fields}
        evidence={evidence}
        labels={form.labels}
      />
    </article>
  );
}
