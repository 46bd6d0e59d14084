// A request whose body never finishes does not hold a connection for Node's default 300 s: the
// whole request has REQUEST_TIMEOUT_SECONDS (60 by default) to arrive.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site';

const site = useSite({ REQUEST_TIMEOUT_SECONDS: '3' });

describe('a request body that never finishes', () => {
  it('is cut off with a 408 once the request time is up', async () => {
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(site.port, '127.0.0.1', () => {
        socket.write(
          `POST /en/sign-in HTTP/1.1\r\nHost: 127.0.0.1:${site.port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=`,
        );
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      socket.setTimeout(30_000, () => {
        socket.destroy();
        resolve(`(still open after 30 s) ${received}`);
      });
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
