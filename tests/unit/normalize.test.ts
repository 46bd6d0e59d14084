import { describe, expect, it } from 'vitest';
import { foldName } from '../../lib/search/normalize';

describe('foldName', () => {
  it('brings Cyrillic, Tajik Cyrillic and the usual Latin systems to one key', () => {
    const same = (forms: string[]) => expect(new Set(forms.map(foldName)).size, forms.join(' / ')).toBe(1);
    same(['Хакимов', 'Hakimov', 'Xakimov', 'Khakimov', 'Khakimoff', 'Ҳакимов']);
    same(['Недошивин', 'Nedoshivin', 'Nedoschiwin']);
    same(['Мирзоев', 'Mirzoev', 'Mirzoyev']);
    same(['Шмелёв', 'Шмелев', 'Shmelyov', 'Shmelev']);
    same(['Эрджигитов', 'Erdzhigitov', 'Erdjigitov']);
  });

  it('keeps different names apart and drops punctuation and markup', () => {
    expect(foldName('Рахимов')).not.toBe(foldName('Рахматов'));
    expect(foldName("  O'Neil <b>%_\\  ")).toBe('oneil b');
    expect(foldName('Мирзоев Т.')).toBe('mirzov t');
  });
});
