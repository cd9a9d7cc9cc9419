'use client';
import { createContext, useContext } from 'react';
import type { ViewerQuery } from '@/gql/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only inside the signed-in shell. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in shell');
  return viewer;
}
