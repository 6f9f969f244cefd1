// Webhook delivery latency (issue 3/7): commit of a membership change -> verified delivery at a
// loopback receiver, at a fixed rate of changes with many active subscriptions.
// The receiver checks every signature itself (Node's crypto, not the platform's library) and
// measures from the change event's time, which the service takes inside the committing
// transaction, so the figure includes commit, relay, broker, consumer and HTTP.
// Environment: RATE (changes/s, 50), DURATION (s, 20), WARMUP (s, 5: changes at the same rate whose
// latencies are dropped, though their deliveries are checked too), SUBSCRIPTIONS (100), ORGANIZATIONS (10).
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { baseUrl, cpuPerRequest, cpuTimes, memory } from './platform.mjs';
import { changesAtRate } from './openload.mjs';
import { verifies } from './signatures.mjs';

const env = process.env;
const rate = Number(env.RATE ?? 50);
const duration = Number(env.DURATION ?? 20);
const warmup = Number(env.WARMUP ?? 5);
const subscriptionCount = Number(env.SUBSCRIPTIONS ?? 100);
const organizationCount = Number(env.ORGANIZATIONS ?? 10);
const membership = baseUrl('membership-service');
const auth = { 'content-type': 'application/json', authorization: `Bearer ${env.UNGIS_TOKEN}` };

async function call(method, path, body, expected) {
  const response = await fetch(membership + path, { method, headers: auth, body: body && JSON.stringify(body) });
  if (!expected.includes(response.status)) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.status === 204 ? null : response.json();
}

// --- receiver ---
const secrets = new Map(); // path -> secret
const subjects = new Set(); // organizations this run changes
const deliveries = new Map(); // `${path} ${webhook-id}` -> count
const latencies = [];
let verified = 0;
let measuredFrom = Infinity; // events from before this (the warm-up) are checked but not timed
let badSignatures = 0;
const receiver = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const arrived = Date.now();
    const body = Buffer.concat(chunks).toString('utf8');
    const secret = secrets.get(request.url);
    const id = request.headers['webhook-id'];
    response.writeHead(204).end();
    if (!secret) return;
    if (!verifies(secret, id, request.headers['webhook-timestamp'], body, request.headers['webhook-signature'])) {
      badSignatures++;
      return;
    }
    const event = JSON.parse(body);
    if (!subjects.has(event.subject)) return; // another organization's change, not this run's
    const key = `${request.url} ${id}`;
    const seen = deliveries.get(key) ?? 0;
    deliveries.set(key, seen + 1);
    if (seen > 0) return;
    verified++;
    const time = Date.parse(event.time);
    if (time >= measuredFrom) latencies.push(arrived - time);
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${receiver.address().port}`;

// --- set-up: organizations to change, subscriptions to deliver to ---
// A run stopped half-way leaves its subscriptions, pointing at a receiver that is gone: they would
// get this run's changes too (failing, retried from the table) and skew every later run.
let leftBehind = 0;
for (const subscription of await call('GET', '/webhook-subscriptions', null, [200])) {
  if (subscription.description === 'benchmark') {
    await call('DELETE', `/webhook-subscriptions/${subscription.id}`, null, [204, 404]);
    leftBehind++;
  }
}
if (leftBehind > 0) console.log(`deleted ${leftBehind} subscriptions an earlier run left behind`);
const runId = Date.now().toString(36).toUpperCase();
const organizations = [];
for (let i = 0; i < organizationCount; i++) {
  const created = await call('POST', '/organizations',
    { acronym: `WH${runId}${i}`, name: `Webhook benchmark ${runId} ${i}`, classification: 'OTHER' }, [201]);
  organizations.push(created.id);
  subjects.add(created.id);
}
const subscriptions = [];
for (let i = 0; i < subscriptionCount; i++) {
  const path = `/s/${runId}/${i}`;
  const created = await call('POST', '/webhook-subscriptions', {
    url: receiverUrl + path, eventTypes: ['org.ungis.membership.organization.*'],
    organizationId: organizations[i % organizations.length], description: 'benchmark',
  }, [201]);
  secrets.set(path, created.secret);
  subscriptions.push(created.subscription.id);
}

// --- load: RATE changes a second, round robin over the organizations ---
console.log(`scenario webhooks: ${rate} changes/s for ${duration} s after a ${warmup} s warm-up, `
  + `${subscriptionCount} subscriptions, ${organizationCount} organizations, receiver verifies every signature`);
let sequence = 0;
const change = async () => {
  const n = sequence++;
  const organization = organizations[n % organizations.length];
  await call('PUT', `/organizations/${organization}`, { acronym: `WH${runId}${n % organizations.length}`,
    name: `Webhook benchmark ${runId} ${n % organizations.length}`, classification: 'OTHER',
    website: `https://example.org/${n}` }, [200]);
};
const warm = warmup > 0 ? await changesAtRate({ rate, duration: warmup, change }) : { committed: 0, failed: 0 };
measuredFrom = Date.now();
const start = performance.now();
const cpuBefore = cpuTimes();
const { committed, failed: failedChanges } = await changesAtRate({ rate, duration, change });
const expected = (warm.committed + committed) * subscriptionCount;
const drainStart = performance.now();
while (verified < expected && performance.now() - drainStart < 120_000) {
  await new Promise((resolve) => setTimeout(resolve, 250));
}
// CPU of the timed changes and their deliveries (the warm-up's last deliveries too), per delivery
const cpu = cpuPerRequest(cpuBefore, cpuTimes(), committed * subscriptionCount);
await new Promise((resolve) => setTimeout(resolve, 2000)); // late duplicates would show here

const sorted = latencies.slice().sort((a, b) => a - b);
const at = (p) => (sorted.length ? sorted[Math.ceil((p / 100) * sorted.length) - 1] : NaN);
const duplicates = [...deliveries.values()].filter((count) => count > 1).length;
const rss = memory();
console.log(`changes committed ${committed} (failed ${failedChanges}) in ${((drainStart - start) / 1000).toFixed(1)} s `
  + `after ${warm.committed} (failed ${warm.failed}) to warm up; deliveries expected ${expected}, verified ${verified}, `
  + `missing ${expected - verified}, timed ${latencies.length}, `
  + `redelivered (same webhook-id) ${duplicates}, bad signatures ${badSignatures}`);
console.log(`commit -> verified delivery ms: p50 ${at(50)}  p90 ${at(90)}  p99 ${at(99)}  max ${sorted.at(-1)}`
  + `  (targets: p50 <= 50, p99 <= 250)`);
const fixed = (value) => (value == null ? '-' : value.toFixed(3));
console.log(`CPU ms per delivery (bench: the changes and the receiver): `
  + `${Object.entries(cpu.perRequest).map(([name, value]) => `${name} ${fixed(value)}`).join(' · ')}`
  + ` · all ${fixed(cpu.all)}; machine busy ${cpu.busy.toFixed(0)}%`);
console.log(`RSS MB: ${Object.entries(rss).map(([name, value]) => `${name} ${value ?? '-'}`).join(' · ')}`);

for (const id of subscriptions) await call('DELETE', `/webhook-subscriptions/${id}`, null, [204, 404]);
receiver.close();
