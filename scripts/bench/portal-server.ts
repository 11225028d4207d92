import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface PortalServer {
  origin: string;
  /** The server's process, whose memory can be read in /proc. */
  pid: number;
  stop(): Promise<void>;
}

/** The portal's own Node options, as `npm start` gives them (package.json). */
export const portalNodeOptions = ['--max-semi-space-size=8'];

/** Starts the built portal (`scripts/start.ts`) in its own process, as `npm start` does, and waits until it listens. */
export async function startPortalServer(env: Record<string, string>): Promise<PortalServer> {
  const child: ChildProcess = spawn(process.execPath, [...portalNodeOptions, 'scripts/start.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`the portal exited with code ${code} before listening`)));
  });
  return {
    origin,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
