import type { ReactNode } from 'react';

/** A page's title and lead sentence, with its main actions (`children`) to the right. */
export function PageHead({
  title,
  lead,
  children,
}: {
  title: ReactNode;
  lead: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="page-head">
      <div>
        <h1>{title}</h1>
        <p className="muted">{lead}</p>
      </div>
      {children}
    </div>
  );
}
