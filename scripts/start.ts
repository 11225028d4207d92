// Starts the built portal: opens the database (one clear line if it cannot), applies
// migrations where its role may, then serves. Build first with `npm run build`.
// In production (NODE_ENV=production) the public address must be set; without it the portal
// answers only requests to localhost, which is what a trial on one's own machine needs.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeDatabase, getDatabaseHandle } from '../db/connection.ts';
import { runLedgerCheck } from '../src/lib/ledger/reconciliation-store.ts';
import { renewCheckpoint } from '../src/lib/transparency/log-store.ts';
import { forgetUnsavedHouseholdSheets } from '../src/lib/households/import-store.ts';
import { ConfigurationError, readEnvironment } from '../src/lib/config/environment.ts';
import { answerFromMemory, withoutUnreadParameters } from '../src/lib/http/memory-answers.ts';
import { publicAnswers } from '../src/lib/http/public-answers-store.ts';
import { refusalAnswer } from '../src/lib/http/refusal-page.ts';
import { isWellFormedHost, type RefusalStatus } from '../src/lib/http/request-body.ts';
import { catalogues } from '../src/lib/i18n/messages.ts';
import { runCommand } from './run-command.ts';

const refusalWords = { vi: catalogues.vi.common, en: catalogues.en.common };
const acceptedMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST']);

function decodesAsAddress(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

function refuse(response: ServerResponse, url: string, status: RefusalStatus): void {
  const { headers, body } = refusalAnswer(url.split('?')[0]!, status, refusalWords);
  response.writeHead(status, headers).end(body);
}

interface AstroNodeEntry {
  handler: (request: IncomingMessage, response: ServerResponse) => void;
  options: { port: number; host: string | boolean };
}

runCommand(async () => {
  const environment = readEnvironment();
  if (process.env.NODE_ENV === 'production' && !environment.PUBLIC_BASE_URL)
    throw new ConfigurationError(
      'PUBLIC_BASE_URL is not set: in production the portal needs its public address (e.g. https://chungtay.example.vn), ' +
        'for its links and to check that forms come from it. See "Deploying on the internet" in README.md',
    );
  const database = await getDatabaseHandle();
  await database.migrate();
  const entry = path.resolve('dist/server/entry.mjs');
  if (!existsSync(entry)) throw new ConfigurationError('The portal is not built: run `npm run build` first');

  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler, options } = (await import(pathToFileURL(entry).href)) as AstroNodeEntry;
  // The adapter's own server, with gzip in front: pages, scripts, JSON and geometry are text,
  // and most visitors are on phones (a map embed shrinks to a third). Level 9: scripts are
  // immutable and cached by browsers and CDNs, so the extra effort is paid rarely.
  // compression is written for Express but only uses Node's own request and response.
  const compress = compression({ level: 9 }) as unknown as (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ) => void;
  const memory = publicAnswers();
  const server = createServer((request, response) => {
    // The adapter answers an address it cannot decode (bad percent-encoding, overlong UTF-8) with
    // a bare "Bad request.", and a Host with more than a host in it with a 500: the portal says
    // so in the visitor's language, as it does any refusal.
    if (!decodesAsAddress(request.url ?? '/') || !isWellFormedHost(request.headers.host))
      return refuse(response, request.url ?? '/', 400);
    // The framework answers TRACE with a 500 and PUT or DELETE with the page, as if asked for it.
    if (!acceptedMethods.has(request.method ?? '')) {
      response.setHeader('Allow', [...acceptedMethods].join(', '));
      return refuse(response, request.url ?? '/', 405);
    }
    if (request.method === 'GET') request.url = withoutUnreadParameters(request.url ?? '/');
    // A kept public answer goes out from memory, already gzipped, without the framework's
    // pipeline (a few times the throughput); anything else is the framework's.
    const render = () => compress(request, response, () => handler(request, response));
    const answered = answerFromMemory(memory, request, response, environment.PUBLIC_BASE_URL);
    if (answered === false) render();
    else if (answered !== true)
      answered
        .then((sent) => sent || render())
        .catch((error: unknown) => {
          // The data version could not be read (the database is away): the framework says so.
          console.error('Answering from memory failed:', error);
          if (!response.headersSent) render();
        });
  });
  // A request Node cannot parse (headers over its 16 KB, such as a longer address; a NUL in a
  // header) ends before any request exists: it is answered here, in the address's language.
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return;
    const path = /^[A-Z]+ (\S+)/.exec(error.rawPacket?.subarray(0, 200).toString('latin1') ?? '')?.[1] ?? '/';
    const tooLong = error.code === 'HPE_HEADER_OVERFLOW';
    const { status, headers, body } = refusalAnswer(path, tooLong ? 431 : 400, refusalWords);
    const head = Object.entries({ ...headers, 'Content-Length': Buffer.byteLength(body), Connection: 'close' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    const reason = tooLong ? 'Request Header Fields Too Large' : 'Bad Request';
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n${body}`);
  });
  // Idle connections stay open longer than clients and proxies keep theirs (60 s is common), so
  // the server never closes one just as a client sends on it (seen as ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const port = process.env.PORT ? Number(process.env.PORT) : options.port;
  const host = process.env.HOST ?? (options.host === true ? '0.0.0.0' : options.host || 'localhost');
  server.listen(port, host);
  server.once('listening', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : process.env.PORT;
    const reached = environment.PUBLIC_BASE_URL
      ? `public address ${environment.PUBLIC_BASE_URL}`
      : 'answering only localhost, as PUBLIC_BASE_URL is unset';
    console.log(
      `Chung Tay portal: http://localhost:${port}/  (${reached}; database: ${database.driver}, ${database.location})`,
    );
  });

  // The public reconciliation check and chain heads (/ledger): at start, then every
  // LEDGER_CHECK_MINUTES. Each server runs it; one at a time across servers, the others skip.
  const checkMinutes = environment.LEDGER_CHECK_MINUTES;
  const checkLedger = () =>
    runLedgerCheck(database.db).catch((error: unknown) => console.error('Reconciliation check failed:', error));
  if (checkMinutes > 0) await checkLedger();
  const checks = checkMinutes > 0 ? setInterval(checkLedger, checkMinutes * 60 * 1000) : undefined;
  checks?.unref();

  // The transparency log's checkpoint (/api/transparency/checkpoint, /ledger): whatever was
  // recorded is logged and signed at start, then every CHECKPOINT_MINUTES, the same way.
  const checkpointMinutes = environment.CHECKPOINT_MINUTES;
  const renewLog = () =>
    renewCheckpoint(database.db).catch((error: unknown) => console.error('Signing a checkpoint failed:', error));
  if (checkpointMinutes > 0) await renewLog();
  const renewals = checkpointMinutes > 0 ? setInterval(renewLog, checkpointMinutes * 60 * 1000) : undefined;
  renewals?.unref();

  // Household sheets uploaded but never saved are deleted when their time is up (README,
  // "Privacy"): at start, then hourly. Every server may do it; deleting twice deletes nothing more.
  const forgetSheets = () =>
    forgetUnsavedHouseholdSheets(database.db).catch((error: unknown) =>
      console.error('Deleting old household sheets failed:', error),
    );
  await forgetSheets();
  const forgetting = setInterval(forgetSheets, 60 * 60 * 1000);
  forgetting.unref();

  const stop = async () => {
    clearInterval(checks);
    clearInterval(renewals);
    clearInterval(forgetting);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await closeDatabase();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
