import { createServer } from 'node:net';
import { StartupError } from './startup-error.ts';

/** The one line for a port that cannot be bound, from the listen error. */
export function listenFailure(error: unknown, host: string, port: number): StartupError | null {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') {
    return new StartupError(
      `port ${port} on ${host} is already in use: stop the other process or choose another PORT`,
    );
  }
  if (code === 'EACCES') {
    return new StartupError(
      `not allowed to listen on port ${port} on ${host}: use a PORT above 1023 or run with the needed privilege`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new StartupError(
      `cannot listen on ${host} (${code}): set HOST to an address of this machine`,
    );
  }
  return null;
}

/**
 * Binds host:port once and lets it go, so a busy port is reported before the database is
 * opened or seeded. PORT=0 (any free port) needs no check.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(listenFailure(error, host, port) ?? error));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
