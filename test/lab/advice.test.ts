// The extractor of the steps' advice: every value the scenarios apply is where they expect it,
// and a value that is missing or unusable stops the lab with the node and step named.
import { describe, expect, it } from 'vitest';
import * as advice from './advice/advice';
import { AdviceError, codeSpan, directive, stepCode } from './advice/content';
import { nginxSize, seconds } from './advice/units';

describe('the advice the scenarios apply', () => {
  it.each(Object.entries(advice).filter(([, read]) => typeof read === 'function'))('%s reads a value from the content', (_, read) => {
    const advised = (read as () => { value: unknown; source: string })();
    expect(advised.value).toBeTruthy();
    expect(advised.source).toMatch(/^owner-/);
  });

  it('gives the buffer and timeout values as the servers read them', () => {
    expect(advice.fastcgiBuffers().value.headerBuffer).toBe(nginxSize(directive(stepCode('owner-buffers', 'fastcgi'), 'fastcgi_buffer_size', 't'), 't'));
    expect(seconds('320s', 't')).toBe(320);
    expect(seconds('5m', 't')).toBe(300);
    expect(nginxSize('16k', 't')).toBe(16384);
  });

  it('lines up the timeouts as the timeouts step says: PHP, then PHP-FPM, then the web server', () => {
    const php = advice.maxExecutionTime().value.seconds;
    const fpm = advice.requestTerminateTimeout().value.seconds;
    const web = advice.fastcgiReadTimeout().value.seconds;
    expect(php).toBeLessThan(fpm);
    expect(fpm).toBeLessThan(web);
  });

  it('fails loudly, naming the node and step, when a value is not there', () => {
    expect(() => stepCode('owner-buffers', 'no-such-step')).toThrow(/owner-buffers: no step "no-such-step"/);
    expect(() => stepCode('no-such-node', 'x')).toThrow(AdviceError);
    expect(() => codeSpan('owner-buffers', /client_max_body_size \d+m/)).toThrow(/owner-buffers \(en\): no code span/);
    expect(() => directive('proxy_buffers 8 16k;', 'proxy_buffer_size', 'owner-buffers/proxy')).toThrow(/owner-buffers\/proxy: no "proxy_buffer_size/);
    expect(() => nginxSize('sixteen', 'owner-buffers/proxy')).toThrow(/not an nginx size/);
    expect(() => seconds('soon', 'owner-timeouts')).toThrow(/not a duration/);
  });
});
