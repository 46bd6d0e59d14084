// Before every test file: point lib/ at the seeded test database, and treat console.error as a
// failure, since an error logged during a passing test is a bug hiding.
import { afterEach, beforeEach, inject, vi } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
process.env.MEDIA_DIR = inject('mediaDir');

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during a test: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
