import { readdirSync, readFileSync } from 'node:fs';

/*
 * Where the CPU goes during a benchmark window, per process group (API replicas, Postgres, the S3
 * server, the load generator), read from /proc. On a 2-core machine every process competes for the
 * same cores, so latency follows the total work per request, not only the API's. Linux only: elsewhere
 * the figures are absent.
 */

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture Node supports

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system CPU time of the process and of its exited children, ms */
  cpuMs: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces and parentheses: split after its closing one
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime (fields 14-17): children's times count once they exited, so a
    // Postgres backend that ends inside the window moves its time to the postmaster instead of losing it
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { pid, ppid: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

function allProcesses(): ProcStat[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  return names.filter((n) => /^\d+$/.test(n)).flatMap((n) => readStat(Number(n)) ?? []);
}

/** CPU ms of each group: a group is its root processes and all their descendants. */
export function cpuByGroup<K extends string>(groups: Record<K, number[]>): Record<K, number> {
  const processes = allProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const byPid = new Map(processes.map((p) => [p.pid, p]));
  const treeMs = (pid: number): number =>
    (byPid.get(pid)?.cpuMs ?? 0) + (children.get(pid) ?? []).reduce((sum, c) => sum + treeMs(c.pid), 0);
  const entries = (Object.entries(groups) as [K, number[]][]).map(
    ([name, roots]) => [name, roots.reduce((sum, pid) => sum + treeMs(pid), 0)] as const,
  );
  return Object.fromEntries(entries) as Record<K, number>;
}

/** Busy and total CPU ms of the whole machine since boot (all cores). */
export function machineCpuMs(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: ((total - idle) * 1000) / TICKS_PER_SECOND, total: (total * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** Postgres's postmaster for a data directory (the first line of its postmaster.pid). */
export function postmasterPid(pgDataDir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(`${pgDataDir}/postmaster.pid`, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isFinite(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
