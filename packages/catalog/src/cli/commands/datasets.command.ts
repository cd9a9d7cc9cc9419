import { type CliIo, CliUsageError, type Command, parse } from '../cli-args';

const HELP = `hep2 datasets: list datasets with their specimen and patch counts.

Usage: npm run hep2 -- datasets [--dataset SLUG]

  --dataset SLUG   show one dataset: patch settings and its taxonomy (pattern classes, intensity levels)
  -h, --help       this text
`;

async function showDataset(io: CliIo, slug: string): Promise<number> {
  const { db } = await io.platform();
  const d = await db.dataset.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      patchSize: true,
      strideX: true,
      strideY: true,
      intensityMode: true,
      patternClasses: {
        select: {
          key: true,
          name: true,
          icapCodes: true,
          shortcut: true,
          _count: { select: { specimens: true } },
        },
        orderBy: { position: 'asc' },
      },
      intensityLevels: {
        select: { key: true, name: true, shortcut: true, _count: { select: { specimens: true } } },
        orderBy: { rank: 'asc' },
      },
      _count: { select: { specimens: true, patches: true } },
    },
  });
  if (!d) throw new CliUsageError(`dataset "${slug}" does not exist`);
  io.out(`${d.slug}: ${d.name}`);
  io.out(
    `  ${d._count.specimens} specimens, ${d._count.patches} patches of ${d.patchSize} px (stride ${d.strideX}x${d.strideY}), intensity ${d.intensityMode}`,
  );
  io.out('  pattern classes (key, name, ICAP, shortcut, specimens):');
  d.patternClasses.forEach((p, i) => {
    io.out(
      `    ${String(i).padStart(2)} ${p.key.padEnd(20)} ${p.name.padEnd(22)} ${(p.icapCodes.join('/') || '-').padEnd(16)} ${(p.shortcut ?? '-').padEnd(3)} ${p._count.specimens}`,
    );
  });
  io.out('  intensity levels, weakest first (key, name, shortcut, specimens):');
  d.intensityLevels.forEach((l, i) => {
    io.out(
      `    ${String(i).padStart(2)} ${l.key.padEnd(20)} ${l.name.padEnd(22)} ${(l.shortcut ?? '-').padEnd(3)} ${l._count.specimens}`,
    );
  });
  return 0;
}

export const datasetsCommand: Command = {
  name: 'datasets',
  summary: 'list datasets',
  help: HELP,
  needsPlatform: true,
  run: async (argv, io) => {
    const v = parse(argv, { dataset: { type: 'string' } });
    if (v.help) {
      io.out(HELP);
      return 0;
    }
    if (v.dataset !== undefined) return showDataset(io, v.dataset);
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
