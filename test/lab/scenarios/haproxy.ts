// HAProxy in front of an HTTP application, broken as the HAProxy step describes.
import { setTimeout as sleep } from 'node:timers/promises';
import * as advice from '../advice/advice';
import { startHaproxy, type HaproxyOptions } from '../servers/haproxy';
import { startHttpBackend } from '../servers/http-backend';
import { get } from '../servers/request';
import { front } from './helpers';
import type { Scenario } from './scenario';
import type { Stack } from './stack';

const once = (path: string) => (stack: Stack) => Promise.all([get(front(stack, path))]);
const haproxy = (stack: Stack) => stack.server<HaproxyOptions>('haproxy');
const appPort = (stack: Stack) => Number(/127\.0\.0\.1:(\d+)/.exec(haproxy(stack).options.backend)?.[1]);

async function startStack(stack: Stack, options: Partial<HaproxyOptions> = {}): Promise<void> {
  const port = await stack.port();
  stack.add('app', await startHttpBackend(port));
  stack.add('haproxy', await startHaproxy({ port: await stack.port(), backend: `    server app 127.0.0.1:${port}`, ...options }, stack.scratch));
}

/** HAProxy logs a request when it ends: wait for that line before the diagnosis reads the log. */
async function logged(stack: Stack, replies: Awaited<ReturnType<typeof get>>[]) {
  await stack.daemon('haproxy').waitForLine((text) => /"GET [^"]*"/.test(text), undefined, 3000);
  return replies;
}

export const HAPROXY_SCENARIOS: Scenario[] = [
  {
    id: 'haproxy/server-down',
    cause: 'upstream-down',
    needs: ['haproxy'],
    status: 503,
    statusSaidBy: 'owner-haproxy: "503 … when every server of the backend is down or refuses the connection"',
    provoked: 'the only server of the backend is stopped; GET /',
    async start(stack) {
      await startStack(stack);
      await stack.daemon('app').stop();
    },
    provoke: async (stack) => logged(stack, [await get(front(stack, '/'))]),
    async fix(stack) {
      stack.add('app', await startHttpBackend(appPort(stack)));
    },
  },
  {
    id: 'haproxy/timeout-server',
    cause: 'timeout',
    needs: ['haproxy'],
    status: 504,
    statusSaidBy: 'owner-haproxy: "504 … when timeout server runs out"',
    provoked: 'the application answers after 3 s; timeout server 1s stands in for a too short limit',
    async start(stack) {
      await startStack(stack, { defaults: '    timeout server 1s' });
    },
    provoke: async (stack) => logged(stack, [await get(front(stack, '/slow?ms=3000'))]),
    async fix(stack) {
      await haproxy(stack).restart({ defaults: `    ${stack.use(advice.haproxyServerTimeout()).line}` });
    },
  },
  {
    id: 'haproxy/server-killed-mid-request',
    cause: 'upstream-crashed',
    needs: ['haproxy'],
    status: 502,
    statusSaidBy: 'owner-haproxy: "502 when a server closes the connection" (SH)',
    provoked: 'the application is killed (SIGKILL) while it handles a 5 s request',
    async start(stack) {
      await startStack(stack);
    },
    async provoke(stack) {
      const app = stack.daemon('app');
      const reply = get(front(stack, '/slow?ms=5000'));
      for (let waited = 0; !app.stdout.includes('GET /slow') && waited < 5000; waited += 20) await sleep(20);
      await app.stop(0);
      return logged(stack, [await reply]);
    },
    async fix(stack) {
      stack.add('app', await startHttpBackend(appPort(stack)));
    },
    verify: once('/ok'),
  },
  {
    id: 'haproxy/header-too-big',
    diagnosisGap: 'HAProxy\'s log line with status 502 and termination state PH-- has no pattern on main',
    cause: 'header-too-big',
    needs: ['haproxy'],
    status: 502,
    statusSaidBy: 'owner-haproxy: "PH: HAProxy rejected the server\'s reply, for example because its headers were … too large (502)"',
    provoked: "the application sends a 20 KB response header; HAProxy's default tune.bufsize (16 KB)",
    async start(stack) {
      await startStack(stack);
    },
    provoke: async (stack) => logged(stack, [await get(front(stack, '/big-header?bytes=20000'))]),
    async fix(stack) {
      await haproxy(stack).restart({ global: `    ${stack.use(advice.haproxyBufsize()).line}` });
    },
  },
];
