import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The files below `dir`, as paths relative to it; none when it does not exist (a media folder
 * before its first upload). What a refused or purged upload must leave is counted with this.
 */
export function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
  } catch {
    return [];
  }
}
