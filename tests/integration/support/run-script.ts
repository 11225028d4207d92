import { execFile } from 'node:child_process';

/**
 * Runs a script as `npm start` or `npm run migrate` would, with only the given database settings.
 * Asynchronously, so that the test worker stays responsive however long a loaded machine takes to
 * start Node. The limit is generous: only a hung process fails a test, never a slow machine.
 */
/** `script` may carry its arguments: `['scripts/x.ts', 'file.csv']`. */
export function runScript(script: string | string[], env: Record<string, string>, timeout = scriptTimeout) {
  const { DATABASE_URL: _url, DATABASE_MIGRATION_URL: _owner, PGLITE_DATA_DIR: _dir, ...inherited } = process.env;
  return new Promise<{ status: number | null; stderr: string; stdout: string }>((resolve) => {
    execFile(
      process.execPath,
      [script].flat(),
      { env: { ...inherited, ...env }, encoding: 'utf8', timeout },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stderr: stderr.trim(), stdout: stdout.trim() });
      },
    );
  });
}

export const scriptTimeout = 120_000;
