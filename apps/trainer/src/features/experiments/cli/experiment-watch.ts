import type { Db } from '@hep2/db';

export interface WatchOptions {
  intervalMs: number;
  write: (line: string) => void;
  signal?: AbortSignal;
}

/** Prints the experiment's progress whenever it changes; resolves with the final status. */
export async function watchExperiment(db: Db, id: string, o: WatchOptions): Promise<string> {
  let last = '';
  for (;;) {
    const e = await db.experiment.findUnique({
      where: { id },
      select: {
        status: true,
        report: true,
        runs: { select: { status: true, experimentCell: true, fold: true, progress: true, workerId: true } },
      },
    });
    if (!e) throw new Error(`experiment ${id} not found`);
    const counts = new Map<string, number>();
    for (const r of e.runs) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const done = e.runs.filter((r) => ['EVALUATED', 'PROMOTED', 'REJECTED'].includes(r.status)).length;
    const running = e.runs
      .filter((r) => r.status === 'RUNNING')
      .map((r) => {
        const p = r.progress as { phase?: string; epoch?: number; epochs?: number; etaSeconds?: number };
        const epoch = p.epoch ? ` epoch ${p.epoch}/${p.epochs}` : '';
        return `${r.experimentCell} fold ${r.fold}: ${p.phase ?? '?'}${epoch} on ${r.workerId}`;
      });
    const bar = progressBar(done, e.runs.length);
    const line = `${e.status.padEnd(8)} ${bar} ${[...counts.entries()].map(([s, n]) => `${s.toLowerCase()} ${n}`).join(', ')}${running.length ? `\n  ${running.join('\n  ')}` : ''}`;
    if (line !== last) o.write(line);
    last = line;
    const terminal = ['DONE', 'FAILED', 'CANCELLED'].includes(e.status);
    if (terminal && (e.report !== null || e.status === 'CANCELLED')) return e.status;
    if (o.signal?.aborted) return e.status;
    await new Promise((r) => setTimeout(r, o.intervalMs));
  }
}

function progressBar(done: number, total: number, width = 24): string {
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}
