// The fonts the layout loads draw every letter of the three languages, Tajik's own included.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const TAJIK = 'ғӣқӯҳҷҒӢҚӮҲҶ';
const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАЁЯ№';
const LATIN = 'abcdefghijklmnopqrstuvwxyzAZ0123456789';

/** Each face app/fonts.ts declares: its files and its unicode-range. */
function faces() {
  const source = readFileSync(path.join(root, 'app/fonts.ts'), 'utf8');
  return source
    .split('localFont(')
    .slice(1)
    .map((block) => ({
      files: [...block.matchAll(/path: '([^']+)'/g)].map((m) => path.resolve(root, 'app', m[1]!)),
      ranges: (/'unicode-range',\s*value:\s*'([^']+)'/.exec(block)?.[1] ?? '').split(',').map((range) => {
        const [from, to] = range.replace('U+', '').split('-');
        return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
      }),
    }));
}

function drawnBy(char: string): string[] {
  const code = char.codePointAt(0)!;
  return faces()
    .filter((face) => face.ranges.some(([from, to]) => code >= from && code <= to))
    .flatMap((face) =>
      face.files.filter((file) => (fontkit.openSync(file) as fontkit.Font).hasGlyphForCodePoint(code)),
    );
}

describe('the self-hosted fonts', () => {
  it('declare three subsets, regular and bold', () => {
    expect(faces()).toHaveLength(3);
    for (const face of faces())
      expect(face.files.map((f) => path.basename(f))).toEqual([
        expect.stringMatching(/-400-normal\.woff2$/),
        expect.stringMatching(/-700-normal\.woff2$/),
      ]);
  });

  it('draw each Tajik, Russian and Latin letter in both weights, from the face whose range holds it', () => {
    for (const char of [...TAJIK, ...RUSSIAN, ...LATIN]) expect(drawnBy(char), char).toHaveLength(2);
  });

  it('would fail for a face that lacks the Tajik letters (the basic Cyrillic file)', () => {
    const basic = faces()[1]!.files[0]!;
    expect(path.basename(basic)).toContain('cyrillic-400');
    expect(
      [...TAJIK].some((char) => (fontkit.openSync(basic) as fontkit.Font).hasGlyphForCodePoint(char.codePointAt(0)!)),
    ).toBe(false);
  });
});
