// Which place of the gazetteer one of a Hero's facts names: where he was born, called up (with the
// military commissariat as the source words it), performed his feat, died, was first buried and
// rests now. The seed and the import link these; this is how a contributor does, with evidence. On
// approval the Hero's column points at the place, the evidence becomes one of his sources, and the
// pages of the place he leaves and the place he joins are rendered again on the next request.
import { z } from 'zod';
import { db } from '../../db';
import { AppError, ValidationError } from '../../errors';
import { textField } from '../../forms';
import { findOrCreateOfferedSource, type OfferedSource } from '../../sources';
import { formWithEvidence } from './addition';
import { FACT_COLUMNS, PLACE_COLUMNS_SELECT, writeHeroPlaces, type PlaceFact } from '../../places/hero-links';
import { chosenId, gazetteerOptions, requireGazetteerPlace } from './gazetteer-choice';
import { changesHero, type KindModule, type ReviewRow, type Tx } from './kind';
import { placeNamer } from './place-names';

export const PLACE_FACTS = Object.keys(FACT_COLUMNS) as [PlaceFact, ...PlaceFact[]];

export const HeroPlaceSchema = z
  .object({
    placeFact: z.enum(PLACE_FACTS, { error: (issue) => (issue.input ? 'unknownPlaceFact' : 'required') }),
    factPlace: chosenId('unknownPlace', { required: true }),
    // The field's label says when it applies; the record's column is callUpCommissariat.
    commissariat: textField(300),
  })
  .refine((p) => p.commissariat === null || p.placeFact === 'callUpPlace', {
    message: 'commissariatOnlyForCallUp',
    path: ['commissariat'],
  });
type HeroPlacePayload = z.infer<typeof HeroPlaceSchema>;

/** The place the Hero's record names for the fact now, and the commissariat that called him up. */
async function currentPlace(client: Pick<Tx, 'hero'>, heroId: string, fact: PlaceFact) {
  const hero = await client.hero.findUniqueOrThrow({ where: { id: heroId }, select: PLACE_COLUMNS_SELECT });
  return { placeId: hero[FACT_COLUMNS[fact]], commissariat: hero.callUpCommissariat };
}

/**
 * Whether approving would change nothing: the same place, and for the call-up no other commissariat.
 * A call-up at the same place with a commissariat the record lacks is a change worth proposing.
 */
function changesNothing(p: HeroPlacePayload, now: { placeId: string | null; commissariat: string | null }) {
  if (now.placeId !== p.factPlace) return false;
  return p.placeFact !== 'callUpPlace' || p.commissariat === null || p.commissariat === now.commissariat;
}

/**
 * A new call-up place takes the commissariat proposed with it (none when none was given): the old
 * one called him up from the old place. At the same place only a given commissariat replaces it.
 */
function commissariatAfter(p: HeroPlacePayload, now: { placeId: string | null; commissariat: string | null }) {
  if (p.placeFact !== 'callUpPlace') return now.commissariat;
  return now.placeId === p.factPlace ? (p.commissariat ?? now.commissariat) : p.commissariat;
}

export const heroPlace = changesHero({
  // The evidence, a picture included, is cited by apply, as what shows this place.
  citesOfferedPictures: false,
  async reviewRows({ submission, locale }) {
    const p = submission.payload as HeroPlacePayload;
    const now = await currentPlace(db, submission.heroId!, p.placeFact);
    const named = await placeNamer(db, locale);
    // The row is labelled by the fact; the record may name no place for it yet.
    const rows: ReviewRow[] = [
      {
        field: p.placeFact,
        base: null,
        ...(now.placeId ? { now: named(now.placeId) } : { now: null, nowNotKnown: true }),
        proposed: named(p.factPlace!),
      },
    ];
    const commissariat = commissariatAfter(p, now);
    if (p.placeFact === 'callUpPlace' && (commissariat !== null || now.commissariat !== null))
      rows.push({ field: 'callUpCommissariat', base: null, now: now.commissariat, proposed: commissariat });
    return rows;
  },
  async apply(tx, heroId, submission, { expectedVersion }) {
    const p = submission.payload as HeroPlacePayload;
    // Checked again: the gazetteer or the record may have changed since the proposal.
    if (!(await tx.place.findUnique({ where: { id: p.factPlace! }, select: { id: true } })))
      throw new AppError('CONFLICT', 'unknownPlace');
    const now = await currentPlace(tx, heroId, p.placeFact);
    if (changesNothing(p, now)) throw new AppError('CONFLICT', 'samePlaceAsNow');
    const diff = await writeHeroPlaces(tx, heroId, expectedVersion, {
      places: { [p.placeFact]: p.factPlace! },
      commissariat: commissariatAfter(p, now),
    });
    if (!diff) throw new AppError('CONFLICT', 'recordChangedWhileReviewing');
    await citeEvidence(tx, heroId, submission.evidence as OfferedSource[], submission.note);
    return { extraDiff: diff };
  },
  add: {
    ...formWithEvidence(HeroPlaceSchema, {
      query: 'fact-place',
      heading: 'factPlaces',
      link: 'nameHisPlace',
      options: async (locale, t) => ({
        placeFact: [
          { value: '', label: t('choosePlaceFact') },
          ...PLACE_FACTS.map((value) => ({ value, label: t(`placeRoles.${value}`) })),
        ],
        factPlace: await gazetteerOptions(locale, t('choosePlace')),
      }),
    }),
    async verify(heroId, payload) {
      const p = payload as HeroPlacePayload;
      await requireGazetteerPlace(db, 'factPlace', p.factPlace);
      if (changesNothing(p, await currentPlace(db, heroId, p.placeFact)))
        throw new ValidationError({ factPlace: 'samePlaceAsNow' });
    },
  },
}) satisfies KindModule;

/**
 * The evidence becomes one of the Hero's sources. A source he already cites keeps what it was cited
 * for, with this proposal's note added, so that approving never rewrites why a source is there.
 */
async function citeEvidence(tx: Tx, heroId: string, evidence: OfferedSource[], note: string) {
  for (const offered of evidence) {
    const sourceId = await findOrCreateOfferedSource(tx, heroId, offered);
    const cited = await tx.citation.findUnique({
      where: { heroId_sourceId: { heroId, sourceId } },
      select: { supports: true },
    });
    if (!cited) await tx.citation.create({ data: { heroId, sourceId, supports: note } });
    else if (!cited.supports.includes(note))
      await tx.citation.update({
        where: { heroId_sourceId: { heroId, sourceId } },
        data: { supports: `${cited.supports}; ${note}` },
      });
  }
}
