'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { type ReactNode, useEffect } from 'react';
import { useQuery } from 'urql';
import { ViewerQuery } from '../auth/auth.graphql';
import { SignOutButton } from '../auth/sign-out-button';
import { ViewerContext } from '../auth/viewer-context';
import { apiError } from '../graphql/graphql-error';
import { ErrorState, LoadingState } from '../ui/states';
import { navItemsFor } from './nav-items';

/** The signed-in frame: navigation for the viewer's role; sends signed-out visitors to sign-in. */
export function AppShell({ children }: { children: ReactNode }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ViewerQuery });
  const router = useRouter();
  const pathname = usePathname();
  const signedOut = data !== undefined && data.viewer === null;

  useEffect(() => {
    if (signedOut) router.replace(`/sign-in?next=${encodeURIComponent(pathname)}`);
  }, [signedOut, router, pathname]);

  if (error && !data) {
    return (
      <ErrorState
        message={apiError(error).message}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!data?.viewer) return fetching || signedOut ? <LoadingState /> : null;
  const viewer = data.viewer;
  return (
    <ViewerContext.Provider value={viewer}>
      <header className="topbar">
        <Link href="/" className="brand">
          HEp-2 Label
        </Link>
        <nav aria-label="Main">
          {navItemsFor(viewer.role).map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className={pathname.startsWith(item.href) ? 'nav-link active' : 'nav-link'}
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <span className="viewer" data-testid="viewer">
          {viewer.name} <span className="badge">{viewer.role.toLowerCase()}</span>
        </span>
        <SignOutButton />
      </header>
      <main className="content">{children}</main>
    </ViewerContext.Provider>
  );
}
