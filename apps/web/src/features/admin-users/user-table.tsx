'use client';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { Role } from '@/gql/graphql';
import { useViewer } from '../auth/viewer-context';
import { apiError } from '../graphql/graphql-error';
import { when } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { AdminUsersQuery, UpdateUserMutation } from './users.graphql';

/** Accounts with inline role changes and (de)activation; search by name or email. */
export function UserTable({ reloadKey }: { reloadKey: number }) {
  const viewer = useViewer();
  const [search, setSearch] = useState('');
  const [result, refetch] = useQuery({
    query: AdminUsersQuery,
    variables: { first: 200, ...(search.trim() ? { search: search.trim() } : {}) },
    requestPolicy: 'cache-and-network',
  });
  const [update, mutate] = useMutation(UpdateUserMutation);
  const change = async (id: string, patch: { role?: Role; active?: boolean }) => {
    await mutate({ id, ...patch });
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <section className="card stack-sm" aria-label="Users" data-reload={reloadKey}>
      <div className="row">
        <h2 className="grow">Users</h2>
        <input
          placeholder="Search name or email"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="Search users"
        />
      </div>
      {update.error && (
        <p className="message message-error" role="alert">
          {apiError(update.error).message}
        </p>
      )}
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.users.edges.length === 0 ? (
            <EmptyState title="No users match" />
          ) : (
            <table className="table" data-testid="user-table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Email</th>
                  <th>Role</th>
                  <th>Status</th>
                  <th>Last sign-in</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {data.users.edges.map(({ node: u }) => {
                  const self = u.id === viewer.id;
                  return (
                    <tr key={u.id} className={u.active ? undefined : 'inactive'}>
                      <td>{u.name}</td>
                      <td>{u.email}</td>
                      <td>
                        <select
                          value={u.role}
                          disabled={self || update.fetching}
                          onChange={(e) => void change(u.id, { role: e.target.value as Role })}
                          aria-label={`Role of ${u.name}`}
                        >
                          <option value="ANNOTATOR">annotator</option>
                          <option value="CURATOR">curator</option>
                          <option value="ADMIN">admin</option>
                        </select>
                      </td>
                      <td>
                        <span className={`pill pill-${u.active ? 'ok' : 'muted'}`}>
                          {u.active ? 'active' : 'deactivated'}
                        </span>
                      </td>
                      <td className="small">{when(u.lastSignInAt)}</td>
                      <td>
                        {!self && (
                          <button
                            type="button"
                            className={u.active ? 'button button-ghost' : 'button'}
                            disabled={update.fetching}
                            onClick={() => void change(u.id, { active: !u.active })}
                          >
                            {u.active ? 'Deactivate' : 'Reactivate'}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </QueryStates>
    </section>
  );
}
