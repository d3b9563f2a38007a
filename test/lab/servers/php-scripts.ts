// The PHP pages the lab requests, written into a site's document root.
import type { Scratch } from './scratch';

export const PHP_SCRIPTS: Record<string, string> = {
  'ok.php': '<?php echo "ok\\n";',
  // Waits (wall clock: not counted by max_execution_time on Linux).
  'sleep.php': '<?php usleep((int)($_GET["ms"] ?? 1000) * 1000); echo "slept\\n";',
  // Burns CPU time, which max_execution_time counts.
  'busy.php': '<?php $end = microtime(true) + (int)($_GET["ms"] ?? 1000) / 1000; while (microtime(true) < $end) { $x = sqrt(mt_rand()); } echo "busy done\\n";',
  'header.php': '<?php header("X-Big: " . str_repeat("b", (int)($_GET["bytes"] ?? 20000))); echo "header ok\\n";',
  // Keeps N megabytes alive: past memory_limit PHP stops it, past a cgroup's limit the kernel does.
  'memory.php': '<?php $keep = []; for ($i = 0; $i < (int)($_GET["mb"] ?? 64); $i++) { $keep[] = str_repeat("m", 1048576); } echo "memory ok\\n";',
};

/** Writes the scripts into `www/` of the folder and returns that folder. */
export function writePhpScripts(scratch: Scratch): string {
  for (const [name, source] of Object.entries(PHP_SCRIPTS)) scratch.write(`www/${name}`, source);
  return scratch.path('www');
}
