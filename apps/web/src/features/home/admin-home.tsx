'use client';
import Link from 'next/link';
import { DatasetOverview } from '../datasets/dataset-overview';

const LINKS = [
  {
    href: '/admin/datasets',
    title: 'Datasets',
    text: 'Taxonomy, patch settings, label distributions, import and export.',
  },
  {
    href: '/admin/users',
    title: 'Users',
    text: 'Accounts and roles; throughput and agreement per annotator.',
  },
  { href: '/admin/training', title: 'Training', text: 'Runs, model versions, promotion and roll-back.' },
  {
    href: '/admin/learning',
    title: 'Active learning',
    text: 'Acquisition settings, queue composition, label-efficiency curve.',
  },
  {
    href: '/admin/experiments',
    title: 'Experiments',
    text: 'Cross-validated comparisons of training settings and their reports.',
  },
  {
    href: '/admin/webhooks',
    title: 'Webhooks',
    text: 'Signed event notifications to other systems, with their delivery log.',
  },
  { href: '/review', title: 'Review', text: 'The curators’ queue.' },
];

export function AdminHome() {
  return (
    <div className="stack">
      <h1 className="page-title">Control room</h1>
      <div className="grid">
        {LINKS.map((l) => (
          <Link key={l.href} href={l.href} className="card card-link">
            <h2>{l.title}</h2>
            <p className="muted small">{l.text}</p>
          </Link>
        ))}
      </div>
      <DatasetOverview manageLinks reviewLinks />
    </div>
  );
}
