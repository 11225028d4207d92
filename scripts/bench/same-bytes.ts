import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { portalNodeOptions, type PortalServer } from './portal-server.ts';

/** The portal's answer to one address, as a client accepting gzip gets it: status, headers, bytes. */
export function fetchAnswer(url: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers))
            if (
              typeof value === 'string' &&
              !/^(date|connection|keep-alive|transfer-encoding|content-length)$/.test(name)
            )
              headers[name] = value;
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('base64') });
        });
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** A plain Node server (scripts/bench/plain-server.ts) in its own process, sending `answer` to every request. */
export async function startPlainServer(answer: Awaited<ReturnType<typeof fetchAnswer>>): Promise<PortalServer> {
  const child = spawn(process.execPath, [...portalNodeOptions, 'scripts/bench/plain-server.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(JSON.stringify(answer));
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  const port = /listening on (\d+)/.exec(chunk.toString())?.[1];
  if (!port) throw new Error(`the plain server said: ${chunk.toString()}`);
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
