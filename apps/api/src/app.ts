import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { parse as parseCookies } from 'cookie';
import cors from 'cors';
import express from 'express';
import { GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { resolveViewer } from './features/accounts/accounts.service';
import { clientIpResolver } from './features/accounts/client-ip';
import { SESSION_COOKIE } from './features/accounts/tokens';
import { mountHealthRoutes } from './features/health/health.routes';
import { cachedHealthCheck } from './features/health/health.service';
import type { ApiContext, ApiServices } from './graphql/context';
import { formatError, formatResultErrors } from './graphql/error-mapping';
import { HeavyRequestGate } from './graphql/heavy-request-gate';
import { complexityError, complexityLimitPlugin, limitRules, type QueryLimits } from './graphql/query-limits';
import { requestMemo } from './graphql/request-memo';
import { getSchema } from './graphql/schema';
import { isDatabaseUnavailable } from './shared/database-errors';
import { securityHeaders } from './shared/security-headers';

/** WebSocket close code "try again later": graphql-ws clients reconnect after it. */
const TRY_AGAIN_LATER = 1013;

const bearerOf = (header: string | undefined) =>
  header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;

/** The secret a request carries: an explicit Bearer token wins over the browser's session cookie. */
function secretOf(authorization: string | undefined, cookieHeader: string | undefined): string | undefined {
  return bearerOf(authorization) ?? (cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined);
}

/**
 * Clients reuse an idle keep-alive connection for a while: Node's agents for 5 s (the web app's proxy
 * to this API uses one), browsers and load balancers for up to a minute. A server that closes an idle
 * connection at the same moment races the request just sent on it, which fails with ECONNRESET
 * ("socket hang up"): with annotators pausing ~5 s between requests, Node's default of 5 s here made
 * that a regular event (the load benchmark died of it; the web proxy would answer such a save with a
 * 502). So idle connections stay open longer than any client keeps them; shutdown still closes them
 * at once (the drain plugin).
 */
function keepIdleConnectionsLongerThanClients(server: Server): void {
  server.keepAliveTimeout = 65_000;
  // must exceed keepAliveTimeout, or a request arriving late on an idle connection can be cut
  server.headersTimeout = 66_000;
}

/** Introspection maps the whole API for an attacker: on in development and tests, off in production. */
export const introspectionEnabled = (config: ApiServices['config']): boolean =>
  config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';

/** Builds the HTTP + WebSocket server for GraphQL; `listen` starts it, `stop` drains it. */
export async function createApiServer(services: ApiServices, log: (line: string) => void = console.log) {
  const { config } = services;
  const schema = getSchema();
  // behind the web app every socket is the proxy's: the client is in X-Forwarded-For (client-ip.ts)
  const clientIp = clientIpResolver(config);
  const limits: QueryLimits = {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxComplexity: config.MAX_QUERY_COMPLEXITY,
    maxAliases: config.MAX_QUERY_ALIASES,
  };
  // one check shared by /readyz and every `health` field (health.service.ts)
  const health = cachedHealthCheck(services);
  const introspection = introspectionEnabled(config);
  // Apollo refuses introspection over HTTP by itself; subscriptions are validated here
  const introspectionRules = introspection ? [] : [NoSchemaIntrospectionCustomRule];
  const app = express();
  app.use(securityHeaders({ https: config.SECURE_COOKIES, landingPage: introspection }));
  const httpServer = createServer(app);
  keepIdleConnectionsLongerThanClients(httpServer);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer(
    {
      schema,
      // The same limits as over HTTP (depth, aliases, cost): a subscription's first result, and each
      // event's, runs its whole selection, so a WebSocket must not be a way around them.
      onSubscribe: (_ctx, _id, payload) => {
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const errors = validate(schema, document, [
          ...specifiedRules,
          ...limitRules(limits),
          ...introspectionRules,
        ]);
        if (errors.length > 0) return errors;
        const tooComplex = complexityError(
          schema,
          document,
          payload.operationName,
          payload.variables,
          limits.maxComplexity,
        );
        if (tooComplex) return [tooComplex];
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context: async (ctx): Promise<ApiContext> => {
        const fromParams = ctx.connectionParams?.authorization;
        const secret = secretOf(
          typeof fromParams === 'string' ? fromParams : undefined,
          ctx.extra.request.headers.cookie,
        );
        return {
          ...services,
          viewer: await resolveViewer(services, secret).catch((error: unknown) => {
            // graphql-ws answers a failing context with 4500, which clients treat as final: a
            // client reconnecting while the database restarts would lose its subscriptions. 1013
            // (try again later) makes it retry, and resubscribe once the database is back.
            if (isDatabaseUnavailable(error)) ctx.extra.socket.close(TRY_AGAIN_LATER, 'database unavailable');
            throw error;
          }),
          health,
          // one context serves every event of a subscription: memoised results would go stale
          once: (_key, work) => work(),
          requestId: randomUUID(),
          ip: clientIp(ctx.extra.request),
        };
      },
      // the same error mapping as over HTTP: codes, and no internal detail
      onNext: (_ctx, _id, _payload, _args, result) => formatResultErrors(result, log),
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors) log(`subscription error: ${error.message}`);
        return errors.map((error) => formatError(error.toJSON(), error, log));
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection,
    includeStacktraceInErrorResponses: false,
    validationRules: limitRules(limits),
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityLimitPlugin(schema, limits.maxComplexity, new HeavyRequestGate(config.HEAVY_QUERY_COST, 1)),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const origins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length > 0) app.use(cors({ origin: origins, credentials: true }));
  mountHealthRoutes(app, health);
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<ApiContext> => ({
        ...services,
        viewer: await resolveViewer(services, secretOf(req.headers.authorization, req.headers.cookie)),
        health,
        once: requestMemo(),
        requestId: randomUUID(),
        ip: clientIp(req),
        setSessionCookie: (token, expiresAt) => {
          const options = {
            httpOnly: true,
            sameSite: 'lax' as const,
            secure: config.SECURE_COOKIES,
            path: '/',
          };
          if (token) res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt });
          else res.clearCookie(SESSION_COOKIE, options);
        },
      }),
    }),
  );
  app.use(
    (
      error: Error & { type?: string; status?: number },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const tooLarge = error.type === 'entity.too.large';
      res.status(tooLarge ? 413 : (error.status ?? 500)).json({
        errors: [
          {
            message: tooLarge ? 'Request body is too large' : 'Bad request',
            extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );

  return {
    httpServer,
    listen: (port: number, host: string) =>
      new Promise<number>((resolve) => {
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
