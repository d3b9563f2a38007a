// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'test/fixtures/diagnose/mixed-error-log.txt');

/** `npm run diagnose -- ARG` without npm's banner: tsx on the CLI, as the script line runs it. */
function diagnose(arg: string, input?: string) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/build/diagnose-cli.ts', arg], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npm run diagnose', () => {
  it('prints one JSON object a finding, with the line, the cause and the owner step', () => {
    const run = diagnose(fixture);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { line: 2, cause: 'socket-missing', step: 'owner-backend' },
      { line: 4, cause: 'socket-missing', step: 'owner-backend' },
      { line: 5, cause: 'header-too-big', step: 'owner-buffers' },
      { line: 6, cause: 'php-fpm-max-children', step: 'owner-php-fpm-limits' },
    ]);
  });

  it('reads standard input with "-"', () => {
    const run = diagnose('-', readFileSync(fixture, 'utf8'));
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(4);
  });

  it('prints nothing for a log without findings', () => {
    const run = diagnose('-', 'nothing to see\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('says clearly that a file is missing, and exits with 2', () => {
    const run = diagnose(join(root, 'test/fixtures/diagnose/no-such.log'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no such file: ');
    expect(run.stderr).toContain('Usage: npm run diagnose -- FILE');
  });

  it('exits with 2 for a directory', () => {
    const run = diagnose(join(root, 'test/fixtures'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a file');
  });
});
