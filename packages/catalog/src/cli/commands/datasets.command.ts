import { type Command, parse } from '../cli-args';

const HELP = `hep2 datasets: list datasets with their specimen and patch counts.

Usage: npm run hep2 -- datasets
`;

export const datasetsCommand: Command = {
  name: 'datasets',
  summary: 'list datasets',
  help: HELP,
  needsPlatform: true,
  run: async (argv, io) => {
    const v = parse(argv, {});
    if (v.help) {
      io.out(HELP);
      return 0;
    }
    const { db } = await io.platform();
    const rows = await db.dataset.findMany({
      select: { slug: true, name: true, _count: { select: { specimens: true, patches: true } } },
      orderBy: { slug: 'asc' },
    });
    for (const d of rows)
      io.out(
        `${d.slug.padEnd(24)} ${String(d._count.specimens).padStart(6)} specimens ${String(d._count.patches).padStart(7)} patches  ${d.name}`,
      );
    if (rows.length === 0) io.out('no datasets yet');
    return 0;
  },
};
