// Labels written for readers: a header no surer than the sources, words for one person, name forms
// labelled only as the sources label them, and pages free of the fact sheet's field names.
import { describe, expect, it } from 'vitest';
import { GROUP_TERMS } from '../../lib/i18n/glossary';
import en from '../../messages/en.json';
import ru from '../../messages/ru.json';
import tg from '../../messages/tg.json';
import { getPage, textOf } from '../support/http';
import { useSite } from '../support/site';

useSite();

const CATALOGUES = { en, ru, tg } as const;
type Locale = keyof typeof CATALOGUES;
const LOCALES = Object.keys(CATALOGUES) as Locale[];

async function header(locale: Locale, slug: string) {
  const { status, html } = await getPage(`/${locale}/heroes/${slug}`);
  expect(status).toBe(200);
  const head = /<article[^>]*class="profile"[\s\S]*?<header>([\s\S]*?)<\/header>/.exec(html)![1]!;
  const badge = (name: string) => {
    const match = new RegExp(`data-badge="${name}"[^>]*>([\\s\\S]*?)</(li|p)>`).exec(head);
    return match ? textOf(match[1]!) : null;
  };
  return { html, group: badge('group'), membership: badge('membership'), identity: badge('identity') };
}

describe('the profile header', () => {
  it('states membership with its confidence in every language', async () => {
    const cases: [string, keyof typeof en.hero.membershipBadge][] = [
      ['veniamin-nedoshivin', 'named'],
      ['domullo-azizov', 'inferred'],
      ['negmat-karabaev', 'doubtful'],
      ['boris-shmelyov', 'probablyOutside'],
    ];
    for (const locale of LOCALES) {
      for (const [slug, key] of cases) {
        const { membership } = await header(locale, slug);
        expect(membership, `${locale} ${slug}`).toBe(CATALOGUES[locale].hero.membershipBadge[key]);
      }
    }
    // The words the issue found too sure are gone from these headers.
    const karabaev = await header('en', 'negmat-karabaev');
    expect(textOf(karabaev.html)).not.toContain('Counted among the 64');
    expect((await header('en', 'boris-shmelyov')).membership).toContain('probably outside');
  });

  it('marks a group inferred from birthplace as inferred, and an article’s group as plain', async () => {
    for (const locale of LOCALES) {
      const hero = CATALOGUES[locale].hero;
      const inferred = hero.groupInferred.replace('{group}', GROUP_TERMS.TAJIK_SSR.one[locale]);
      for (const slug of ['domullo-azizov', 'tuychi-erdzhigitov', 'negmat-karabaev']) {
        expect((await header(locale, slug)).group, `${locale} ${slug}`).toBe(inferred);
      }
      expect((await header(locale, 'veniamin-nedoshivin')).group).toBe(GROUP_TERMS.POSTWAR_TAJIKISTAN.one[locale]);
    }
  });

  it('puts an identity caveat in the header when the record has one, and only then', async () => {
    for (const locale of LOCALES) {
      const caveat = CATALOGUES[locale].hero.identityCaveat;
      // Mirzoev: an identity note. Rakhmatov: a conflict about who he was.
      for (const slug of ['tukhtasin-mirzoev', 'rakhimboy-rakhmatov']) {
        expect((await header(locale, slug)).identity, `${locale} ${slug}`).toContain(caveat);
      }
      expect((await header(locale, 'veniamin-nedoshivin')).identity).toBeNull();
    }
    const mirzoev = await header('en', 'tukhtasin-mirzoev');
    expect(mirzoev.html).toMatch(/data-badge="identity"[\s\S]*?href="#membership"/);
    expect((await header('en', 'rakhimboy-rakhmatov')).html).toMatch(/data-badge="identity"[\s\S]*?href="#conflicts"/);
  });

  it('speaks of one person in the singular under one name', async () => {
    const azizov = await header('ru', 'domullo-azizov');
    expect(azizov.group).toContain('Призван из Таджикской ССР');
    const nedoshivin = await header('ru', 'veniamin-nedoshivin');
    expect(nedoshivin.group).toBe('Жил в Таджикистане после войны');
    for (const plural of ['Призваны из', 'Жили в Таджикистане'])
      expect(textOf(azizov.html + nedoshivin.html)).not.toContain(plural);
    // The list puts one person in each row too.
    const list = textOf(/<table[\s\S]*<\/table>/.exec((await getPage('/ru/heroes?limit=50')).html)![0]);
    expect(list).toContain('Призван из Таджикской ССР');
    expect(list).not.toContain('Призваны из Таджикской ССР');
    expect(list).not.toContain('Жили в Таджикистане после войны');
  });
});

describe('name forms', () => {
  it('labels a form’s language only as a source gives it: the Kazakh Қарсыбай Спатаев is not Tajik', async () => {
    for (const locale of LOCALES) {
      const { html } = await getPage(`/${locale}/heroes/karsybay-spataev`);
      const names = /<section aria-labelledby="names">([\s\S]*?)<\/section>/.exec(html)![1]!;
      const item = names.split('</li>').find((li) => li.includes('Қарсыбай Спатаев'))!;
      expect(item, locale).not.toContain(CATALOGUES[locale].hero.nameLanguages.tg);
      expect(item).not.toMatch(/lang="tg"/);
    }
    const karabaev = /<section aria-labelledby="names">([\s\S]*?)<\/section>/.exec(
      (await getPage('/en/heroes/negmat-karabaev')).html,
    )![1]!;
    const tajik = karabaev.split('</li>').find((li) => li.includes('Неъмат Қарабоев'))!;
    expect(tajik).toMatch(/<li lang="tg">/);
    expect(textOf(tajik).replace(/\( | \)/g, (m) => m.trim())).toBe('Неъмат Қарабоев (Tajik)');
  });
});

describe('the home and about pages', () => {
  it('break the count down in the reader’s language', async () => {
    const expected = {
      en: '54 called up from the Tajik SSR',
      ru: '54 призваны из Таджикской ССР',
      tg: '54 нафар аз РСС Тоҷикистон даъват шудаанд',
    };
    for (const locale of LOCALES) {
      const { html } = await getPage(`/${locale}`);
      const breakdown = textOf(/data-testid="breakdown"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!);
      expect(breakdown, locale).toContain(expected[locale]);
    }
    expect(textOf((await getPage('/ru')).html)).toContain('5 таджиков по национальности');
  });

  it('show readers no field names of the fact sheet', async () => {
    for (const locale of LOCALES) {
      for (const path of ['', '/about', '/heroes', '/heroes/tukhtasin-mirzoev', '/heroes/negmat-karabaev']) {
        const text = textOf((await getPage(`/${locale}${path}`)).html);
        expect(text.match(/\b[a-z]+_[a-z0-9_]+\b/g) ?? [], `${locale}${path}`).toEqual([]);
      }
    }
  });
});
