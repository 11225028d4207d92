import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { nginxFolder, startNginx } from '../../scripts/nginx.ts';
import { freePort } from '../../scripts/throwaway-postgres.ts';

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
  // nginx's workers write uploads into the folder's temporary files.
  const dir = nginxFolder('chung-tay-nginx-', 0o755);
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

  const { stop } = await startNginx(dir, {
    upstreamPorts: [upstreamPort],
    replacements: [
      ['listen 80;', `listen 127.0.0.1:${ports.http};`],
      ['listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`],
      ['/etc/letsencrypt/live/chungtay.example.vn/fullchain.pem', certificate],
      ['/etc/letsencrypt/live/chungtay.example.vn/privkey.pem', key],
      ['chungtay.example.vn', 'localhost'],
    ],
    events: '',
    http: ['access_log off;'],
    readyPort: ports.https,
  });
  return { url: `https://localhost:${ports.https}`, plainUrl: `http://localhost:${ports.http}`, stop };
}
