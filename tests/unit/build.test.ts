import { describe, expect, it } from 'vitest';
import { assignSlugs, buildHero, buildUnits, forReaders, parsePlace } from '../../prisma/seed/build';
import { scriptOf } from '../../lib/heroes/identity';
import { loadFactSheet } from '../../prisma/seed/fact-sheet';
import { slugify } from '../../lib/slug';

const sheet = loadFactSheet();
const byName = (name: string) => sheet.heroes.find((h) => h.name_en === name)!;
const bio = { en: 'en', ru: 'ru' };

describe('turning fact-sheet records into rows', () => {
  it('makes slugs from the English name, adding the birth year only on a clash', () => {
    expect(slugify('Veniamin Nedoshivin')).toBe('veniamin-nedoshivin');
    expect(slugify('T. Nazarov')).toBe('t-nazarov');
    const twin = { ...sheet.heroes[1]! };
    // Two records of one name and one birth year: the second gets -2 (one slug each, as the unique index needs).
    expect(assignSlugs([sheet.heroes[1]!, twin])).toEqual(['domullo-azizov-1913', 'domullo-azizov-1913-2']);
    expect(new Set(assignSlugs(sheet.heroes)).size).toBe(sheet.heroes.length);
  });

  it('chains a hero’s listed units up to the front', () => {
    const { units } = buildUnits(byName('Tuychi Erdzhigitov').units);
    const parent = Object.fromEntries(units.map((u) => [u.slug, u.parentSlug]));
    expect(parent['1064th-rifle-regiment']).toBe('281st-rifle-division');
    expect(parent['281st-rifle-division']).toBe('54th-army');
    expect(parent['54th-army']).toBe('volkhov-front');
    expect(parent['volkhov-front']).toBeNull();
  });

  it('splits "regiment, division" names and never chains unrelated units of one level', () => {
    const akhmedov = buildUnits(byName('Fatkhullo Akhmedov').units);
    expect(akhmedov.units.map((u) => u.name).sort()).toEqual([
      '17th Guards Cavalry Division',
      '61st Guards Cavalry Regiment',
    ]);
    expect(akhmedov.units.find((u) => u.slug === '61st-guards-cavalry-regiment')!.parentSlug).toBe(
      '17th-guards-cavalry-division',
    );
    const shmelyov = buildUnits(byName('Boris Shmelyov').units);
    const training = shmelyov.units.find((u) => u.name.startsWith('12th'))!;
    expect(training.parentSlug).toBeNull();
    expect(shmelyov.units.find((u) => u.name.startsWith('46th'))!.parentSlug).toBe('23rd-army');
  });

  it('keeps every name form with its script, and the Tajik form apart', () => {
    const karabaev = buildHero(byName('Negmat Karabaev'), 'negmat-karabaev', bio);
    expect(karabaev.fullNameTg).toBe('Неъмат Қарабоев');
    expect(karabaev.names.find((n) => n.value === 'Неъмат Қарабоев')?.script).toBe('TG');
    expect(karabaev.names.filter((n) => n.isPrimary).map((n) => n.value)).toEqual([
      'Негмат Карабаев',
      'Negmat Karabaev',
    ]);
    expect(scriptOf('Hakimov')).toBe('LATIN');
    expect(scriptOf('Хакимов')).toBe('RU');
  });

  it("shows readers words, never the sheet's field names", () => {
    expect(forReaders('rank_at_feat')).toBe('Rank at the time of the deed');
    expect(forReaders('Decree date not found. death_date is taken from the battle')).toBe(
      'Decree date not found. The date of death is taken from the battle',
    );
    expect(forReaders('birth_place (village)')).toBe('Place of birth (village)');
    expect(forReaders('the action is cut off; feat_date and decree date are therefore null')).toBe(
      'the action is cut off; the date of the deed and decree date are therefore not known',
    );
    for (const record of sheet.heroes) {
      const hero = buildHero(record, 'x', bio);
      const texts = [hero.notes ?? '', ...hero.conflicts.flatMap((c) => [c.field, ...c.values, c.note ?? ''])];
      expect(texts.join(' ').match(/\b[a-z]+_[a-z0-9_]+\b/g) ?? [], record.name_en).toEqual([]);
    }
  });

  const karabaevOrigin = () => buildHero(byName('Negmat Karabaev'), 'negmat-karabaev', bio).fullNameTgOrigin;
  it('labels a name form with a language only where the sheet says a source gives it', () => {
    const spataev = buildHero(byName('Karsybay Spataev'), 'karsybay-spataev', bio);
    // Kazakh, written with Қ: not Tajik, and no source names its language.
    const kazakh = spataev.names.find((n) => n.value === 'Қарсыбай Спатаев')!;
    expect(kazakh.language).toBeNull();
    expect(kazakh.script).not.toBe('TG');
    // No source gives a Tajik form: the Tajik pages use the archive's transliteration, said to be one.
    expect([spataev.fullNameTg, spataev.fullNameTgOrigin]).toEqual(['Қарсибой Спатаев', 'TRANSLITERATION']);
    expect(spataev.names.find((n) => n.value === 'Қарсибой Спатаев')!.language).toBeNull();
    expect(karabaevOrigin()).toBe('SOURCE');
    const karabaev = buildHero(byName('Negmat Karabaev'), 'negmat-karabaev', bio);
    expect(karabaev.names.find((n) => n.value === 'Неъмат Қарабоев')!.language).toBe('tg');
    expect(karabaev.names.find((n) => n.value === 'n. Karabayev')!.language).toBe('en');
    expect(karabaev.names.find((n) => n.value === 'Negmat Karabaev')!.language).toBe('en');
    expect(karabaev.names.find((n) => n.value === 'Негмат Карабаев')!.language).toBe('ru');
    const akhmedov = buildHero(byName('Fatkhullo Akhmedov'), 'fatkhullo-akhmedov', bio);
    expect(akhmedov.names.find((n) => n.value === 'Фатулла Ахмедов')!.language).toBeNull();
  });

  it('gives a stub its initial in both scripts and invents no given name', () => {
    const nazarov = buildHero(byName('T. Nazarov'), 't-nazarov', bio);
    expect(nazarov.givenRu).toBeNull();
    expect(nazarov.givenEn).toBeNull();
    expect(nazarov.givenInitialEn).toBe('T.');
    expect(nazarov.givenInitialRu).toBe('Т.');
    expect(nazarov.birthPlace).toBeNull();
  });

  it('leaves the deed empty when the sheet only says nothing is known of it', () => {
    expect(buildHero(byName('Safar Amirshoev'), 'safar-amirshoev', bio).featFacts).toEqual([]);
    expect(buildHero(byName('Veniamin Nedoshivin'), 'veniamin-nedoshivin', bio).featFacts).toHaveLength(5);
  });

  it('reads district, region and country from today’s place name', () => {
    expect(
      parsePlace(
        'kishlak Kistakuz',
        'Kistakuz, Bobojon Ghafurov District, Sughd Region, Tajikistan (district per Asia-Plus 2024)',
      ),
    ).toEqual({
      name: 'kishlak Kistakuz',
      nameToday: 'Kistakuz, Bobojon Ghafurov District, Sughd Region, Tajikistan (district per Asia-Plus 2024)',
      district: 'Bobojon Ghafurov District',
      region: 'Sughd Region',
      country: 'Tajikistan',
    });
    expect(parsePlace(null, null)).toBeNull();
  });
});
