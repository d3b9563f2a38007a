// Lines that must give no finding even when a message in them looks like a cause: a wrong
// finding is worse than none. Debug and trace lines repeat (or precede) the error line that
// counts; a PHP warning or notice is the application talking, never the reason for a 502.

/** nginx "[debug]", Apache "[proxy:debug]" / "[proxy_fcgi:trace2]", gunicorn "[DEBUG]", JSON "level":"debug". */
const DEBUG = /\[debug\]|\[\w+:(?:debug|trace\d)\]|\[DEBUG\]|"level":"(?:debug|trace)"|\blevel=(?:debug|trace)\b|\bDBG\b/;

/** PHP's own warnings, notices and deprecations, alone or quoted by PHP-FPM, nginx or Apache. */
const PHP_WARNING = /PHP (?:Warning|Notice|Deprecated|Strict Standards): /;

export function isDebug(line: string): boolean {
  return DEBUG.test(line);
}

/** nginx joins PHP's messages into one line: a warning next to a fatal error still counts. */
export function isPhpWarning(line: string): boolean {
  return PHP_WARNING.test(line) && !line.includes('Fatal error');
}
