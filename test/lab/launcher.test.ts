// The launcher itself: each server starts from its scratch config, answers on 127.0.0.1, and is
// gone, with all its workers, after stop(); a daemon that cannot start is reported and cleaned up.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startApache } from './servers/apache';
import { isInstalled, type ServerName } from './servers/binaries';
import { startCaddy } from './servers/caddy';
import { runningDaemons, startDaemon, stopAll } from './servers/daemon';
import { startGunicorn } from './servers/gunicorn';
import { startHaproxy } from './servers/haproxy';
import { startHttpBackend } from './servers/http-backend';
import { FASTCGI_PARAMS, startNginx } from './servers/nginx';
import { startPhpFpm } from './servers/php-fpm';
import { writePhpScripts } from './servers/php-scripts';
import { freePort } from './servers/ports';
import { get } from './servers/request';
import { makeScratch } from './servers/scratch';

afterAll(stopAll);

const needs = (...names: ServerName[]) => (names.every(isInstalled) ? it : it.skip);

function processGone(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return false;
  } catch {
    return true;
  }
}

describe('the launcher', () => {
  needs('nginx', 'php-fpm')('runs nginx with PHP-FPM on a unix socket, then stops both groups', async () => {
    const scratch = makeScratch('launcher');
    writePhpScripts(scratch);
    const socket = scratch.path('php-fpm.sock');
    const fpm = await startPhpFpm({ listen: socket }, scratch);
    const port = await freePort();
    const nginx = await startNginx(
      {
        port,
        server: `location ~ \\.php$ {\n    include ${FASTCGI_PARAMS};\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass unix:${socket};\n}`,
      },
      scratch,
    );
    const reply = await get(`http://127.0.0.1:${port}/ok.php`);
    expect(reply.status, reply.error ?? reply.body).toBe(200);
    expect(reply.body).toBe('ok\n');
    const pids = [nginx.daemon.pid, fpm.daemon.pid];
    await nginx.stop();
    await fpm.stop();
    expect(pids.filter((pid) => !processGone(pid))).toEqual([]);
    expect(existsSync(scratch.dir) && process.env.LAB_KEEP !== '1').toBe(false);
  });

  needs('apache')('runs Apache in front of the lab HTTP backend', async () => {
    const backendPort = await freePort();
    const backend = await startHttpBackend(backendPort);
    const port = await freePort();
    const apache = await startApache({ port, site: `ProxyPass / http://127.0.0.1:${backendPort}/` });
    const reply = await get(`http://127.0.0.1:${port}/ok`);
    await apache.stop();
    await backend.stop();
    expect(reply.status, reply.error ?? reply.body).toBe(200);
    expect(processGone(apache.daemon.pid)).toBe(true);
  });

  needs('caddy', 'haproxy', 'gunicorn')('runs gunicorn behind HAProxy behind Caddy', async () => {
    const appPort = await freePort();
    const app = await startGunicorn({
      port: appPort,
      app: 'def app(environ, start_response):\n    start_response("200 OK", [("Content-Type", "text/plain")])\n    return [b"python ok\\n"]\n',
    });
    const haproxyPort = await freePort();
    const haproxy = await startHaproxy({ port: haproxyPort, backend: `    server app 127.0.0.1:${appPort}` });
    const port = await freePort();
    const caddy = await startCaddy({ port, site: `\treverse_proxy 127.0.0.1:${haproxyPort}` });
    const reply = await get(`http://127.0.0.1:${port}/`);
    const logged = await haproxy.daemon.waitForLine((text) => text.includes('"GET / HTTP/1.1"'));
    await caddy.stop();
    await haproxy.stop();
    await app.stop();
    expect(reply.status, reply.error ?? reply.body).toBe(200);
    expect(reply.body).toBe('python ok\n');
    expect(logged, 'HAProxy logged the request through the lab\'s syslog listener').toBe(true);
  });

  it('reports a daemon that exits before it listens, with its output, and leaves nothing running', async () => {
    const port = await freePort();
    const start = startDaemon({
      name: 'broken',
      command: process.execPath,
      args: ['-e', 'console.error("cannot bind: config error on line 3"); process.exit(1)'],
      ready: { port },
    });
    await expect(start).rejects.toThrow(/broken exited before it was ready[\s\S]*config error on line 3/);
    expect(runningDaemons()).toEqual([]);
  });

  it('stops a daemon that never listens when its wait runs out', async () => {
    const port = await freePort();
    const start = startDaemon({
      name: 'silent',
      command: process.execPath,
      args: ['-e', 'setInterval(() => {}, 1000)'],
      ready: { port },
      readyTimeoutMs: 500,
    });
    await expect(start).rejects.toThrow(/silent was not ready within 500 ms/);
    expect(runningDaemons()).toEqual([]);
  });
});
