import type { Express } from 'express';
import type { ApiServices } from '../../graphql/context';
import { checkHealth } from './health.service';

/** Liveness (the process answers) and readiness (its dependencies answer) for orchestrators. */
export function mountHealthRoutes(app: Express, services: Pick<ApiServices, 'db' | 'store'>): void {
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await checkHealth(services);
    res.status(report.ok ? 200 : 503).json(report);
  });
}
