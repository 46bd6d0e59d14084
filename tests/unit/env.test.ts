import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../lib/env';

describe('configuration', () => {
  it('accepts a PostgreSQL URL and a port, with defaults', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://u:p@h:5432/d', PORT: '8080' })).toMatchObject({
      PORT: 8080,
      NODE_ENV: 'development',
    });
    expect(parseEnv({}).PORT).toBe(3000);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL/,
    );
    expect(() => parseEnv({ PORT: '99999' })).toThrow(/PORT/);
  });
});
