// Starts the built portal: opens the database (one clear line if it cannot), applies
// migrations, then serves. Build first with `npm run build`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeDatabase, getDatabaseHandle } from '../db/connection.ts';
import { ConfigurationError } from '../src/lib/config/environment.ts';
import { runCommand } from './run-command.ts';

interface AstroNodeEntry {
  startServer(): { server: { server: import('node:http').Server; stop(): Promise<void> } };
}

runCommand(async () => {
  const database = await getDatabaseHandle();
  await database.migrate();
  const entry = path.resolve('dist/server/entry.mjs');
  if (!existsSync(entry)) throw new ConfigurationError('The portal is not built: run `npm run build` first');

  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  process.env.ASTRO_NODE_LOGGING = 'disabled';
  const { startServer } = (await import(pathToFileURL(entry).href)) as AstroNodeEntry;
  const { server } = startServer();
  server.server.once('listening', () => {
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : process.env.PORT;
    console.log(`Chung Tay portal: http://localhost:${port}/  (database: ${database.driver}, ${database.location})`);
  });

  const stop = async () => {
    await server.stop();
    await closeDatabase();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
