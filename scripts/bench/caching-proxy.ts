import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nginxFolder, startNginx } from '../nginx.ts';
import { freePort } from '../throwaway-postgres.ts';

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
  // nginx's workers write the cache and temporary files in this folder.
  const dir = nginxFolder('chung-tay-cache-', 0o777);
  const port = await freePort();
  const redirectPort = await freePort();
  const accessLog = path.join(dir, 'access.log');
  const { stop } = await startNginx(dir, {
    upstreamPorts,
    replacements: [
      ['listen 80;', `listen 127.0.0.1:${redirectPort};`],
      ['listen 443 ssl http2;', `listen 127.0.0.1:${port};`],
      ['ssl_certificate /etc/letsencrypt/live/chungtay.example.vn/fullchain.pem;', ''],
      ['ssl_certificate_key /etc/letsencrypt/live/chungtay.example.vn/privkey.pem;', ''],
    ],
    events: 'worker_connections 4096;',
    http: [
      // Only the requests that reached a portal ($upstream_addr is empty for cache hits).
      `log_format origin '$upstream_addr $request_uri';`,
      `map $upstream_addr $went_to_origin { "" 0; default 1; }`,
      `access_log ${accessLog} origin if=$went_to_origin;`,
    ],
    readyPort: port,
  });
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
