import type { Express } from 'express';
import type { HealthCheck } from './health.service';

/** Liveness (the process answers) and readiness (its dependencies answer) for orchestrators. */
export function mountHealthRoutes(app: Express, health: HealthCheck): void {
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await health();
    res.status(report.ok ? 200 : 503).json(report);
  });
}
