// The yardstick of the memory answers: a plain Node server sending, for every request, the same
// status, headers and gzipped bytes the portal sent for one address. Run as its own process
// (like the portal), it prints its address; the answer is read as JSON from standard input.
import { createServer } from 'node:http';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const answer = JSON.parse(Buffer.concat(chunks).toString()) as {
  status: number;
  headers: Record<string, string>;
  body: string;
};
const body = Buffer.from(answer.body, 'base64');
const headers = { ...answer.headers, 'content-length': body.byteLength };
const server = createServer((_request, response) => response.writeHead(answer.status, headers).end(body));
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
