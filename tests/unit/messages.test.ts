// Every message a person can see exists in every language the site speaks.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import ru from '../../messages/ru.json';
import tg from '../../messages/tg.json';
import { ADD_KINDS, addForm } from '../../lib/submissions/kinds';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'generated') return [];
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(entry) ? [full] : [];
  });
}

describe('the message catalogues', () => {
  it('English, Russian and Tajik hold the same keys, each with a text', () => {
    const all = [...new Set([...keys(en), ...keys(ru), ...keys(tg)])].sort();
    for (const [name, catalogue] of Object.entries({ en, ru, tg })) {
      const missing = all.filter((key) => !keys(catalogue).includes(key));
      expect(missing, `missing in ${name}`).toEqual([]);
      const empty = keys(catalogue).filter(
        (key) => !String(key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], catalogue)).trim(),
      );
      expect(empty, `empty in ${name}`).toEqual([]);
    }
  });

  it('each message takes the same arguments in every language', () => {
    const value = (catalogue: unknown, key: string) =>
      String(key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], catalogue));
    // "{count, plural, …}" and "{name}" name an argument; "#" and the plural branches do not.
    const args = (text: string) =>
      [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!))]
        .filter((a) => !['one', 'few', 'many', 'other'].includes(a))
        .sort();
    for (const key of keys(en)) {
      expect(args(value(ru, key)), `ru ${key}`).toEqual(args(value(en, key)));
      expect(args(value(tg, key)), `tg ${key}`).toEqual(args(value(en, key)));
    }
  });

  it('the Tajik catalogue is written in Tajik: Cyrillic text, with the letters only Tajik has', () => {
    const texts = keys(tg).map((key) =>
      String(key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], tg)),
    );
    const latinOnly = texts.filter(
      (text) => /[A-Za-z]{4,}/.test(text.replace(/\{[^}]*\}/g, '')) && !/\p{Script=Cyrillic}/u.test(text),
    );
    // Brand and format names (GitHub, CC BY 4.0, JPEG…) stay as they are.
    expect(latinOnly.filter((text) => !/GitHub|Google|CC BY|EXIF|posthumous|limit/.test(text))).toEqual([]);
    expect(texts.filter((text) => /[ғӣқӯҳҷҒӢҚӮҲҶ]/u.test(text)).length).toBeGreaterThan(texts.length / 2);
  });

  it('every error key the domain raises has its text', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const raised = sources(path.join(root, 'lib')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new AppError\(\s*'[A-Z_]+',\s*'([^']+)'/g)].map((match) => match[1]!),
    );
    expect(raised.length).toBeGreaterThan(20);
    for (const key of new Set(raised)) {
      // "group.key" names a message kept in a group of `errors`.
      expect(en.errors, key).toHaveProperty(key.split('.'));
      expect(ru.errors, key).toHaveProperty(key.split('.'));
      expect(tg.errors, key).toHaveProperty(key.split('.'));
    }
  });

  it("every add form's heading and link have their text in every language", () => {
    expect(ADD_KINDS.length).toBeGreaterThan(3);
    for (const kind of ADD_KINDS) {
      const { heading, link } = addForm(kind);
      for (const [name, catalogue] of Object.entries({ en, ru, tg })) {
        expect(catalogue.submission.fields, `${kind} heading in ${name}`).toHaveProperty([heading]);
        expect(catalogue.submission, `${kind} link in ${name}`).toHaveProperty([link]);
      }
    }
  });
});
