'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ViewerQuery } from '../auth/auth.graphql';
import { homePath } from '../auth/roles';
import { apiError } from '../graphql/graphql-error';
import { ErrorState, LoadingState } from '../ui/states';

/** `/`: the viewer's home, or sign-in. */
export function RoleRedirect() {
  const [{ data, error }, refetch] = useQuery({ query: ViewerQuery, requestPolicy: 'network-only' });
  const router = useRouter();
  useEffect(() => {
    if (data) router.replace(data.viewer ? homePath(data.viewer.role) : '/sign-in');
  }, [data, router]);
  if (error) return <ErrorState message={apiError(error).message} onRetry={() => refetch()} />;
  return <LoadingState />;
}
