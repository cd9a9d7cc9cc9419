export { DEMO_USERS, ensureDemoUsers } from './demo-users';
