// The sizes and durations an owner step writes, read the way the servers read them.
import { AdviceError } from './content';

/** nginx sizes: "32k" → 32768, "1m" → 1048576, "512" → 512. */
export function nginxSize(text: string, where: string): number {
  const match = /^(\d+)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new AdviceError(`${where}: "${text}" is not an nginx size`);
  const scale = { '': 1, k: 1024, m: 1024 * 1024 }[(match[2] ?? '').toLowerCase()] ?? 1;
  return Number(match[1]) * scale;
}

/** nginx, PHP-FPM and Apache durations: "320s", "5m", "300" (seconds) → seconds. */
export function seconds(text: string, where: string): number {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new AdviceError(`${where}: "${text}" is not a duration`);
  const scale = { ms: 0.001, s: 1, m: 60, h: 3600 }[match[2] ?? 's'] ?? 1;
  return Number(match[1]) * scale;
}
