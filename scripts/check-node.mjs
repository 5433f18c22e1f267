// npm runs scripts with the Node pinned in devDependencies (node_modules/.bin/node); when that
// install step was skipped, npm silently falls back to the system Node, on which MikroORM 7 crashes.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 17)) {
  console.error(
    `Leadline needs Node >= 22.17 (found ${process.versions.node} at ${process.execPath}).\n` +
      'Run "npm install" without --ignore-scripts so the pinned Node 24 lands in node_modules/.bin, ' +
      'then use the npm scripts (npm start, npm test).',
  );
  process.exit(1);
}
