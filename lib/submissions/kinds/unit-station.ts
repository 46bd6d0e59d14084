// A station of the combat path of a unit a Hero served in: a place of the gazetteer, the months
// the source puts the unit there, and the source itself. On approval the unit's path has the
// station, citing the evidence (a UnitPathPoint always has a source), and the unit's page, whose
// map draws lines only between documented stations, is rendered again on the next request.
import { z } from 'zod';
import { db } from '../../db';
import { AppError, ValidationError } from '../../errors';
import { partialDateBetween, textField } from '../../forms';
import { CACHE_TAGS, invalidateTags } from '../../cache';
import { readTranslations } from '../../i18n/record-texts';
import { TextBook } from '../../i18n/texts';
import type { Locale } from '../../i18n/locale';
import { findOrCreateOfferedSource, type OfferedSource } from '../../sources';
import { formWithEvidence } from './addition';
import { placeAsNamed } from '../../places/hero-links';
import { chosenId, gazetteerOptions, requireGazetteerPlace } from './gazetteer-choice';
import { bumpVersion, changesHero, payloadRows, type KindModule, type Tx } from './kind';
import { placeNamer } from './place-names';

// From Khalkhin Gol and the Winter War to the war with Japan: the wars these Heroes fought in.
const warDate = () => partialDateBetween(1939, 1945, 'stationWarYears');

export const UnitStationSchema = z
  .object({
    stationUnit: chosenId('notHisUnit', { required: true }),
    stationPlace: chosenId('unknownPlace', { required: true }),
    // The path is drawn in the order of its stations: a station without a date has no place in it.
    stationFrom: warDate().refine((v) => v !== null, 'required'),
    stationTo: warDate(),
    stationNote: textField(500),
  })
  // "1943" to "1943-05" is in order: ISO dates compare as text over the parts both give.
  .refine((s) => !s.stationFrom || !s.stationTo || s.stationFrom.slice(0, s.stationTo.length) <= s.stationTo, {
    message: 'stationDatesOrder',
    path: ['stationTo'],
  });
type StationPayload = z.infer<typeof UnitStationSchema>;

const sameStation = (p: StationPayload) => ({
  unitId: p.stationUnit!,
  placeId: p.stationPlace!,
  dateFrom: p.stationFrom,
  dateTo: p.stationTo,
});

async function unitOfHero(client: Pick<Tx, 'service'>, heroId: string, unitId: string) {
  const service = await client.service.findUnique({
    where: { heroId_unitId: { heroId, unitId } },
    select: { unit: { select: { id: true, slug: true, name: true } } },
  });
  return service?.unit ?? null;
}

/** Units by id, each named in `locale` as far as the archive translates it, else in English. */
async function unitsNamedIn(
  client: Pick<Tx, 'translation'>,
  units: readonly { id: string; name: string }[],
  locale: Locale,
) {
  const book = new TextBook(
    await readTranslations(
      client,
      units.map((u) => ({ entity: 'Unit', entityId: u.id })),
    ),
  );
  return units.map((u) => ({
    id: u.id,
    name: book.text({ entity: 'Unit', entityId: u.id, field: 'name' }, u.name, locale)?.value ?? u.name,
  }));
}

/** The units the Hero served in, named in the reader's language, as the choice of the form. */
async function heroUnitOptions(heroSlug: string, locale: Locale, t: (key: string) => string) {
  const services = await db.service.findMany({
    where: { hero: { slug: heroSlug } },
    orderBy: [{ fromDate: 'asc' }, { unit: { name: 'asc' } }],
    select: { unit: { select: { id: true, name: true } } },
  });
  const options = (
    await unitsNamedIn(
      db,
      services.map((s) => s.unit),
      locale,
    )
  ).map((u) => ({ value: u.id, label: u.name }));
  return [{ value: '', label: t(options.length ? 'chooseUnit' : 'noUnitsYet') }, ...options];
}

export const unitStation = changesHero({
  // The station cites the evidence itself, a picture included (apply).
  citesOfferedPictures: false,
  async reviewRows({ submission, locale }) {
    const p = submission.payload as StationPayload;
    const unit = await db.unit.findUnique({ where: { id: p.stationUnit! }, select: { id: true, name: true } });
    const [named] = unit ? await unitsNamedIn(db, [unit], locale) : [];
    const namedPlace = await placeNamer(db, locale);
    return payloadRows({
      stationUnit: named?.name ?? p.stationUnit,
      stationPlace: namedPlace(p.stationPlace!),
      stationFrom: p.stationFrom,
      stationTo: p.stationTo,
      stationNote: p.stationNote,
    });
  },
  async apply(tx, heroId, submission, { expectedVersion }) {
    const p = submission.payload as StationPayload;
    // Checked again: the record or the gazetteer may have changed since the proposal.
    const unit = await unitOfHero(tx, heroId, p.stationUnit!);
    if (!unit) throw new AppError('CONFLICT', 'notHisUnit');
    if (!(await tx.place.findUnique({ where: { id: p.stationPlace! }, select: { id: true } })))
      throw new AppError('CONFLICT', 'unknownPlace');
    if (await tx.unitPathPoint.findFirst({ where: sameStation(p), select: { id: true } }))
      throw new AppError('CONFLICT', 'duplicateStation');
    const [evidence] = submission.evidence as OfferedSource[];
    const sourceId = await findOrCreateOfferedSource(tx, heroId, evidence!);
    await tx.unitPathPoint.create({ data: { ...sameStation(p), sourceId, note: p.stationNote } });
    await invalidateTags(tx, [CACHE_TAGS.unit(unit.slug)]);
    await bumpVersion(tx, heroId, expectedVersion);
    const dates = [p.stationFrom, p.stationTo].filter(Boolean).join(' – ');
    const where = await placeAsNamed(tx, p.stationPlace!);
    return { extraDiff: { stations: { from: null, to: `${unit.name}: ${where}, ${dates}` } } };
  },
  add: {
    ...formWithEvidence(UnitStationSchema, {
      query: 'station',
      heading: 'stations',
      link: 'addStation',
      dates: ['stationFrom', 'stationTo'],
      multiline: ['stationNote'],
      options: async (locale, t, heroSlug) => ({
        stationUnit: await heroUnitOptions(heroSlug, locale, t),
        stationPlace: await gazetteerOptions(locale, t('choosePlace')),
      }),
    }),
    async verify(heroId, payload) {
      const p = payload as StationPayload;
      if (!(await unitOfHero(db, heroId, p.stationUnit!))) throw new ValidationError({ stationUnit: 'notHisUnit' });
      await requireGazetteerPlace(db, 'stationPlace', p.stationPlace);
      if (await db.unitPathPoint.findFirst({ where: sameStation(p), select: { id: true } }))
        throw new ValidationError({ stationPlace: 'duplicateStation' });
    },
  },
}) satisfies KindModule;
