import type { Role } from '@/gql/graphql';
import { hasRole } from '../auth/roles';

export interface NavItem {
  href: string;
  label: string;
  role: Role;
}

const items: NavItem[] = [
  { href: '/annotate', label: 'Label', role: 'ANNOTATOR' },
  { href: '/history', label: 'My work', role: 'ANNOTATOR' },
  { href: '/review', label: 'Review', role: 'CURATOR' },
  { href: '/admin/datasets', label: 'Datasets', role: 'ADMIN' },
  { href: '/admin/users', label: 'Users', role: 'ADMIN' },
  { href: '/admin/training', label: 'Training', role: 'ADMIN' },
  { href: '/admin/learning', label: 'Learning', role: 'ADMIN' },
  { href: '/admin/experiments', label: 'Experiments', role: 'ADMIN' },
  { href: '/admin/webhooks', label: 'Webhooks', role: 'ADMIN' },
];

export const navItemsFor = (role: Role): NavItem[] => items.filter((item) => hasRole(role, item.role));
