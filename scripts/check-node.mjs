// npm runs scripts with the Node pinned in dependencies (node_modules/.bin/node). When that Node is
// missing, npm silently falls back to the system Node, on which MikroORM 7 crashes: stop first,
// and say why it is missing, since the fix depends on the cause.
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 17)) {
  const installed = (path) => existsSync(new URL(`../node_modules/${path}`, import.meta.url));
  const cause = !installed('node/package.json')
    ? 'The pinned Node (the "node" package) is not installed. npm install skips devDependencies when ' +
      'NODE_ENV=production or --omit=dev is set, and an older checkout of Leadline listed it there: ' +
      'update the checkout and run "npm install" again.'
    : !installed('node/bin/node')
      ? 'The "node" package is installed but its install script did not run, so no Node binary was ' +
        'downloaded: run "npm install" without --ignore-scripts (and do not deny "node" in allowScripts).'
      : 'The pinned Node is in node_modules/.bin, but this script was started with another one: use the ' +
        'npm scripts (npm start, npm test), which put node_modules/.bin first on the PATH.';
  console.error(`Leadline needs Node >= 22.17 (found ${process.versions.node} at ${process.execPath}).\n${cause}`);
  process.exit(1);
}
