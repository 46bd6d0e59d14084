// The point of one of a Hero's places (his birthplace, where he fell, where he rests…), typed or
// taken from a GeoNames candidate, with how exact it is and the evidence for it. On approval the
// place gets the point, the evidence becomes the point's source, and every page that shows the
// place (its own, each Hero tied to it, the collection maps) is rendered again on the next request.
import { z } from 'zod';
import { AppError } from '../../errors';
import { textField } from '../../forms';
import { invalidatePlaces } from '../../places/invalidate';
import { findOrCreateSource, type OfferedSource } from '../../sources';
import { formWithEvidence } from './addition';
import { PLACE_FACTS } from './hero-place';
import { bumpVersion, changesHero, payloadRows, type KindModule, type Tx } from './kind';

// A Hero's places are the ones a fact-place proposal can name (hero-place.ts), in the same order.
const PLACE_ROLES = PLACE_FACTS;
const PRECISIONS = ['EXACT', 'SETTLEMENT', 'DISTRICT_CENTRE', 'REGION', 'APPROXIMATE'] as const;

const degrees = (min: number, max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .regex(/^-?\d{1,3}(\.\d{1,7})?$/, 'badCoordinate')
    .transform(Number)
    .refine((n) => n >= min && n <= max, 'badCoordinate');

const PlaceCoordinateSchema = z.object({
  placeRole: z.enum(PLACE_ROLES, { error: 'required' }),
  latitude: degrees(-90, 90),
  longitude: degrees(-180, 180),
  precision: z.enum(PRECISIONS, { error: 'required' }),
  geonamesId: textField(20).refine((v) => v === null || /^\d{1,10}$/.test(v), 'badGeonamesId'),
});
type PlaceCoordinatePayload = z.infer<typeof PlaceCoordinateSchema>;

async function placeOf(tx: Tx, heroId: string, role: PlaceCoordinatePayload['placeRole']) {
  const hero = await tx.hero.findUniqueOrThrow({
    where: { id: heroId },
    select: { [role]: { select: { id: true, latitude: true, longitude: true, precision: true } } },
  });
  return (
    (
      hero as unknown as Record<
        string,
        { id: string; latitude: number | null; longitude: number | null; precision: string | null } | null
      >
    )[role] ?? null
  );
}

export const placeCoordinate = changesHero({
  citesOfferedPictures: false,
  reason: (submission) => `Place located: ${(submission.payload as PlaceCoordinatePayload).placeRole}`,
  reviewRows: ({ submission }) => {
    const p = submission.payload as PlaceCoordinatePayload;
    return payloadRows({
      placeRole: p.placeRole,
      latitude: String(p.latitude),
      longitude: String(p.longitude),
      precision: p.precision,
      geonamesId: p.geonamesId,
    });
  },
  async apply(tx, heroId, submission, { expectedVersion }) {
    const p = submission.payload as PlaceCoordinatePayload;
    const place = await placeOf(tx, heroId, p.placeRole);
    if (!place) throw new AppError('CONFLICT', 'noSuchPlace');
    const [evidence] = submission.evidence as OfferedSource[];
    const sourceId =
      evidence && (evidence.url || evidence.title || evidence.archiveRef)
        ? await findOrCreateSource(tx, {
            url: evidence.url ?? null,
            title: evidence.title ?? evidence.archiveRef ?? null,
          })
        : null;
    await tx.place.update({
      where: { id: place.id },
      data: {
        latitude: p.latitude,
        longitude: p.longitude,
        precision: p.precision,
        coordSourceId: sourceId,
        coordNote: submission.note,
        geonamesId: p.geonamesId === null ? null : Number(p.geonamesId),
      },
    });
    await invalidatePlaces(tx, [place.id]);
    await bumpVersion(tx, heroId, expectedVersion);
    const before = place.latitude === null ? null : `${place.latitude}, ${place.longitude} (${place.precision})`;
    return { extraDiff: { [p.placeRole]: { from: before, to: `${p.latitude}, ${p.longitude} (${p.precision})` } } };
  },
  add: formWithEvidence(PlaceCoordinateSchema, {
    query: 'place',
    heading: 'places',
    link: 'locatePlace',
    options: (_locale, t) => ({
      placeRole: PLACE_ROLES.map((value) => ({ value, label: t(`placeRoles.${value}`) })),
      // No precision is chosen until the person chooses one: a browser would otherwise send the first.
      precision: [
        { value: '', label: t('choosePrecision') },
        ...PRECISIONS.map((value) => ({ value, label: t(`precisions.${value}`) })),
      ],
    }),
  }),
}) satisfies KindModule;
