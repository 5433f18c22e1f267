// Preloaded into an app process (NODE_OPTIONS=--import=…) to count the SQL statements it sends,
// by statement shape, written to var/profiles/queries-<pid>.json when it exits: how many round
// trips a unit of work costs (pg_stat_statements is not loaded on the bench server).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const counts = new Map();
// The app's own pg and the copy MikroORM's driver brings.
const copies = new Set([
  createRequire(path.join(repoRoot, 'package.json')).resolve('pg'),
  createRequire(path.join(repoRoot, 'node_modules', '@mikro-orm', 'postgresql', 'package.json')).resolve('pg'),
]);
for (const file of copies) {
  const pg = createRequire(file)(file);
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function query(config, ...rest) {
    const text = typeof config === 'string' ? config : config?.text;
    if (text) {
      const shape = text.replace(/\s+/g, ' ').replace(/\$\d+(, \$\d+)*/g, '$n').replace(/\?(, \?)*/g, '?').slice(0, 160);
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    return original.call(this, config, ...rest);
  };
}
const dump = () => {
  const dir = path.join(repoRoot, 'var', 'profiles');
  mkdirSync(dir, { recursive: true });
  const sorted = Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
  writeFileSync(path.join(dir, `queries-${process.pid}.json`), JSON.stringify(sorted, null, 1));
};
process.on('exit', dump);
setInterval(dump, 5000).unref();
process.on('SIGUSR2', dump);
