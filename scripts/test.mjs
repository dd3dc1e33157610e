// `npm test`: every check in order (types, lint, build, then every test), each step timed, and the
// whole wall time printed at the end, whatever the outcome. Exits with the first failing step's status.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', ['run', '-s', 'typecheck']],
  ['lint', ['run', '-s', 'lint']],
  ['build', ['run', '-s', 'build']],
  ['tests', ['exec', '--', 'vitest', 'run', ...process.argv.slice(2)]],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const times = [];
let status = 0;
for (const [name, args] of steps) {
  const stepStarted = Date.now();
  const result = spawnSync(npm, args, { stdio: 'inherit' });
  times.push(`${name} ${((Date.now() - stepStarted) / 1000).toFixed(0)} s`);
  status = result.status ?? 1;
  if (status !== 0) {
    process.stderr.write(`npm test: ${name} failed (exit ${status})\n`);
    break;
  }
}
const seconds = (Date.now() - started) / 1000;
process.stdout.write(`npm test: ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s in all (${times.join(', ')})\n`);
process.exit(status);
