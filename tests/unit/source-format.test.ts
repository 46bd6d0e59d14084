import { describe, expect, it } from 'vitest';
import { formatSource, siteName } from '../../lib/heroes/source-format';

describe('a source as a reader meets it', () => {
  it('names the site of an address, without www., and nothing for what is not a web address', () => {
    expect(siteName('https://www.warheroes.ru/hero/hero.asp?Hero_id=1')).toBe('warheroes.ru');
    expect(siteName('http://yurii.ru/ref10/particle-408088.php')).toBe('yurii.ru');
    expect(siteName('not an address')).toBeNull();
    expect(siteName('javascript:alert(1)')).toBeNull();
    expect(siteName(null)).toBeNull();
  });

  it('gives title, publisher, year and site; an untitled source is headed by its site', () => {
    const titled = formatSource({ url: 'https://gtn-pravda.ru/2019/01/28/x.html', title: 'Gatchina liberated', publisher: 'Gatchinskaya Pravda', year: 2019 }, 'ru');
    expect(titled).toMatchObject({ title: 'Gatchina liberated', publisher: 'Gatchinskaya Pravda', date: '2019', site: 'gtn-pravda.ru', heading: 'Gatchina liberated' });
    const bare = formatSource({ url: 'http://yurii.ru/ref10/particle-408088.php', title: null, publisher: null, year: null }, 'en');
    expect(bare).toMatchObject({ title: null, heading: 'yurii.ru', url: 'http://yurii.ru/ref10/particle-408088.php', date: null });
  });

  it('does not repeat a site the publisher already names, and writes archive references in the reader’s language', () => {
    expect(formatSource({ url: 'https://pamyat-naroda.ru/x', title: 'Award sheet', publisher: 'Pamyat-naroda.ru', year: null }, 'en').site).toBeNull();
    const archive = { url: null, title: null, publisher: null, year: null, archiveFond: '33', archiveOpis: '682524', archiveDelo: '123' };
    expect(formatSource(archive, 'en').archive).toBe('fond 33, opis 682524, delo 123');
    expect(formatSource(archive, 'ru').archive).toBe('фонд 33, опись 682524, дело 123');
    expect(formatSource(archive, 'ru').heading).toBe('фонд 33, опись 682524, дело 123');
  });
});
