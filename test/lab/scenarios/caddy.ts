// Caddy in front of an HTTP application, broken as the Caddy step describes.
import * as advice from '../advice/advice';
import { startCaddy, type CaddyOptions } from '../servers/caddy';
import { startHttpBackend } from '../servers/http-backend';
import { get } from '../servers/request';
import { front } from './helpers';
import type { Scenario } from './scenario';
import type { Stack } from './stack';

const once = (path: string) => (stack: Stack) => Promise.all([get(front(stack, path))]);
const caddy = (stack: Stack) => stack.server<CaddyOptions>('caddy');

async function startApp(stack: Stack, site: (address: string) => string): Promise<number> {
  const port = await stack.port();
  stack.add('app', await startHttpBackend(port));
  stack.add('caddy', await startCaddy({ port: await stack.port(), site: site(`127.0.0.1:${port}`) }, stack.scratch));
  return port;
}

const appPort = (stack: Stack) => Number(/127\.0\.0\.1:(\d+)/.exec(caddy(stack).options.site)?.[1]);

export const CADDY_SCENARIOS: Scenario[] = [
  {
    id: 'caddy/app-stopped',
    cause: 'upstream-down',
    needs: ['caddy'],
    status: 502,
    statusSaidBy: 'owner-caddy: "Caddy answers 502 when it can\'t connect to the backend named in reverse_proxy"',
    provoked: 'the application named in reverse_proxy is stopped; GET /',
    async start(stack) {
      await startApp(stack, (address) => `\treverse_proxy ${address}`);
      await stack.daemon('app').stop();
    },
    provoke: once('/'),
    async fix(stack) {
      // owner-caddy: "Connection refused" means that the backend isn't running: start it.
      stack.add('app', await startHttpBackend(appPort(stack)));
    },
  },
  {
    id: 'caddy/response-header-timeout',
    cause: 'timeout',
    needs: ['caddy'],
    status: 504,
    statusSaidBy: 'owner-caddy: "504 when the backend doesn\'t answer within response_header_timeout"',
    provoked: 'the application answers after 3 s; reverse_proxy has response_header_timeout 1s',
    async start(stack) {
      await startApp(stack, (address) => `\treverse_proxy ${address} {\n\t\ttransport http {\n\t\t\tresponse_header_timeout 1s\n\t\t}\n\t}`);
    },
    provoke: once('/slow?ms=3000'),
    async fix(stack) {
      const { block, upstream } = stack.use(advice.caddyTimeouts());
      const site = block.replace(upstream, `127.0.0.1:${appPort(stack)}`).replace(/^/gm, '\t');
      await caddy(stack).restart({ site });
    },
  },
];
