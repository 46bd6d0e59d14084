// Every message a person can see exists in every language the site speaks.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import ru from '../../messages/ru.json';

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
  it('English and Russian hold the same keys', () => {
    expect(keys(ru).sort()).toEqual(keys(en).sort());
  });

  it('every error key the domain raises has its text', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const raised = sources(path.join(root, 'lib')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new AppError\(\s*'[A-Z_]+',\s*'([^']+)'/g)].map((match) => match[1]!),
    );
    expect(raised.length).toBeGreaterThan(20);
    for (const key of new Set(raised)) {
      expect(en.errors, key).toHaveProperty([key]);
      expect(ru.errors, key).toHaveProperty([key]);
    }
  });
});
