// The kernel, systemd and container runtimes: a backend killed for memory or stopped and
// restarted explains the web server's 502 better than the web server can. Templates from
// torvalds/linux, systemd/systemd and the container runtimes' own output; the file is named next to each.
import type { Pattern } from './pattern';
import { advise } from './values';

export const SYSTEM_PATTERNS: readonly Pattern[] = [
  {
    // Linux mm/oom_kill.c (__oom_kill_process): "%s: Killed process %d (%s) total-vm:%lukB, ...",
    // the %s being "Out of memory" or, from a cgroup's limit (mm/memcontrol.c), "Memory cgroup out
    // of memory"; kernels before 4.19 wrote "Kill process %d (%s) score %u or sacrifice child".
    id: 'linux-oom-killed',
    server: 'linux',
    needle: 'ut of memory: Kill',
    regex: /(?:Memory cgroup out|Out) of memory: Kill(?:ed)? process (\d+) \(([^)\n]*)\)?/,
    cause: () => 'memory',
    advice: (m) => advise('oom-killed', { pid: m[1], process: m[2] }),
  },
  {
    // Linux mm/oom_kill.c (dump_header): "%s invoked oom-killer: gfp_mask=%#x(%pGg), order=%d, oom_score_adj=%hd",
    // and (dump_oom_victim) "oom-kill:constraint=%s,nodemask=%*pbl,...,task=%s,pid=%d,uid=%d"
    id: 'linux-oom-invoked',
    server: 'linux',
    needle: 'oom-kill',
    regex: /\S+ invoked oom-killer: gfp_mask=|oom-kill:constraint=\w+(?:.*?,task=([^,\s]+),pid=(\d+))?/,
    cause: () => 'memory',
    advice: (m) => advise('oom-killed', { process: m[1], pid: m[2] }),
  },
  {
    // systemd src/core/unit.c (unit_check_oom): "A process of this unit has been killed by the OOM
    // killer."; src/core/service.c: "Failed with result '%s'." with the result "oom-kill"
    id: 'systemd-oom-kill',
    server: 'systemd',
    needle: 'kill',
    regex: /(?:(\S+?): )?(?:A process of this unit has been killed by the OOM killer|Failed with result 'oom-kill')/,
    cause: () => 'memory',
    advice: (m) => advise('systemd-unit', { unit: m[1] }),
  },
  {
    // systemd src/core/service.c (service_sigchld_event): "Main process exited, code=%s, status=%i/%s".
    // code=killed with status=9/KILL is a SIGKILL (the OOM killer, or someone's kill -9); a clean
    // exit (status=0/SUCCESS) or SIGTERM (15/TERM, a normal stop) is no finding.
    id: 'systemd-main-process-exited',
    server: 'systemd',
    needle: 'Main process exited, code=',
    regex: /(?:(\S+?): )?Main process exited, code=(\w+), status=(\d+)(?:\/\w+)?/,
    cause: (m) => {
      const status = Number(m[3]);
      if (m[2] === 'exited') return status === 0 ? null : 'upstream-crashed';
      if (status === 15 || status === 1 || status === 2) return null;
      return status === 9 ? 'memory' : 'upstream-crashed';
    },
    advice: (m) => advise('systemd-unit', { unit: m[1] }),
  },
  {
    // systemd src/core/service.c: "Scheduled restart job, restart counter is at %u.": the service
    // died and is being started again
    id: 'systemd-restart-scheduled',
    server: 'systemd',
    needle: 'Scheduled restart job',
    regex: /(?:(\S+?): )?Scheduled restart job, restart counter is at \d+/,
    cause: () => 'upstream-crashed',
    advice: (m) => advise('systemd-unit', { unit: m[1] }),
  },
  {
    // systemd src/core/unit.c: "Start request repeated too quickly.": it died too often, systemd gave up
    id: 'systemd-start-limit',
    server: 'systemd',
    needle: 'Start request repeated too quickly',
    regex: /(?:(\S+?): )?Start request repeated too quickly/,
    cause: () => 'upstream-down',
    advice: (m) => advise('systemd-unit', { unit: m[1] }),
  },
  {
    // Kubernetes (kubectl describe pod): the container's last state "Reason: OOMKilled", the
    // reason the kubelet reports from the runtime (pkg/kubelet/kuberuntime/kuberuntime_container.go); Docker's
    // `docker inspect` writes "OOMKilled": true (and false when it was not).
    id: 'container-oom-killed',
    server: 'container',
    needle: 'OOMKilled',
    regex: /OOMKilled(?!"?: ?false)/,
    cause: () => 'memory',
  },
  {
    // Kubernetes: the kubelet's event "Back-off restarting failed container" and the waiting
    // reason "CrashLoopBackOff" (pkg/kubelet/kuberuntime/kuberuntime_manager.go, the kubelet events of pkg/kubelet/events/event.go): the app keeps dying
    id: 'container-crash-loop',
    server: 'container',
    needle: 'Back',
    regex: /Back-off restarting failed container|CrashLoopBackOff/,
    cause: () => 'upstream-crashed',
  },
];
