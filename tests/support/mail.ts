import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { currentSite } from './site';

export type ReceivedMail = { to: string; raw: string };

export function mailsTo(address: string): ReceivedMail[] {
  const dir = currentSite().mailDir;
  return readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as ReceivedMail)
    .filter((mail) => mail.to.toLowerCase() === address.toLowerCase());
}

/** The sign-in link in a received message (quoted-printable soft breaks undone). */
export function signInLink(mail: ReceivedMail): string {
  const body = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /(https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+)/.exec(body);
  if (!match) throw new Error(`no sign-in link in the message:\n${body}`);
  return match[1]!;
}

export async function waitForMail(address: string, count = 1, timeoutMs = 10_000): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = mailsTo(address);
    if (mails.length >= count) return mails;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
}
