import type { ReactNode } from 'react';
import { GraphqlProvider } from '@/features/graphql/graphql-provider';
import './globals.css';

export const metadata = {
  title: 'HEp-2 Label',
  description: 'Collaborative labeling and active learning for HEp-2 IIF images',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <GraphqlProvider>{children}</GraphqlProvider>
      </body>
    </html>
  );
}
