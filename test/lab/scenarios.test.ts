// Every scenario: the status the step says, the diagnosis of the lines the servers just wrote,
// and the step's own fix bringing back 200. A server this machine lacks makes its scenarios
// "not run": listed in the summary, and a failure where the lab is required (CI).
import { afterAll, describe, expect, it } from 'vitest';
import { record } from './results';
import { labRequired } from './servers/binaries';
import { leftoverGroups, runningDaemons, stopAll } from './servers/daemon';
import { APACHE_SCENARIOS } from './scenarios/apache';
import { CADDY_SCENARIOS } from './scenarios/caddy';
import { GUNICORN_SCENARIOS } from './scenarios/gunicorn';
import { HAPROXY_SCENARIOS } from './scenarios/haproxy';
import { NGINX_SCENARIOS } from './scenarios/nginx';
import { runScenario } from './scenarios/run';

afterAll(stopAll);

describe.each([
  ['nginx', NGINX_SCENARIOS],
  ['apache', APACHE_SCENARIOS],
  ['caddy', CADDY_SCENARIOS],
  ['haproxy', HAPROXY_SCENARIOS],
  ['gunicorn', GUNICORN_SCENARIOS],
])('%s', (_, scenarios) => {
  for (const scenario of scenarios) {
    it(scenario.id, async () => {
      const result = await runScenario(scenario);
      record(result);
      if (result.notRun) {
        const message = `${scenario.id} NOT RUN: needs ${result.notRun.join(', ')}`;
        if (labRequired()) throw new Error(`${message} (the lab is required here: LAB_REQUIRED=1 or CI=true)`);
        console.warn(message);
        return;
      }
      const why = result.report ?? '';
      expect(result.error, why).toBeUndefined();
      expect.soft(result.statuses, `status (${scenario.statusSaidBy})\n${why}`).toContain(scenario.status);
      expect.soft(result.reproduced, `reproduced: got ${result.statuses.join(',')}`).toBe(true);
      if (scenario.diagnosisGap) {
        // Known and reported in the summary (where a gap the diagnosis has since closed shows too),
        // not failed here: the diagnosis is another branch's work and lands on its own time.
        if (result.diagnosed) console.warn(`${scenario.id}: the diagnosis now gets this right: remove diagnosisGap`);
      } else {
        expect.soft(result.diagnosis, `diagnosis of the servers' lines\n${why}`).toContain(scenario.cause);
        expect.soft(result.diagnosed, `first finding links to ${result.step}: ${result.diagnosis.join(',')}`).toBe(true);
      }
      if (result.fixed !== null) expect.soft(result.statusesAfterFix, `after the step's fix (${result.advice.join(', ')})`).toEqual(result.statusesAfterFix.map(() => 200));
    });
  }
});

it('leaves no server running once every scenario is over', () => {
  expect(runningDaemons().map((daemon) => `${daemon.name} ${daemon.pid}`)).toEqual([]);
  expect(leftoverGroups(), 'process groups of servers or workers still alive').toEqual([]);
});
