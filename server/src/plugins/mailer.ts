import fp from 'fastify-plugin';
import type { AppConfig } from '../config.ts';
import { createMailer, type Mailer } from '../lib/mail/mailer.ts';

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

/** `app.mailer`: SMTP when SMTP_URL is set, otherwise .eml files in DATA_DIR/outbox. */
export default fp<{
  config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'outboxDir' | 'smtpTimeoutSeconds'>;
}>(
  async (app, { config }) => {
    const mailer = createMailer(config);
    app.decorate('mailer', mailer);
    app.addHook('onClose', async () => mailer.close());
  },
  { name: 'mailer' },
);
