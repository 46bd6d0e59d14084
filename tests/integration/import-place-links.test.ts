// The import writes a Hero's links to the gazetteer (call-up place and commissariat, the feat's
// place, first burial) from a CSV or the archive's own export, by a place's id or any of its names
// in any script; a place the gazetteer does not hold refuses the row, in the reader's language,
// and changes nothing: no place is ever made up from a row. The export carries the same links.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db';
import { readPublishedHero } from '../../lib/exports/export';
import { importFile } from '../../lib/exports/import';
import { describeRowError, describeRowErrorLine } from '../../lib/exports/import-errors';
import { EXPORT_FORMAT_NAME } from '../../lib/exports/schemas';
import { listHeroPlaces } from '../../lib/places/queries';

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
