// The import writes a Hero's links to the gazetteer (call-up place and commissariat, the feat's
// place, first burial) from a CSV or the archive's own export, by a place's id or any of its names
// in any script; a place the gazetteer does not hold refuses the row, in the reader's language,
// and changes nothing: no place is ever made up from a row. The export carries the same links.
// A record the archive already holds has its links moved as its other facts are, with a revision
// (or, when it was edited in the archive, proposals), and an empty cell never clears a known place.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db';
import { readPublishedHero } from '../../lib/exports/export';
import { importFile } from '../../lib/exports/import';
import { describeRowError, describeRowErrorLine } from '../../lib/exports/import-errors';
import { EXPORT_FORMAT_NAME } from '../../lib/exports/schemas';
import { approveSubmission } from '../../lib/moderation/moderation';
import { listHeroPlaces } from '../../lib/places/queries';
import { signIn } from '../support/auth';

const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-place-links-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const placeByName = (name: string, nameToday: string | null = null) =>
  db.place.findFirstOrThrow({ where: { name, ...(nameToday ? { nameToday } : {}) }, select: { id: true } });
const links = (slug: string) =>
  db.hero.findUniqueOrThrow({
    where: { slug },
    select: { callUpPlaceId: true, callUpCommissariat: true, featPlaceId: true, firstBurialPlaceId: true },
  });
const counts = async () => ({
  heroes: await db.hero.count(),
  places: await db.place.count(),
  names: await db.placeName.count(),
});

describe('the import and the gazetteer', () => {
  it('links a CSV row to places by a Soviet-era name in any script or by id, read back by the profile', async () => {
    const stalinabad = await placeByName('Stalinabad', 'Dushanbe');
    const leninabad = await placeByName('Leninabad', 'Khujand');
    const buston = await db.place.findFirstOrThrow({ where: { name: { startsWith: 'Buston (formerly Chkalovsk)' } } });
    const file = write(
      'links.csv',
      'slug,surname_ru,given_ru,surname_en,given_en,call_up_place,call_up_commissariat,feat_place,first_burial_place\n' +
        `ivan-svyazkin,Связкин,Иван,Svyazkin,Ivan,Сталинобод,Сталинабадский горвоенкомат,${leninabad.id},Чкаловск\n`,
    );
    const before = await counts();
    const summary = await importFile(db, { file });
    expect(summary.errors).toEqual([]);
    expect(summary.created).toBe(1);
    expect(await links('ivan-svyazkin')).toEqual({
      callUpPlaceId: stalinabad.id,
      callUpCommissariat: 'Сталинабадский горвоенкомат',
      featPlaceId: leninabad.id,
      firstBurialPlaceId: buston.id,
    });
    // Linked, not made: the gazetteer is as it was.
    expect(await counts()).toEqual({ ...before, heroes: before.heroes + 1 });
    const events = await listHeroPlaces('ivan-svyazkin', db);
    expect(events?.map((e) => [e.role, e.place.id, e.detail])).toEqual([
      ['CALL_UP', stalinabad.id, 'Сталинабадский горвоенкомат'],
      ['FEAT', leninabad.id, null],
      ['FIRST_BURIAL', buston.id, null],
    ]);
    // And the export carries them, so that its record imports again with the same links.
    const record = (await readPublishedHero(db, 'ivan-svyazkin'))!;
    expect(record).toMatchObject({
      callUpPlace: { name: 'Stalinabad', nameToday: 'Dushanbe' },
      callUpCommissariat: 'Сталинабадский горвоенкомат',
      featPlaceRef: { name: 'Leninabad', nameToday: 'Khujand' },
      firstBurialPlace: { name: buston.name },
    });
    const copy = { ...record, id: 'copy-of-svyazkin', slug: 'ivan-svyazkin-copy', history: [] };
    const archive = write(
      'copy.json',
      `{"format":"${EXPORT_FORMAT_NAME}","version":1,"heroes":[\n${JSON.stringify(copy)}\n]}\n`,
    );
    const again = await importFile(db, { file: archive });
    expect(again.errors).toEqual([]);
    expect(again.created).toBe(1);
    expect(await links('ivan-svyazkin-copy')).toEqual(await links('ivan-svyazkin'));
    expect(await readPublishedHero(db, 'ivan-svyazkin-copy')).toMatchObject({
      callUpPlace: record.callUpPlace,
      callUpCommissariat: record.callUpCommissariat,
      featPlaceRef: record.featPlaceRef,
      firstBurialPlace: record.firstBurialPlace,
    });
  });

  it("links a new record's birth and death place from a Wikidata label to the gazetteer by any name, and keeps a label it does not hold as written", async () => {
    const stalinabad = await placeByName('Stalinabad', 'Dushanbe');
    const leningrad = await placeByName('Leningrad', 'Saint Petersburg');
    const label = (value: string) => ({ 'xml:lang': 'en', type: 'literal', value });
    const file = write(
      'wikidata-places.json',
      JSON.stringify({
        head: { vars: ['item', 'nameRu', 'nameEn', 'birthPlaceLabel', 'deathPlaceLabel'] },
        results: {
          bindings: [
            {
              item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q999000101' },
              nameRu: label('Фикстур Ярлыков'),
              nameEn: label('Fikstur Yarlykov'),
              // Today's names, as Wikidata labels them: the gazetteer holds both under their war-time names.
              birthPlaceLabel: label('Dushanbe'),
              deathPlaceLabel: label('Saint Petersburg'),
            },
            {
              item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q999000102' },
              nameRu: label('Фикстур Безместов'),
              nameEn: label('Fikstur Bezmestov'),
              birthPlaceLabel: label('Fixturovka'),
            },
          ],
        },
      }),
    );
    const before = await counts();
    const summary = await importFile(db, { file });
    expect(summary.errors).toEqual([]);
    expect(summary.created).toBe(2);
    const born = (surnameEn: string) =>
      db.hero.findFirstOrThrow({ where: { surnameEn }, select: { birthPlaceId: true, deathPlaceId: true } });
    expect(await born('Yarlykov')).toEqual({ birthPlaceId: stalinabad.id, deathPlaceId: leningrad.id });
    // A label the gazetteer does not hold is kept as the source wrote it: a place of that wording, not located.
    const fixturovka = await db.place.findFirstOrThrow({
      where: { name: 'Fixturovka' },
      select: { id: true, kind: true, latitude: true },
    });
    expect(fixturovka).toMatchObject({ kind: null, latitude: null });
    expect((await born('Bezmestov')).birthPlaceId).toBe(fixturovka.id);
    expect(await counts()).toMatchObject({ heroes: before.heroes + 2, places: before.places + 1 });
  });

  it('refuses a row naming a place the gazetteer does not hold, or two places, and changes nothing', async () => {
    const file = write(
      'unknown.csv',
      'surname_ru,surname_en,call_up_place,first_burial_place\n' +
        'Нетаков,Netakov,Сталинабад,Нигдеград\n' +
        'Двойнов,Dvoynov,"Baljuvon district, Tajikistan",\n',
    );
    const before = await counts();
    const summary = await importFile(db, { file });
    expect(summary.applied).toBe(false);
    expect(summary.errors).toEqual([
      expect.objectContaining({ line: 2, field: 'first_burial_place', message: expect.stringContaining('Нигдеград') }),
      expect.objectContaining({
        line: 3,
        field: 'call_up_place',
        message: expect.stringContaining('Baljuvon district, Tajikistan'),
      }),
    ]);
    expect(await counts()).toEqual(before);
    expect(await db.hero.findFirst({ where: { surnameEn: { in: ['Netakov', 'Dvoynov'] } } })).toBeNull();
    // With the valid rows only, there are none: still nothing.
    expect((await importFile(db, { file, validRowsOnly: true })).created).toBe(0);
    expect(await counts()).toEqual(before);

    const [unknown, twice] = summary.errors;
    expect(describeRowError(unknown!, 'en')).toEqual({ lang: 'en', text: unknown!.message });
    expect(unknown!.message).toMatch(/no place .*Нигдеград/i);
    expect(describeRowError(unknown!, 'ru')).toEqual({
      lang: 'ru',
      text: expect.stringMatching(/справочнике мест.*Нигдеград/),
    });
    expect(describeRowError(unknown!, 'tg')).toEqual({ lang: 'tg', text: expect.stringMatching(/Нигдеград.*ҷой/) });
    expect(describeRowError(twice!, 'ru').text).toMatch(/Baljuvon district, Tajikistan.*2/);
    expect(describeRowError(twice!, 'tg').text).toMatch(/Baljuvon district, Tajikistan.*2/);
    // The admin page lists each as a whole line in that language.
    expect(describeRowErrorLine(unknown!, 'ru')).toEqual({
      lang: 'ru',
      text: expect.stringMatching(/^строка 2, first_burial_place: В справочнике мест нет места «Нигдеград»/),
    });
    expect(describeRowErrorLine(twice!, 'tg').text).toMatch(/^сатри 3, call_up_place: «Baljuvon district, Tajikistan»/);
    expect(describeRowErrorLine({ line: 4, field: 'birth_date', message: 'Not a real date.' }, 'ru')).toEqual({
      lang: 'en',
      text: 'line 4, birth_date: Not a real date.',
    });
    // An error the import has no translation for stays in English, and says so.
    expect(describeRowError({ line: 1, field: 'ids', message: 'Some conflict.' }, 'tg')).toEqual({
      lang: 'en',
      text: 'Some conflict.',
    });
  });
});

describe('the import and the place links of a record the archive holds', () => {
  const SLUG = 'tuychi-erdzhigitov';
  const allLinks = (slug: string) =>
    db.hero.findUniqueOrThrow({
      where: { slug },
      select: {
        id: true,
        version: true,
        birthPlaceId: true,
        callUpPlaceId: true,
        callUpCommissariat: true,
        featPlaceId: true,
        firstBurialPlaceId: true,
        surnameRu: true,
        surnameEn: true,
      },
    });
  const row = (hero: { surnameRu: string; surnameEn: string }, cells: string) =>
    'slug,surname_ru,surname_en,birth_place,call_up_place,call_up_commissariat,feat_place,first_burial_place\n' +
    `${SLUG},${hero.surnameRu},${hero.surnameEn},${cells}\n`;

  it('moves them with a revision and the audit row of the import, leaves a known place with an empty cell, and changes nothing twice', async () => {
    const before = await allLinks(SLUG);
    expect(before.birthPlaceId).not.toBeNull();
    const stalinabad = await placeByName('Stalinabad', 'Dushanbe');
    const buston = await db.place.findFirstOrThrow({ where: { name: { startsWith: 'Buston (formerly Chkalovsk)' } } });
    expect([before.callUpPlaceId, before.firstBurialPlaceId]).not.toContain(stalinabad.id);
    // Fixture: not a fact of the archive (a made-up call-up and first burial for the test's own database).
    const file = write('existing.csv', row(before, ',Сталинобод,Test commissariat (fixture),,Чкаловск'));
    const places = await db.cacheTag.findUnique({ where: { tag: 'places' } });
    // The pages that list him: his units' and battles' pages, beside the place pages.
    const listing = await db.hero.findUniqueOrThrow({
      where: { slug: SLUG },
      select: {
        services: { select: { unit: { select: { slug: true } } } },
        battles: { select: { battle: { select: { slug: true } } } },
      },
    });
    const pageTags = [
      ...listing.services.map((s) => `unit:${s.unit.slug}`),
      ...listing.battles.map((b) => `battle:${b.battle.slug}`),
    ];
    expect(pageTags.length).toBeGreaterThan(0);
    const seqBefore = new Map(
      (await db.cacheTag.findMany({ where: { tag: { in: pageTags } } })).map((row) => [row.tag, row.seq]),
    );

    const summary = await importFile(db, { file });
    expect(summary.errors).toEqual([]);
    expect([summary.created, summary.changed]).toEqual([0, 1]);
    const after = await allLinks(SLUG);
    expect(after).toEqual({
      ...before,
      version: before.version + 1,
      callUpPlaceId: stalinabad.id,
      callUpCommissariat: 'Test commissariat (fixture)',
      firstBurialPlaceId: buston.id,
    });
    const revision = await db.revision.findFirstOrThrow({
      where: { heroId: before.id, reason: 'Imported from existing.csv, row 1 (line 2)' },
    });
    expect(Object.keys(revision.diff as object).sort()).toEqual([
      'callUpCommissariat',
      'callUpPlace',
      'firstBurialPlace',
    ]);
    expect(await db.auditEvent.count({ where: { action: 'import', targetId: 'existing.csv' } })).toBe(1);
    expect((await db.cacheTag.findUniqueOrThrow({ where: { tag: 'places' } })).seq).toBeGreaterThan(places?.seq ?? 0n);
    for (const tag of pageTags)
      expect((await db.cacheTag.findUnique({ where: { tag } }))?.seq, tag).toBeGreaterThan(seqBefore.get(tag) ?? 0n);
    expect((await listHeroPlaces(SLUG, db))!.find((e) => e.role === 'FIRST_BURIAL')?.place.id).toBe(buston.id);

    const again = await importFile(db, { file });
    expect([again.changed, again.unchanged]).toEqual([0, 1]);
    expect(await allLinks(SLUG)).toEqual(after);
  });

  it('proposes the move for a record edited in the archive, which changes only once a moderator approves', async () => {
    await db.hero.update({ where: { slug: SLUG }, data: { editedAt: new Date() } });
    const before = await allLinks(SLUG);
    const leninabad = await placeByName('Leninabad', 'Khujand');
    expect(before.featPlaceId).not.toBe(leninabad.id);
    const file = write('edited.csv', row(before, `,,,${leninabad.id},`));
    const summary = await importFile(db, { file });
    expect(summary.errors).toEqual([]);
    expect([summary.changed, summary.proposed]).toEqual([0, 1]);
    expect(await allLinks(SLUG)).toEqual(before);
    const proposal = await db.submission.findFirstOrThrow({
      where: { heroId: before.id, kind: 'HERO_PLACE', status: 'PENDING' },
    });
    expect(proposal.payload).toEqual({ placeFact: 'featPlaceRef', factPlace: leninabad.id, commissariat: null });
    expect(proposal.note).toBe(
      'Imported from edited.csv, row 1 (line 2): differs from the record as edited in the archive.',
    );
    // The same file again proposes nothing twice.
    expect((await importFile(db, { file })).proposed).toBe(0);
    expect(await db.submission.count({ where: { heroId: before.id, kind: 'HERO_PLACE' } })).toBe(1);
    // A moderator's approval moves it as a contributor's proposal would, citing the import.
    const moderator = await signIn({ role: 'MODERATOR' });
    await approveSubmission(moderator.actor, { submissionId: proposal.id });
    expect((await allLinks(SLUG)).featPlaceId).toBe(leninabad.id);
    expect(
      await db.citation.count({ where: { heroId: before.id, source: { title: 'Import of edited.csv, row 1' } } }),
    ).toBe(1);
  });
});
