'use client';
import { useQuery } from 'urql';
import { UsersQuery } from '../datasets/datasets.graphql';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';

/** All users (admins); creation and role changes come with the admin pages. */
export function UserList() {
  const [result, refetch] = useQuery({ query: UsersQuery, variables: { first: 100 } });
  return (
    <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) =>
        data.users.edges.length === 0 ? (
          <EmptyState title="No users" />
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Email</th>
                <th>Role</th>
                <th>Active</th>
                <th>Last sign-in</th>
              </tr>
            </thead>
            <tbody>
              {data.users.edges.map(({ node: u }) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>
                    <span className="badge">{u.role.toLowerCase()}</span>
                  </td>
                  <td>{u.active ? 'yes' : 'no'}</td>
                  <td>{u.lastSignInAt ? new Date(u.lastSignInAt).toLocaleString() : 'never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </QueryStates>
  );
}
