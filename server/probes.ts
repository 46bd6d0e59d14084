// The addresses a proxy or an orchestrator asks before sending readers: /healthz (this process
// answers; the database is not asked, so a database outage does not get every instance
// restarted) and /readyz (the database answers too). Answered before Next, never cached.
import type { IncomingMessage, ServerResponse } from 'node:http';
import pg from 'pg';

const PROBE_TIMEOUT_MS = 2000;
/** Anyone can ask /readyz: one look at the database serves every probe within this time. */
const READINESS_MEMO_MS = 1000;

/**
 * Whether a new connection to the database can be made and answers `SELECT 1` within the time
 * given. The connection is closed without waiting: a server that hangs does not hold the answer.
 * The start-up scripts ask it too, before using an embedded server another process started.
 */
export async function databaseAnswers(
  databaseUrl: string,
  options: { timeoutMs: number; applicationName?: string },
): Promise<boolean> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: options.timeoutMs,
    query_timeout: options.timeoutMs,
    application_name: options.applicationName,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    void client.end().catch(() => {});
  }
}

/**
 * Whether the database is ready: a fresh connection each time, because a kept one may still answer
 * while the server accepts no one else.
 */
export function createReadinessCheck(databaseUrl: string | undefined): () => Promise<boolean> {
  let running: Promise<boolean> | null = null;
  let last: { at: number; ready: boolean } | null = null;

  async function look(): Promise<boolean> {
    if (!databaseUrl) return false;
    return databaseAnswers(databaseUrl, { timeoutMs: PROBE_TIMEOUT_MS, applicationName: 'zvezda-readiness' });
  }

  return () => {
    if (last && Date.now() - last.at < READINESS_MEMO_MS) return Promise.resolve(last.ready);
    running ??= look().then((ready) => {
      last = { at: Date.now(), ready };
      running = null;
      return ready;
    });
    return running;
  };
}

function send(request: IncomingMessage, response: ServerResponse, status: number, body: Record<string, string>) {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(request.method === 'HEAD' ? undefined : text);
}

/** Answers /healthz and /readyz and returns true; any other address returns false. */
export function answerProbe(
  request: IncomingMessage,
  response: ServerResponse,
  isReady: () => Promise<boolean>,
): boolean {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/healthz') {
    send(request, response, 200, { status: 'ok' });
    return true;
  }
  if (path === '/readyz') {
    void isReady().then((ready) =>
      ready
        ? send(request, response, 200, { status: 'ready', database: 'ok' })
        : send(request, response, 503, { status: 'unavailable', database: 'unreachable' }),
    );
    return true;
  }
  return false;
}
