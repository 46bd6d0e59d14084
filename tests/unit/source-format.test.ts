import { describe, expect, it } from 'vitest';
import { formatSource, isAddressOrSite, siteName, titleLanguage } from '../../lib/heroes/source-format';

describe('a source as a reader meets it', () => {
  it('names the site of an address, without www., and nothing for what is not a web address', () => {
    expect(siteName('https://www.warheroes.ru/hero/hero.asp?Hero_id=1')).toBe('warheroes.ru');
    expect(siteName('http://yurii.ru/ref10/particle-408088.php')).toBe('yurii.ru');
    expect(siteName('not an address')).toBeNull();
    expect(siteName('javascript:alert(1)')).toBeNull();
    expect(siteName(null)).toBeNull();
  });

  it('gives title, publisher, year and site; an untitled source is headed by its site', () => {
    const titled = formatSource(
      {
        url: 'https://gtn-pravda.ru/2019/01/28/x.html',
        title: 'Gatchina liberated',
        publisher: 'Gatchinskaya Pravda',
        year: 2019,
      },
      'ru',
    );
    expect(titled).toMatchObject({
      title: 'Gatchina liberated',
      publisher: 'Gatchinskaya Pravda',
      date: '2019',
      site: 'gtn-pravda.ru',
      heading: 'Gatchina liberated',
    });
    const bare = formatSource(
      { url: 'http://yurii.ru/ref10/particle-408088.php', title: null, publisher: null, year: null },
      'en',
    );
    expect(bare).toMatchObject({
      title: null,
      heading: 'yurii.ru',
      url: 'http://yurii.ru/ref10/particle-408088.php',
      date: null,
    });
  });

  it('does not repeat a site the publisher already names, and writes archive references in the reader’s language', () => {
    expect(
      formatSource(
        { url: 'https://pamyat-naroda.ru/x', title: 'Award sheet', publisher: 'Pamyat-naroda.ru', year: null },
        'en',
      ).site,
    ).toBeNull();
    const archive = {
      url: null,
      title: null,
      publisher: null,
      year: null,
      archiveFond: '33',
      archiveOpis: '682524',
      archiveDelo: '123',
    };
    expect(formatSource(archive, 'en').archive).toBe('fond 33, opis 682524, delo 123');
    expect(formatSource(archive, 'ru').archive).toBe('фонд 33, опись 682524, дело 123');
    expect(formatSource(archive, 'ru').heading).toBe('фонд 33, опись 682524, дело 123');
  });

  it('says which language a title is in, from its letters: Tajik ones, other Cyrillic, or Latin', () => {
    expect(titleLanguage('There were 64 of them: Who are they')).toBe('en');
    expect(titleLanguage('Их было 64: кто они')).toBe('ru');
    expect(titleLanguage('Қаҳрамонони Иттифоқи Шӯравӣ')).toBe('tg');
    expect(titleLanguage('1944')).toBeNull();
    expect(formatSource({ url: null, title: 'Их было 64', publisher: null, year: null }, 'tg').lang).toBe('ru');
    expect(formatSource({ url: null, title: 'List of Tajik Heroes', publisher: null, year: null }, 'ru').lang).toBe(
      'en',
    );
  });

  it('tells a web address or a site’s name, which names a source in no language, from words', () => {
    for (const name of ['cccp.tj', 'stalingrad.vpravda.ru', 'en.wikipedia.org', 'https://pressa.tj/82010'])
      expect(isAddressOrSite(name), name).toBe(true);
    for (const label of [
      'Sputnik via gk-mebel.ru',
      'Jononov',
      'Egorov 1977',
      'TASS/MoD',
      'halmgynn.ru/7864 (historian S. Levgeev)',
    ])
      expect(isAddressOrSite(label), label).toBe(false);
  });
});
