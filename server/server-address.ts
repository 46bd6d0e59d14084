// Where the site listens, decided before anything starts.
import { env } from '../lib/env';
import { mailMode } from '../lib/accounts/mail';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Where to listen. While sign-in links go to the server log (no EMAIL_SERVER), anyone who can
 * read that log can sign in as anyone, so the site serves this machine only.
 */
export function listenHost(config = env, mode = mailMode(config)): string | undefined {
  if (mode !== 'log') return config.HOST;
  if (config.HOST && !LOOPBACK.has(config.HOST)) {
    throw new Error(
      `Refusing to listen on ${config.HOST}: without EMAIL_SERVER, sign-in links are written to the server log, so the site serves this machine only. Set EMAIL_SERVER (an smtp:// URL) to listen on other addresses.`,
    );
  }
  return config.HOST ?? '127.0.0.1';
}
