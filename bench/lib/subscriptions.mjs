// Subscription latency (issue 6/7): commit of a membership change -> the change seen by dashboards
// subscribed to the gateway (graphql-transport-ws over WebSocket), at a fixed rate of changes.
// Measured from the change event's time, which membership-service takes inside the committing
// transaction, so the figure includes commit, outbox relay, broker, the gateway's consumer and the
// WebSocket. Environment: RATE (changes/s, 20), DURATION (s, 20), DASHBOARDS (sockets, 10).
// Needs a WebSocket client: Node 22 has one; bench/run turns it on for Node 20 and 21.
import { performance } from 'node:perf_hooks';
import { baseUrl, memory } from './platform.mjs';
import { changesAtRate } from './openload.mjs';

const env = process.env;
const rate = Number(env.RATE ?? 20);
const duration = Number(env.DURATION ?? 20);
const dashboardCount = Number(env.DASHBOARDS ?? 10);
const membership = baseUrl('membership-service');
const auth = { 'content-type': 'application/json', authorization: `Bearer ${env.UNGIS_TOKEN}` };
if (typeof WebSocket === 'undefined') {
  throw new Error('this Node.js has no WebSocket client; run with --experimental-websocket (Node 20, 21) or Node 22');
}

async function call(method, path, body, expected) {
  const response = await fetch(membership + path, { method, headers: auth, body: body && JSON.stringify(body) });
  if (!expected.includes(response.status)) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

const runId = Date.now().toString(36).toUpperCase();
const organization = (await call('POST', '/organizations',
  { acronym: `SUB${runId}`, name: `Subscription benchmark ${runId}`, classification: 'OTHER' }, [201])).id;

// --- dashboards: each a socket with one subscription; latency per (dashboard, event) ---
const latencies = [];
const seen = new Set(); // `${dashboard} ${eventId}`
let duplicates = 0;
const gatewayWs = baseUrl('gateway').replace(/^http/, 'ws') + '/graphql';
function dashboard(index) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(gatewayWs, 'graphql-transport-ws');
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    socket.onerror = (error) => reject(new Error(`dashboard ${index}: ${error.message ?? 'WebSocket error'}`));
    socket.onmessage = (message) => {
      const arrived = Date.now();
      const data = JSON.parse(message.data);
      if (data.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: 'changes', type: 'subscribe', payload: {
          query: 'subscription { membershipChanges { eventId aggregateId time } }' } }));
        resolve(socket);
      } else if (data.type === 'next') {
        const change = data.payload?.data?.membershipChanges;
        if (!change || change.aggregateId !== organization) return;
        const key = `${index} ${change.eventId}`;
        if (seen.has(key)) { duplicates++; return; }
        seen.add(key);
        latencies.push(arrived - Date.parse(change.time));
      } else if (data.type === 'error') {
        reject(new Error(`dashboard ${index}: ${JSON.stringify(data.payload)}`));
      }
    };
  });
}
const sockets = await Promise.all(Array.from({ length: dashboardCount }, (_, i) => dashboard(i)));
await new Promise((resolve) => setTimeout(resolve, 1000)); // subscribe carries no acknowledgement

console.log(`scenario subscriptions: ${rate} changes/s for ${duration} s, ${dashboardCount} dashboards subscribed `
  + 'to membershipChanges through the gateway');
const start = performance.now();
const { committed, failed: failedChanges } = await changesAtRate({ rate, duration, change: (n) => call('PUT',
  `/organizations/${organization}`, { acronym: `SUB${runId}`, name: `Subscription benchmark ${runId}`,
    classification: 'OTHER', website: `https://example.org/${n}` }, [200]) });
const expected = committed * dashboardCount;
const drainStart = performance.now();
while (latencies.length < expected && performance.now() - drainStart < 30_000) {
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await new Promise((resolve) => setTimeout(resolve, 1000));
sockets.forEach((socket) => socket.close());

const sorted = latencies.slice().sort((a, b) => a - b);
const at = (p) => (sorted.length ? sorted[Math.ceil((p / 100) * sorted.length) - 1] : NaN);
console.log(`changes committed ${committed} (failed ${failedChanges}) in ${((drainStart - start) / 1000).toFixed(1)} s; `
  + `notifications expected ${expected}, seen ${latencies.length}, missing ${expected - latencies.length}, `
  + `duplicates ${duplicates}`);
console.log(`commit -> seen by a subscribed dashboard ms: p50 ${at(50)}  p90 ${at(90)}  p99 ${at(99)}  `
  + `max ${sorted.at(-1)}  (target: within 100)`);
const rss = memory();
console.log(`RSS MB: ${Object.entries(rss).map(([name, value]) => `${name} ${value ?? '-'}`).join(' · ')}`);
