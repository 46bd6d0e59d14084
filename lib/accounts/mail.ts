// Outgoing mail. With EMAIL_SERVER set, real SMTP (nodemailer). Without it, in development and
// on the embedded default, the message goes to the server log so a newcomer can still sign in;
// elsewhere (production with no mail server) mail is off and email sign-in with it.
import { createTransport } from 'nodemailer';
import { env, type Env } from '../env';

export type MailMode = 'smtp' | 'log' | 'off';

export function mailMode(config: Env = env): MailMode {
  if (config.EMAIL_SERVER) return 'smtp';
  if (config.NODE_ENV !== 'production' || config.ZVEZDA_EMBEDDED_DB === '1') return 'log';
  return 'off';
}

export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  const mode = mailMode();
  if (mode === 'off') throw new Error('No mail server is configured (EMAIL_SERVER).');
  if (mode === 'log') {
    console.log(`[zvezda mail] to ${message.to}: ${message.subject}\n${message.text}\n`);
    return;
  }
  const transport = createTransport(env.EMAIL_SERVER);
  await transport.sendMail({ from: env.EMAIL_FROM, ...message });
}
