/**
 * App processes started by `npm start` exit when the launcher disappears (e.g. killed with SIGKILL),
 * so no orphan keeps a port busy for the next start. No-op outside the launcher.
 */
export function exitWhenLauncherDies(launcherPid = Number(process.env.HEP2_LAUNCHER_PID ?? 0)): void {
  if (!(launcherPid > 0)) return;
  setInterval(() => {
    try {
      process.kill(launcherPid, 0);
    } catch {
      process.exit(0);
    }
  }, 1000).unref();
}
