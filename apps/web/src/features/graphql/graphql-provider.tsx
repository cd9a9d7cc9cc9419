'use client';
import { type ReactNode, useState } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from './urql-client';

export function GraphqlProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createGraphqlClient);
  return <Provider value={client}>{children}</Provider>;
}
