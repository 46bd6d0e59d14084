import { describe, expect, it } from 'vitest';
import {
  heroSlug,
  heroSlugCandidates,
  recordNameForms,
  scriptOf,
  tajikForm,
  type IdentityNames,
} from '../../lib/heroes/identity';
import { assignSlugs } from '../../prisma/seed/build';
import { loadFactSheet } from '../../prisma/seed/fact-sheet';

// Every slug the seed has published: tests, links and readers' bookmarks rely on them, so the
// one rule must give each of them unchanged.
const SEEDED_SLUGS = [
  'veniamin-nedoshivin',
  'domullo-azizov',
  'safar-amirshoev',
  'fatkhullo-akhmedov',
  'bakir-davlyatov',
  'negmat-karabaev',
  'khodi-kinzhaev',
  'tukhtasin-mirzoev',
  't-nazarov',
  'a-rakhimov',
  'rakhimboy-rakhmatov',
  'amirali-saidbekov',
  'seitnafe-seitveliev',
  'karsybay-spataev',
  'saidkul-turdiev',
  'g-filippov',
  'v-khabiev',
  'a-khakimov',
  'ismoil-khamzaaliev',
  'p-khanzhin',
  'ismat-sharifov',
  'boris-shmelyov',
  'tuychi-erdzhigitov',
];

const names = (over: Partial<IdentityNames> = {}): IdentityNames => ({
  surnameRu: 'Азизов',
  givenRu: 'Домулло',
  patronymicRu: null,
  givenInitialRu: null,
  surnameEn: 'Azizov',
  givenEn: 'Domullo',
  givenInitialEn: null,
  fullNameTg: null,
  fullNameTgOrigin: null,
  ...over,
});

describe("a Hero's identity", () => {
  it('gives every seeded Hero the slug he has always had', () => {
    expect(assignSlugs(loadFactSheet().heroes)).toEqual(SEEDED_SLUGS);
  });

  it('makes a slug from the English name, then the birth year, then -2, -3…', () => {
    const hero = { ...names(), birthDate: '1913-05-01' };
    expect(heroSlug(hero, [])).toBe('domullo-azizov');
    expect(heroSlug(hero, ['domullo-azizov'])).toBe('domullo-azizov-1913');
    expect(heroSlug(hero, ['domullo-azizov', 'domullo-azizov-1913', 'domullo-azizov-1913-2'])).toBe(
      'domullo-azizov-1913-3',
    );
    expect(heroSlug({ ...hero, birthDate: null }, ['domullo-azizov'])).toBe('domullo-azizov-2');
    expect(heroSlug({ ...hero, birthDate: '1916~' }, ['domullo-azizov'])).toBe('domullo-azizov-1916');
    // A Hero known by an initial keeps it in his address, as the seed's "a-rakhimov" does.
    expect(
      heroSlug({ ...names({ surnameEn: 'Rakhimov', givenEn: null, givenInitialEn: 'A.' }), birthDate: null }, []),
    ).toBe('a-rakhimov');
    expect(heroSlug({ ...names({ surnameEn: '—', givenEn: null }), birthDate: null }, [])).toMatch(/^[a-z0-9-]+$/);
    const candidates = heroSlugCandidates(hero);
    for (const taken of [[], ['domullo-azizov'], ['domullo-azizov', 'domullo-azizov-1913']])
      expect(candidates).toContain(heroSlug(hero, taken));
  });

  // The import read the letters (Қ, Ӯ, Ҳ… meant Tajik); the seed and approvals read where a form
  // comes from. The letters are wrong both ways: Kazakh and Uzbek Cyrillic use them too, and a
  // Tajik spelling may have none of them.
  it('decides a Tajik form by where it comes from, never by its letters', () => {
    expect(scriptOf('Қарсибой Спатаев')).toBe('RU');
    expect(scriptOf('Spataev')).toBe('LATIN');
    const kazakh = recordNameForms(
      names({ surnameRu: 'Спатаев', givenRu: 'Қарсыбай', surnameEn: 'Spataev', givenEn: 'Karsybay' }),
    );
    expect(kazakh.map((n) => [n.value, n.script, n.language])).toEqual([
      ['Қарсыбай Спатаев', 'RU', 'ru'],
      ['Karsybay Spataev', 'LATIN', 'en'],
    ]);
    const tajik = recordNameForms(names({ ...tajikForm({ source: 'Домулло Азизов' }) }));
    // The Tajik form equal to the Russian one is listed once, as Russian.
    expect(tajik.map((n) => [n.value, n.script])).toEqual([
      ['Домулло Азизов', 'RU'],
      ['Domullo Azizov', 'LATIN'],
    ]);
    const own = recordNameForms(names({ ...tajikForm({ source: 'Домулло Азиз' }) }));
    expect(own.at(-1)).toMatchObject({ value: 'Домулло Азиз', script: 'TG', language: 'tg', isPrimary: false });
  });

  it("says where the Tajik form comes from, a source's spelling before the archive's transliteration", () => {
    expect(tajikForm({ source: 'Неъмат Қарабоев', transliteration: 'Негмат Карабаев' })).toEqual({
      fullNameTg: 'Неъмат Қарабоев',
      fullNameTgOrigin: 'SOURCE',
    });
    expect(tajikForm({ source: null, transliteration: 'Раҳимбой Раҳматов' })).toEqual({
      fullNameTg: 'Раҳимбой Раҳматов',
      fullNameTgOrigin: 'TRANSLITERATION',
    });
    expect(tajikForm({})).toEqual({ fullNameTg: null, fullNameTgOrigin: null });
    // The archive's transliteration claims no language: no source gives it.
    const forms = recordNameForms(
      names({ surnameRu: 'Рахматов', givenRu: 'Рахимбой', ...tajikForm({ transliteration: 'Раҳимбой Раҳматов' }) }),
    );
    expect(forms.at(-1)).toMatchObject({ value: 'Раҳимбой Раҳматов', script: 'TG', language: null });
    expect(forms.filter((n) => n.isPrimary).map((n) => n.language)).toEqual(['ru', 'en']);
  });
});
