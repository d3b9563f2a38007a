// Values read out of a log line for the advice: where the web server connected, which PHP.
import type { Advice, AdviceKey } from './advice';

/** `php8.2-fpm.sock`, `php-fpm8.2`, `php8.4-fpm` → the Debian/Ubuntu service `php8.2-fpm`. */
export function phpService(text: string): string | undefined {
  const version = /php-?(\d\.\d)-?fpm|php-fpm(\d\.\d)/.exec(text);
  const v = version?.[1] ?? version?.[2];
  return v ? `php${v}-fpm` : undefined;
}

/** nginx's `upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:"` → `unix:/run/php/php8.2-fpm.sock`. */
export function nginxUpstream(line: string): string | undefined {
  const field = /upstream: \\?"([^"\\]+)/.exec(line)?.[1];
  if (!field) return undefined;
  return field.replace(/^[a-z]+:\/\//, '').replace(/:$/, '').replace(/\/.*$/, (path) => (field.includes('unix:') ? path : ''));
}

/** `[pool www]` in a PHP-FPM line. */
export function fpmPool(line: string): string | undefined {
  return /\[pool ([^\]\s]+)\]/.exec(line)?.[1];
}

/** Advice only when every value it needs was found. */
export function advise(key: AdviceKey, values: Record<string, string | undefined>): Advice | undefined {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '') return undefined;
    kept[name] = value;
  }
  return { key, values: kept };
}

/** The advice for a connection that failed with a given cause to a given address. */
export function connectAdvice(cause: string, address: string | undefined): Advice | undefined {
  if (!address) return undefined;
  const socket = address.startsWith('unix:') || address.startsWith('/') ? address : undefined;
  const service = phpService(address);
  if (cause === 'socket-missing') {
    return service ? advise('socket-missing-php', { socket: address, service }) : advise('socket-missing', { socket: address });
  }
  if (cause === 'permission' && socket) return advise('socket-permission', { socket: address });
  if (cause === 'upstream-down') return advise('refused', { upstream: address });
  if (cause === 'timeout') return advise('timed-out-upstream', { upstream: address });
  if (cause === 'upstream-crashed') return advise('crashed-upstream', { upstream: address });
  return undefined;
}
