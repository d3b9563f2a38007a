// The PHP pages the lab requests, written into a site's document root.
import type { Scratch } from './scratch';

export const PHP_SCRIPTS: Record<string, string> = {
  'ok.php': '<?php echo "ok\\n";',
  // Waits (wall clock: not counted by max_execution_time on Linux).
  'sleep.php': '<?php usleep((int)($_GET["ms"] ?? 1000) * 1000); echo "slept\\n";',
  // Burns N ms of CPU time (not wall clock: on a busy machine it gets less CPU), which max_execution_time counts.
  'busy.php': '<?php $cpu = fn () => getrusage()["ru_utime.tv_sec"] * 1000 + getrusage()["ru_utime.tv_usec"] / 1000; $end = $cpu() + (int)($_GET["ms"] ?? 1000); while ($cpu() < $end) { $x = sqrt(mt_rand()); } echo "busy done\\n";',
  'header.php': '<?php header("X-Big: " . str_repeat("b", (int)($_GET["bytes"] ?? 20000))); echo "header ok\\n";',
  // A worker that dies in the middle of a request (as with a crash in an extension): it works for
  // a moment, then sends itself the signal (11, SIGSEGV, by default).
  'crash.php': '<?php usleep((int)($_GET["ms"] ?? 300) * 1000); posix_kill(getmypid(), (int)($_GET["signal"] ?? 11)); usleep(1000000); echo "not reached\\n";',
  // Keeps N megabytes alive: past memory_limit PHP stops it, past a cgroup's limit the kernel does.
  'memory.php': '<?php $keep = []; for ($i = 0; $i < (int)($_GET["mb"] ?? 64); $i++) { $keep[] = str_repeat("m", 1048576); } echo "memory ok\\n";',
};

/** Writes the scripts into `www/` of the folder and returns that folder. */
export function writePhpScripts(scratch: Scratch): string {
  for (const [name, source] of Object.entries(PHP_SCRIPTS)) scratch.write(`www/${name}`, source);
  return scratch.path('www');
}
