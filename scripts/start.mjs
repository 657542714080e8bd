/**
 * `npm start`: runs the desktop app when the Electron runtime is installed, otherwise browser mode.
 * The runtime can be missing because it is downloaded separately and some machines have no internet;
 * looking for it here (instead of requiring 'electron') never starts that download.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const electron = findElectronBinary(root);

if (electron) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // set, it would make Electron behave as plain Node and ignore the app
  run(electron, [root, ...args], env);
} else {
  const web = path.join(root, 'dist', 'electron', 'web.js');
  console.log(
    'The Electron runtime is not installed on this machine (it could not be downloaded), ' +
      'so Segment Workbench is opening in browser mode instead.',
  );
  if (!fs.existsSync(web)) {
    console.error(`Browser mode is not built yet (${path.relative(root, web)} is missing): run "npm run build" first.`);
    process.exit(1);
  }
  run(process.execPath, [web, ...args], process.env);
}

/** Runs the child with our terminal, passes Ctrl+C / kill on to it, and exits with its code. */
function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env, windowsHide: false });
  let exited = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (!exited) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    exited = true;
    process.exit(code ?? (signal ? 1 : 0));
  });
}
