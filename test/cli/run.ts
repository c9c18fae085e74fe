/** Run the `parley` command as a user would, capturing its output and exit code. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../shared.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function parley(args: string[], input?: string): Run {
  const res = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'parley.js'), ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}
