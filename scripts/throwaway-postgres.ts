import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/**
 * A disposable Postgres server on loopback, for the integration tests' second pass.
 * Uses the Debian server binaries; as root it runs them as the `postgres` user, since
 * Postgres refuses to run as root.
 */
export interface ThrowawayPostgres {
  url: string;
  stop(): void;
}

const candidates = [
  process.env.PG_BIN,
  '/usr/lib/postgresql/15/bin',
  '/usr/lib/postgresql/16/bin',
  '/usr/lib/postgresql/17/bin',
];

/** The Postgres binaries, a folder for a server's files, and how to run a tool as Postgres wants it. */
function postgresTools(purpose: string): { bin: string; dir: string; run: (tool: string, args: string[]) => void } {
  const bin = candidates.find((dir) => dir && existsSync(path.join(dir, 'initdb')));
  if (!bin) {
    throw new Error(
      'PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin). Install them with ' +
        '`apt-get install postgresql-15`, set PG_BIN, or set TEST_DATABASE_URL to an existing server.',
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), `chung-tay-${purpose}-`));
  chownToPostgres(dir);
  const run = (tool: string, args: string[]) => {
    const program = tool.includes('/') ? tool : path.join(bin, tool);
    const command = asRoot() ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
    const result = spawnSync(command[0] as string, command[1] as string[], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  };
  return { bin, dir, run };
}

const asRoot = () => userInfo().uid === 0;

/** As root, gives a folder to the `postgres` user, as whom the servers run. */
export function chownToPostgres(file: string): void {
  if (!asRoot()) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  chownSync(file, uid, gid);
}

function startServer(
  run: (tool: string, args: string[]) => void,
  dir: string,
  dataDir: string,
  port: number,
): ThrowawayPostgres & { port: number } {
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres & { port: number }> {
  const { dir, run } = postgresTools('postgres');
  const port = await freePort();
  const dataDir = path.join(dir, 'data');
  run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  return startServer(run, dir, dataDir, port);
}

/**
 * A streaming replica of a throwaway server (`pg_basebackup -R`: a copy that then follows the
 * primary's write-ahead log), read-only, on a port of its own.
 */
export async function startThrowawayReplica(primary: { port: number }): Promise<ThrowawayPostgres & { port: number }> {
  const { dir, run } = postgresTools('replica');
  const port = await freePort();
  const dataDir = path.join(dir, 'data');
  run('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
  ]);
  return startServer(run, dir, dataDir, port);
}

/**
 * Debian's PgBouncer in front of a throwaway server, in transaction mode (each transaction gets
 * any of a few server connections), as a pooler in production would run.
 */
export async function startThrowawayPgbouncer(server: { port: number }): Promise<ThrowawayPostgres> {
  const pgbouncer = '/usr/sbin/pgbouncer';
  if (!existsSync(pgbouncer)) throw new Error(`${pgbouncer} not found: install it with \`apt-get install pgbouncer\``);
  const { dir, run } = postgresTools('pgbouncer');
  const port = await freePort();
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    chownToPostgres(path.join(dir, name));
    return path.join(dir, name);
  };
  const users = file('users.txt', '"postgres" ""\n');
  const config = file(
    'pgbouncer.ini',
    [
      '[databases]',
      `* = host=127.0.0.1 port=${server.port}`,
      '[pgbouncer]',
      `listen_addr = 127.0.0.1`,
      `listen_port = ${port}`,
      `unix_socket_dir =`,
      'auth_type = trust',
      `auth_file = ${users}`,
      'pool_mode = transaction',
      // Few server connections for many clients: transactions really do move between them.
      'default_pool_size = 3',
      'max_client_conn = 200',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  run(pgbouncer, ['-d', config]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        const pid = Number(readFileSync(path.join(dir, 'pgbouncer.pid'), 'utf8'));
        if (pid) process.kill(pid, 'SIGTERM');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A TCP port on loopback that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
