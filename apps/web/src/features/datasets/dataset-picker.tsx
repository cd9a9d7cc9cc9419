'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQuery } from 'urql';
import { DatasetPickerQuery } from '../learning/learning.graphql';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';

/** Dataset cards linking to `${base}/<id>` (the first step of every dataset-scoped admin page). */
export function DatasetPicker({ base, title, hint }: { base: string; title: string; hint: string }) {
  const [result, refetch] = useQuery({ query: DatasetPickerQuery });
  return (
    <div className="stack">
      <h1 className="page-title">{title}</h1>
      <p className="muted">{hint}</p>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.datasets.length === 0 ? (
            <EmptyState title="No datasets yet">
              Create one on the <Link href="/admin/datasets">datasets page</Link>.
            </EmptyState>
          ) : (
            <div className="grid">
              {data.datasets.map((d) => (
                <Link
                  key={d.id}
                  href={`${base}/${d.id}`}
                  className="card card-link"
                  data-testid="dataset-pick"
                >
                  <h2>{d.name}</h2>
                  <p className="muted small">
                    {d.stats.specimens} specimens · {d.stats.patches} patches · {d.slug}
                  </p>
                </Link>
              ))}
            </div>
          )
        }
      </QueryStates>
    </div>
  );
}

/** A compact dataset switcher for a dataset-scoped page header. */
export function DatasetSwitcher({ base, current }: { base: string; current: string }) {
  const [{ data }] = useQuery({ query: DatasetPickerQuery });
  const router = useRouter();
  if (!data || data.datasets.length < 2) return null;
  return (
    <label className="inline-field">
      Dataset
      <select value={current} onChange={(e) => router.push(`${base}/${e.target.value}`)}>
        {data.datasets.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
