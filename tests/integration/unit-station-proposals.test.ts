// A contributor proposes a station of the combat path of a unit a Hero served in, with a place of
// the gazetteer, dates and evidence; a moderator reads it as rows and approves it; the unit's path
// then has the station, citing the evidence, and the unit's page is expired in the same
// transaction. A battle may name its place from the gazetteer too, and the profile's places list
// then shows it. Bad input is refused with a message and writes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveSubmission, getSubmissionForReview } from '../../lib/moderation/moderation';
import { proposeAddition } from '../../lib/submissions/submissions';
import { addForm } from '../../lib/submissions/kinds';
import { ValidationError } from '../../lib/errors';
import { listHeroPlaces, listUnitPath } from '../../lib/places/queries';
import { signIn } from '../support/auth';
import { fileDatabaseUrl } from '../support/database';
import { outcome } from '../support/outcome';
import { refusedFields } from '../support/refusal';
import { HEROES } from '../support/heroes';

const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
afterAll(() => prisma.$disconnect());

const SLUG = HEROES.erdzhigitov;
const tagSeq = async (tag: string) => (await prisma.cacheTag.findUnique({ where: { tag } }))?.seq ?? 0n;

// Fixtures in this file's own database, not the archive's facts: the evidence is a made-up address.
const EVIDENCE = {
  sourceUrl: 'https://example.org/regiment-history-fixture',
  sourceTitle: 'Regiment history (test fixture)',
  archiveRef: '',
  note: 'The fixture history places the regiment there in these months.',
};

async function fixture() {
  const hero = await prisma.hero.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { services: { select: { unit: { select: { id: true, slug: true, name: true } } } } },
  });
  const unit = hero.services[0]!.unit;
  const place = await prisma.place.findFirstOrThrow({
    where: { name: { startsWith: 'Gatchina district' } },
    select: { id: true, name: true, nameToday: true },
  });
  const otherUnit = await prisma.unit.findFirstOrThrow({
    where: { services: { none: { hero: { slug: SLUG } } } },
    select: { id: true },
  });
  return { unit, place, otherUnit };
}

const station = (unitId: string, placeId: string, dates = { stationFrom: '1943-01', stationTo: '1943-03' }) => ({
  stationUnit: unitId,
  stationPlace: placeId,
  ...dates,
  stationNote: 'Defence south of Leningrad',
  ...EVIDENCE,
});

const counts = async () => ({
  submissions: await prisma.submission.count(),
  stations: await prisma.unitPathPoint.count(),
});

describe('a proposed station of a unit', () => {
  it("offers only the Hero's own units and the gazetteer's places on the add page", async () => {
    const { unit, place, otherUnit } = await fixture();
    const options = await addForm('UNIT_STATION').options!('tg', (key) => key, SLUG);
    expect(options.stationUnit!.map((o) => o.value)).toContain(unit.id);
    expect(options.stationUnit!.map((o) => o.value)).not.toContain(otherUnit.id);
    const gatchina = options.stationPlace!.find((o) => o.value === place.id);
    expect(gatchina?.label).toBeTruthy();
    expect(options.stationPlace!.length).toBe((await prisma.place.count()) + 1);
  });

  it("names the station's place in the moderator's language, as the gazetteer names it then and today", async () => {
    const { unit, place } = await fixture();
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { id } = await proposeAddition(
      contributor.actor,
      SLUG,
      'UNIT_STATION',
      station(unit.id, place.id, { stationFrom: '1942-02', stationTo: '' }),
    );
    const moderator = await signIn({ role: 'MODERATOR' });
    const placeRow = async (locale: 'ru' | 'tg') =>
      (await getSubmissionForReview(moderator.actor, id, locale)).rows.find((row) => row.field === 'stationPlace');
    // The seed's gazetteer: Gatchina bore the name Krasnogvardeysk in 1929–1944, and has no Tajik name.
    expect((await placeRow('ru'))?.proposed).toBe('Красногвардейск (Гатчинский район)');
    expect((await placeRow('tg'))?.proposed).toBe('Красногвардейск (Гатчинский район)');
  });

  it("names the station's unit in the moderator's language, as the form's choice names it", async () => {
    const { unit, place } = await fixture();
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { id } = await proposeAddition(contributor.actor, SLUG, 'UNIT_STATION', station(unit.id, place.id));
    const moderator = await signIn({ role: 'MODERATOR' });
    for (const locale of ['ru', 'tg'] as const) {
      // The seed's draft translation of the unit's name (lib/i18n/record-texts: a Unit's `name`).
      const translated = await prisma.translation.findUniqueOrThrow({
        where: { entity_entityId_field_locale: { entity: 'Unit', entityId: unit.id, field: 'name', locale } },
        select: { value: true },
      });
      expect(translated.value).toBeTruthy();
      expect(translated.value).not.toBe(unit.name);
      const review = await getSubmissionForReview(moderator.actor, id, locale);
      expect(review.rows.find((row) => row.field === 'stationUnit')?.proposed, locale).toBe(translated.value);
      const options = await addForm('UNIT_STATION').options!(locale, (key) => key, SLUG);
      expect(options.stationUnit!.find((o) => o.value === unit.id)?.label, locale).toBe(translated.value);
    }
  });

  it('stays a proposal until approved, then is a station of the unit, cited, and its page is expired', async () => {
    const { unit, place } = await fixture();
    expect(await listUnitPath(unit.slug, prisma)).toEqual([]);
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { id } = await proposeAddition(contributor.actor, SLUG, 'UNIT_STATION', station(unit.id, place.id));
    expect(await listUnitPath(unit.slug, prisma)).toEqual([]);

    const moderator = await signIn({ role: 'MODERATOR' });
    const review = await getSubmissionForReview(moderator.actor, id);
    // The gazetteer's English: Gatchina bore the name Krasnogvardeysk in 1929–1944.
    const placeName = 'Krasnogvardeysk (Gatchina)';
    expect(review.rows).toEqual([
      { field: 'stationUnit', base: null, now: null, proposed: unit.name },
      { field: 'stationPlace', base: null, now: null, proposed: placeName },
      { field: 'stationFrom', base: null, now: null, proposed: '1943-01' },
      { field: 'stationTo', base: null, now: null, proposed: '1943-03' },
      { field: 'stationNote', base: null, now: null, proposed: 'Defence south of Leningrad' },
    ]);
    const versionBefore = (await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG } })).version;
    const unitTag = await tagSeq(`unit:${unit.slug}`);
    await approveSubmission(moderator.actor, { submissionId: id });

    const path = await listUnitPath(unit.slug, prisma);
    expect(path).toHaveLength(1);
    expect(path![0]).toMatchObject({
      place: { id: place.id },
      dateFrom: '1943-01',
      dateTo: '1943-03',
      note: 'Defence south of Leningrad',
      source: { url: EVIDENCE.sourceUrl, title: EVIDENCE.sourceTitle },
    });
    expect(await tagSeq(`unit:${unit.slug}`)).toBeGreaterThan(unitTag);
    expect((await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG } })).version).toBe(versionBefore + 1);
    const revision = await prisma.revision.findFirstOrThrow({ where: { submissionId: id } });
    expect(revision.reason).toBe(EVIDENCE.note);

    // The same station again is refused at once, and one already pending is refused on approval.
    const before = await counts();
    const again = await proposeAddition(contributor.actor, SLUG, 'UNIT_STATION', station(unit.id, place.id)).catch(
      (e: unknown) => e,
    );
    expect(again).toBeInstanceOf(ValidationError);
    expect((again as ValidationError).fields).toEqual({ stationPlace: 'duplicateStation' });
    expect(await counts()).toEqual(before);
  });

  it('refuses on approval a duplicate proposed from another Hero of the unit while the first was pending, and writes nothing', async () => {
    const { unit, place } = await fixture();
    // A fixture in this file's own database: a second Hero serving in the same unit.
    const other = await prisma.hero.findUniqueOrThrow({ where: { slug: HEROES.seitveliev }, select: { id: true } });
    await prisma.service.create({ data: { heroId: other.id, unitId: unit.id } });
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const dates = { stationFrom: '1944-01', stationTo: '' };
    const first = await proposeAddition(contributor.actor, SLUG, 'UNIT_STATION', station(unit.id, place.id, dates));
    const second = await proposeAddition(
      contributor.actor,
      HEROES.seitveliev,
      'UNIT_STATION',
      station(unit.id, place.id, dates),
    );
    const moderator = await signIn({ role: 'MODERATOR' });
    await approveSubmission(moderator.actor, { submissionId: first.id });
    const stations = await prisma.unitPathPoint.count();
    await expect(approveSubmission(moderator.actor, { submissionId: second.id })).rejects.toMatchObject({
      messageKey: 'duplicateStation',
    });
    expect(await prisma.unitPathPoint.count()).toBe(stations);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('PENDING');
  });

  it("refuses an unknown place, another unit, dates out of order or out of the war, no evidence, in the reader's language, and writes nothing", async () => {
    const { unit, place, otherUnit } = await fixture();
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const before = await counts();
    const refusal = (input: Record<string, string>) =>
      refusedFields(() => proposeAddition(contributor.actor, SLUG, 'UNIT_STATION', input));
    expect(await refusal(station(unit.id, 'no-such-place'))).toEqual({ stationPlace: 'unknownPlace' });
    expect(await refusal(station(unit.id, ''))).toEqual({ stationPlace: 'required' });
    expect(await refusal(station(otherUnit.id, place.id))).toEqual({ stationUnit: 'notHisUnit' });
    expect(await refusal(station(unit.id, place.id, { stationFrom: '1944-05', stationTo: '1943' }))).toEqual({
      stationTo: 'stationDatesOrder',
    });
    expect(await refusal(station(unit.id, place.id, { stationFrom: '1950', stationTo: '' }))).toEqual({
      stationFrom: 'stationWarYears',
    });
    expect(await refusal({ ...station(unit.id, place.id), sourceUrl: '', sourceTitle: '' })).toEqual({
      sourceUrl: 'sourceRequired',
    });
    for (const locale of ['en', 'ru', 'tg']) {
      const errors = (JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as { errors: Record<string, string> })
        .errors;
      for (const key of ['unknownPlace', 'notHisUnit', 'stationDatesOrder', 'stationWarYears', 'duplicateStation'])
        expect(errors[key], `${locale} ${key}`).toBeTruthy();
    }
    const disabled = await signIn({ role: 'CONTRIBUTOR' });
    expect(
      await outcome(() =>
        proposeAddition({ ...disabled.actor, disabled: true }, SLUG, 'UNIT_STATION', station(unit.id, place.id)),
      ),
    ).toBe('FORBIDDEN');
    expect(await outcome(() => proposeAddition(null, SLUG, 'UNIT_STATION', station(unit.id, place.id)))).toBe(
      'UNAUTHORIZED',
    );
    expect(await counts()).toEqual(before);
  });
});

describe("a proposed battle's place", () => {
  it("names a place of the gazetteer, shown among the Hero's places once approved", async () => {
    const { place } = await fixture();
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const battle = {
      battleName: 'Test battle near Gatchina (fixture)',
      battleDate: 'January 1944',
      battlePlace: 'near Gatchina',
      battlePlaceId: place.id,
      battleNote: '',
      ...EVIDENCE,
    };
    const unknown = await proposeAddition(contributor.actor, SLUG, 'BATTLE', {
      ...battle,
      battlePlaceId: 'no-such-place',
    }).catch((e: unknown) => e);
    expect((unknown as ValidationError).fields).toEqual({ battlePlaceId: 'unknownPlace' });

    const { id } = await proposeAddition(contributor.actor, SLUG, 'BATTLE', battle);
    const moderator = await signIn({ role: 'MODERATOR' });
    const review = await getSubmissionForReview(moderator.actor, id);
    expect(review.rows.find((row) => row.field === 'battlePlaceId')?.proposed).toBe('Krasnogvardeysk (Gatchina)');
    const placeTag = await tagSeq(`place:${place.id}`);
    await approveSubmission(moderator.actor, { submissionId: id });
    const events = await listHeroPlaces(SLUG, prisma);
    expect(events!.find((e) => e.role === 'BATTLE' && e.detail === battle.battleName)?.place.id).toBe(place.id);
    expect(await tagSeq(`place:${place.id}`)).toBeGreaterThan(placeTag);
  });
});
