import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/index.tsx';
import { ApiError } from '../lib/api-client.ts';
import { bootstrapSession, useSession } from '../lib/session.ts';
import { PendingScanClaim } from '../features/quick-scan/components/pending-claim.tsx';

/** Forgets every cached query when the signed-in user changes, so no data crosses accounts. */
function SessionCacheBoundary({ client }: { client: QueryClient }) {
  const session = useSession();
  const userId = session.status === 'authenticated' ? session.user.id : null;
  const previous = useRef(userId);
  useEffect(() => {
    if (previous.current !== userId && previous.current !== null) client.clear();
    previous.current = userId;
  }, [client, userId]);
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 30_000,
            // 4xx answers are final; retry only what may pass later.
            retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
          },
        },
      }),
  );
  useEffect(bootstrapSession, []);
  return (
    <I18nProvider>
      <QueryClientProvider client={client}>
        <SessionCacheBoundary client={client} />
        <PendingScanClaim />
        {children}
      </QueryClientProvider>
    </I18nProvider>
  );
}
