import { RoleRedirect } from '@/features/home/role-redirect';

export default function Home() {
  return <RoleRedirect />;
}
