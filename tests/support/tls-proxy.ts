import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/throwaway-postgres.ts';

const nginx = '/usr/sbin/nginx';
const site = path.resolve('deploy/nginx/chung-tay.conf');
const proxyRules = path.resolve('deploy/nginx/chung-tay-proxy.conf');

export interface TlsProxy {
  /** https://localhost:<port>, the public address. */
  url: string;
  /** The plain-HTTP server of the same file, which only redirects. */
  plainUrl: string;
  stop(): Promise<void>;
}

/** Picks the ports the proxy will listen on, so that the portal can be told its public address first. */
export async function tlsProxyPorts(): Promise<{ https: number; http: number }> {
  return { https: await freePort(), http: await freePort() };
}

/**
 * Debian's nginx in front of a portal listening on `upstreamPort`, terminating TLS with a
 * self-signed certificate made here, run on the repository's own deploy/nginx/chung-tay.conf: only
 * what is the site's own (its name, ports, certificate, where the portal listens) is replaced. Its
 * own folder for everything nginx writes; no system service.
 */
export async function startTlsProxy(upstreamPort: number, ports: { https: number; http: number }): Promise<TlsProxy> {
  if (!existsSync(nginx)) throw new Error(`${nginx} not found: install Debian's nginx (apt-get install nginx)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'chung-tay-nginx-'));
  // nginx's workers (not root) write uploads into the folder's temporary files.
  chmodSync(dir, 0o755);
  const certificate = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  const openssl = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) throw new Error(`openssl failed: ${openssl.stderr}`);

  const replacements: [string, string][] = [
    ['server 127.0.0.1:4321;', `server 127.0.0.1:${upstreamPort};`],
    ['/var/cache/nginx/chung-tay', path.join(dir, 'cache')],
    ['listen 80;', `listen 127.0.0.1:${ports.http};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`],
    ['/etc/letsencrypt/live/chungtay.example.vn/fullchain.pem', certificate],
    ['/etc/letsencrypt/live/chungtay.example.vn/privkey.pem', key],
    ['chungtay.example.vn', 'localhost'],
    ['/etc/nginx/snippets/chung-tay-proxy.conf', proxyRules],
  ];
  let text = readFileSync(site, 'utf8');
  for (const [documented, own] of replacements) {
    if (!text.includes(documented)) throw new Error(`deploy/nginx/chung-tay.conf no longer says ${documented}`);
    text = text.replaceAll(documented, own);
  }
  writeFileSync(path.join(dir, 'site.conf'), text);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'worker_processes 1;',
      'events {}',
      'http {',
      `  access_log off;`,
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
  const exited = new Promise<void>((resolve) =>
    master.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  const url = `https://localhost:${ports.https}`;
  const stop = async () => {
    if (running) master.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  await waitUntilListening(ports.https, () => running, master).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, plainUrl: `http://localhost:${ports.http}`, stop };
}

/** Waits until nginx accepts connections on `port`, or has stopped (a configuration it could not load). */
async function waitUntilListening(port: number, running: () => boolean, master: ChildProcess): Promise<void> {
  let stderr = '';
  master.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (;;) {
    if (!running()) throw new Error(`nginx stopped: ${stderr}`);
    const listening = await new Promise<boolean>((resolve) => {
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
    if (listening) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
