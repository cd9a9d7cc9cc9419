import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { apiError } from '../graphql/graphql-error';
import { ErrorState, LoadingState } from './states';

/** Loading and error states for one urql query; renders `children` with the data once it is there. */
export function QueryStates<T>({
  fetching,
  error,
  data,
  retry,
  children,
}: {
  fetching: boolean;
  error?: CombinedError | undefined;
  data?: T | undefined;
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (error && !data) return <ErrorState message={apiError(error).message} onRetry={retry} />;
  if (!data) return fetching ? <LoadingState /> : null;
  return <>{children(data)}</>;
}
