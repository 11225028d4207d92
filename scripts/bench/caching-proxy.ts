import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../throwaway-postgres.ts';

const nginx = '/usr/sbin/nginx';

export interface CachingProxy {
  /** http://127.0.0.1:<port>: nginx, in front of the portals. */
  origin: string;
  /** How many requests nginx passed to a portal, by address (its access log, read now). */
  originRequests(): Map<string, number>;
  stop(): Promise<void>;
}

/**
 * Debian's nginx on the repository's own deploy/nginx/ files, in front of portals on
 * `upstreamPorts`, standing in for the CDN: only what is the site's own is replaced (its ports,
 * its servers, where the cache lives), and TLS is left out (it is tested in
 * tests/e2e/deployment.spec.ts). Its access log names each request that went to a portal.
 */
export async function startCachingProxy(upstreamPorts: number[]): Promise<CachingProxy> {
  if (!existsSync(nginx)) throw new Error(`${nginx} not found: install Debian's nginx (apt-get install nginx)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'chung-tay-cache-'));
  // nginx's workers (not root) write the cache and temporary files in this folder.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const redirectPort = await freePort();
  const replacements: [string, string][] = [
    ['/var/cache/nginx/chung-tay', path.join(dir, 'cache')],
    ['server 127.0.0.1:4321;', upstreamPorts.map((upstream) => `server 127.0.0.1:${upstream};`).join(' ')],
    ['listen 80;', `listen 127.0.0.1:${redirectPort};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${port};`],
    ['ssl_certificate /etc/letsencrypt/live/chungtay.example.vn/fullchain.pem;', ''],
    ['ssl_certificate_key /etc/letsencrypt/live/chungtay.example.vn/privkey.pem;', ''],
    ['/etc/nginx/snippets/chung-tay-proxy.conf', path.resolve('deploy/nginx/chung-tay-proxy.conf')],
  ];
  let site = readFileSync('deploy/nginx/chung-tay.conf', 'utf8');
  for (const [documented, own] of replacements) {
    if (!site.includes(documented)) throw new Error(`deploy/nginx/chung-tay.conf no longer says ${documented}`);
    site = site.replaceAll(documented, own);
  }
  writeFileSync(path.join(dir, 'site.conf'), site);
  const accessLog = path.join(dir, 'access.log');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'worker_processes 1;',
      'events { worker_connections 4096; }',
      'http {',
      // Only the requests that reached a portal ($upstream_addr is empty for cache hits).
      `  log_format origin '$upstream_addr $request_uri';`,
      `  map $upstream_addr $went_to_origin { "" 0; default 1; }`,
      `  access_log ${accessLog} origin if=$went_to_origin;`,
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
  for (;;) {
    if (!running) {
      await stop();
      throw new Error(`nginx stopped: ${stderr}`);
    }
    if (await listening(port)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    originRequests() {
      const counts = new Map<string, number>();
      const text = existsSync(accessLog) ? readFileSync(accessLog, 'utf8') : '';
      for (const line of text.split('\n')) {
        const address = line.split(' ')[1];
        if (address) counts.set(address, (counts.get(address) ?? 0) + 1);
      }
      return counts;
    },
    stop,
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => {});
    socket.once('close', () => resolve(false));
  });
}
