import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const nginx = '/usr/sbin/nginx';

/**
 * A folder of its own for everything one nginx writes (no system service), with the `mode` its
 * workers (not root) need in it.
 */
export function nginxFolder(prefix: string, mode: number): string {
  if (!existsSync(nginx)) throw new Error(`${nginx} not found: install Debian's nginx (apt-get install nginx)`);
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, mode);
  return dir;
}

export interface NginxOptions {
  /** The portals nginx passes requests to, in place of the file's one at 127.0.0.1:4321. */
  upstreamPorts: number[];
  /** What else of the site's own to replace in the file, in order: [as documented, here]. */
  replacements: [string, string][];
  /** Inside `events { }`. */
  events: string;
  /** Lines of the `http { }` block before the folder's temporary paths and the site (logging). */
  http: string[];
  /** The port whose listening means nginx is ready. */
  readyPort: number;
}

/**
 * Debian's nginx, in `dir` (nginxFolder), on the repository's own deploy/nginx/chung-tay.conf
 * and chung-tay-proxy.conf: only what is the site's own is replaced (its portals, where its cache
 * lives, and `replacements`), failing if the file no longer says what is replaced. Returns once
 * nginx listens on `readyPort`; `stop` ends it and removes the folder.
 */
export async function startNginx(dir: string, options: NginxOptions): Promise<{ stop(): Promise<void> }> {
  const replacements: [string, string][] = [
    ['server 127.0.0.1:4321;', options.upstreamPorts.map((upstream) => `server 127.0.0.1:${upstream};`).join(' ')],
    ['/var/cache/nginx/chung-tay', path.join(dir, 'cache')],
    ['/etc/nginx/snippets/chung-tay-proxy.conf', path.resolve('deploy/nginx/chung-tay-proxy.conf')],
    ...options.replacements,
  ];
  let site = readFileSync('deploy/nginx/chung-tay.conf', 'utf8');
  for (const [documented, own] of replacements) {
    if (!site.includes(documented)) throw new Error(`deploy/nginx/chung-tay.conf no longer says ${documented}`);
    site = site.replaceAll(documented, own);
  }
  writeFileSync(path.join(dir, 'site.conf'), site);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'worker_processes 1;',
      `events {${options.events ? ` ${options.events} ` : ''}}`,
      'http {',
      ...options.http.map((line) => `  ${line}`),
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`];
  const test = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refused the configuration: ${test.stderr}`);
  const master: ChildProcess = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let running = true;
  let stderr = '';
  master.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    master.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  const stop = async () => {
    if (running) master.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  // Until it listens, or has stopped (a configuration it could not load).
  for (;;) {
    if (!running) {
      await stop();
      throw new Error(`nginx stopped: ${stderr}`);
    }
    if (await listening(options.readyPort)) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    // A refused connection is an error, then a close: not yet listening.
    socket.once('error', () => {});
    socket.once('close', () => resolve(false));
  });
}
