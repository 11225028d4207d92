// A local stand-in for Stripe's API and Checkout page, for browser tests on a machine without
// internet. It speaks the part of the API the portal uses (POST /v1/checkout/sessions, with
// idempotency keys and Stripe-shaped errors), serves a Checkout page, and on "payment" delivers
// a checkout.session.completed webhook signed for real with the webhook secret — twice, as
// Stripe's at-least-once delivery may. A refund (POST /v1/refunds, as the fund's staff would make
// one in Stripe's dashboard) is delivered as charge.refunded, twice too, with the total refunded.
//   FAKE_STRIPE_PORT=4392 FAKE_STRIPE_WEBHOOK_URL=http://localhost:4391/api/stripe/webhook \
//   STRIPE_WEBHOOK_SECRET=whsec_… node tests/support/fake-stripe.ts
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Stripe from 'stripe';

const port = Number(process.env.FAKE_STRIPE_PORT ?? 4392);
const webhookUrl = process.env.FAKE_STRIPE_WEBHOOK_URL ?? '';
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? '';
const stripe = new Stripe('sk_test_fake');

interface Session {
  id: string;
  object: 'checkout.session';
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  mode: string;
  payment_intent: string | null;
  payment_status: 'unpaid' | 'paid';
  status: 'open' | 'complete';
  success_url: string;
  cancel_url: string;
  url: string;
  created: number;
}
const sessions = new Map<string, Session>();
/** Whole đồng refunded so far, by PaymentIntent. */
const refunded = new Map<string, number>();
const byIdempotencyKey = new Map<string, Session>();

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
}

function invalid(response: ServerResponse, message: string, param?: string): void {
  json(response, 400, { error: { type: 'invalid_request_error', message, param } });
}

async function createSession(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!/^Bearer sk_test_\w+$/.test(request.headers.authorization ?? ''))
    return json(response, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
  const key = request.headers['idempotency-key'];
  const kept = typeof key === 'string' ? byIdempotencyKey.get(key) : undefined;
  const form = new URLSearchParams(await body(request));
  if (kept) return json(response, 200, kept);
  const currency = form.get('line_items[0][price_data][currency]');
  const unitAmount = Number(form.get('line_items[0][price_data][unit_amount]'));
  const quantity = Number(form.get('line_items[0][quantity]') ?? 1);
  if (form.get('mode') !== 'payment') return invalid(response, 'mode must be payment', 'mode');
  if (!currency) return invalid(response, 'Missing required param: currency.', 'line_items[0][price_data][currency]');
  // VND is zero-decimal: a fractional or tiny amount is refused as Stripe does.
  if (!Number.isInteger(unitAmount) || unitAmount < 1) return invalid(response, 'Invalid integer', 'unit_amount');
  for (const required of ['success_url', 'cancel_url'])
    if (!form.get(required)) return invalid(response, `Missing required param: ${required}.`, required);
  const sessionId = id('cs');
  const session: Session = {
    id: sessionId,
    object: 'checkout.session',
    amount_total: unitAmount * quantity,
    currency,
    client_reference_id: form.get('client_reference_id'),
    metadata: { pledge_reference: form.get('metadata[pledge_reference]') ?? '' },
    mode: 'payment',
    payment_intent: null,
    payment_status: 'unpaid',
    status: 'open',
    success_url: form.get('success_url')!,
    cancel_url: form.get('cancel_url')!,
    url: `http://localhost:${port}/pay/${sessionId}`,
    created: now(),
  };
  sessions.set(sessionId, session);
  if (typeof key === 'string') byIdempotencyKey.set(key, session);
  json(response, 200, session);
}

function checkoutPage(session: Session, response: ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test Checkout</title></head><body><main>
<h1>Test Checkout</h1><p>Amount: ${session.amount_total} ${session.currency.toUpperCase()}</p>
<form method="post" action="/pay/${session.id}"><button type="submit">Pay</button></form>
<p><a href="${session.cancel_url}">Back</a></p></main></body></html>`);
}

/** An event as Stripe sends it, signed with the endpoint's secret, delivered twice (at least once, as Stripe promises). */
async function deliver(type: string, object: unknown): Promise<void> {
  const payload = JSON.stringify({
    id: id('evt'),
    object: 'event',
    api_version: '2026-10-28.endive',
    created: now(),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  });
  for (let delivery = 0; delivery < 2; delivery++) {
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
    await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
      body: payload,
    });
  }
}

async function pay(session: Session, response: ServerResponse): Promise<void> {
  session.payment_status = 'paid';
  session.status = 'complete';
  session.payment_intent ??= id('pi');
  await deliver('checkout.session.completed', session);
  response.writeHead(303, { Location: session.success_url }).end();
}

/** POST /v1/refunds: all of a paid PaymentIntent, or `amount` of it, never more than is left. */
async function refund(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!/^Bearer sk_test_\w+$/.test(request.headers.authorization ?? ''))
    return json(response, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
  const form = new URLSearchParams(await body(request));
  const intent = form.get('payment_intent') ?? '';
  const session = [...sessions.values()].find((s) => s.payment_intent === intent && s.payment_status === 'paid');
  if (!session) return invalid(response, `No such payment_intent: '${intent}'`, 'payment_intent');
  const before = refunded.get(intent) ?? 0;
  const amount = form.has('amount') ? Number(form.get('amount')) : session.amount_total - before;
  if (!Number.isInteger(amount) || amount < 1 || before + amount > session.amount_total)
    return invalid(response, 'Refund amount is greater than unrefunded amount on charge', 'amount');
  refunded.set(intent, before + amount);
  await deliver('charge.refunded', {
    id: `ch_${intent.slice(3)}`,
    object: 'charge',
    amount: session.amount_total,
    amount_refunded: before + amount,
    currency: session.currency,
    payment_intent: intent,
    refunded: before + amount === session.amount_total,
  });
  json(response, 200, {
    id: id('re'),
    object: 'refund',
    amount,
    currency: session.currency,
    payment_intent: intent,
    status: 'succeeded',
  });
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://localhost:${port}`);
  const payPage = /^\/pay\/(cs_test_\w+)$/.exec(url.pathname);
  const session = payPage ? sessions.get(payPage[1]!) : undefined;
  if (request.method === 'GET' && url.pathname === '/health') return json(response, 200, { ok: true });
  if (request.method === 'POST' && url.pathname === '/v1/checkout/sessions')
    return void createSession(request, response);
  if (request.method === 'POST' && url.pathname === '/v1/refunds') return void refund(request, response);
  const retrieved = /^\/v1\/checkout\/sessions\/(cs_test_\w+)$/.exec(url.pathname);
  if (request.method === 'GET' && retrieved) {
    const found = sessions.get(retrieved[1]!);
    return found ? json(response, 200, found) : invalid(response, `No such checkout.session: '${retrieved[1]}'`, 'id');
  }
  if (session && request.method === 'GET') return checkoutPage(session, response);
  if (session && request.method === 'POST') return void pay(session, response);
  json(response, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL` } });
}).listen(port, 'localhost');
