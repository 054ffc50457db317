/**
 * The `cos-ci-callback` command: `decode FILE... | -` and `check DIR`. See `cos-ci-callback --help`.
 * @packageDocumentation
 */
import { version } from '../package.json';
import { main } from './cli-main';
import { useColor } from './cli-output';

void main(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  stdin: process.stdin,
  version,
  color: {
    stdout: useColor(process.env, process.stdout.isTTY === true),
    stderr: useColor(process.env, process.stderr.isTTY === true),
  },
}).then((code) => {
  process.exitCode = code;
});
