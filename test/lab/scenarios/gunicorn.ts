// nginx in front of a Python application under gunicorn, broken as the Python step describes.
import * as advice from '../advice/advice';
import { startGunicorn, type GunicornOptions } from '../servers/gunicorn';
import type { NginxOptions } from '../servers/nginx';
import { get } from '../servers/request';
import { front, startNginxIn } from './helpers';
import type { Scenario } from './scenario';
import type { Stack } from './stack';

/** A WSGI application: /slow?ms=N answers after N ms, everything else at once. */
const APP = `import time
from urllib.parse import parse_qs

def app(environ, start_response):
    if environ.get("PATH_INFO") == "/slow":
        ms = int(parse_qs(environ.get("QUERY_STRING", "")).get("ms", ["1000"])[0])
        time.sleep(ms / 1000)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"python ok\\n"]
`;

const gunicorn = (stack: Stack) => stack.server<GunicornOptions>('gunicorn');
const nginx = (stack: Stack) => stack.server<NginxOptions>('nginx');
const location = (port: number, extra = '') => `location / {\n    proxy_pass http://127.0.0.1:${port};\n    ${extra}\n}`;

export const GUNICORN_SCENARIOS: Scenario[] = [
  {
    id: 'gunicorn/worker-timeout',
    cause: 'timeout',
    needs: ['nginx', 'gunicorn'],
    status: 502,
    statusSaidBy: 'owner-python-app: a request past --timeout gets its worker killed, nginx "answers 502"',
    provoked: "a request takes 4 s; gunicorn's --timeout 2 stands in for its 30 s default",
    async start(stack) {
      const port = await stack.port();
      stack.add('gunicorn', await startGunicorn({ port, app: APP, args: ['--timeout', '2'] }, stack.scratch));
      await startNginxIn(stack, { server: location(port) });
    },
    provoke: (stack) => Promise.all([get(front(stack, '/slow?ms=4000'), { timeoutMs: 20_000 })]),
    async fix(stack) {
      const { args, proxyLine } = stack.use(advice.gunicornTimeout());
      await gunicorn(stack).restart({ args });
      await nginx(stack).restart({ server: location(gunicorn(stack).options.port, proxyLine) });
    },
  },
];
