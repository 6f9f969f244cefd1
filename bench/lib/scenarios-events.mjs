// Benchmarks of issue 5/7 (events-service), for lib/main.mjs to wire in next to scenarios.mjs:
//  - `events`: the event list for a year at 1,000 req/s (p99 <= 10 ms), beside the service's
//    health endpoint as reference, and the year's iCalendar feed;
//  - `renamePropagation()`: how long after membership-service commits a rename events-service
//    shows the new name (p99 <= 100 ms over 1,000 renames). Run it on its own against a running
//    platform: node bench/lib/scenarios-events.mjs rename [count]  (UNGIS_TOKEN: a secretariat token)
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { baseUrl } from './platform.mjs';

const health = (service, rate) => ({ service, path: '/q/health/ready', kind: 'health', rate });
const read = (service, path, rate) => ({ service, path, kind: 'read', rate });

export const scenarios = {
  events: [
    health('events-service', 1000),
    read('events-service', '/events?from=2025-01-01&to=2025-12-31&limit=50', 1000),
    read('events-service', '/events?from=2025-01-01&to=2025-12-31&kind=UNGIS_MEETING', 1000),
    read('events-service', '/calendar/events.ics?from=2025-01-01&to=2025-12-31', 200),
  ],
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function call(service, path, { method = 'GET', token, body, headers = {} } = {}) {
  const response = await fetch(`${baseUrl(service)}${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${service}${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function until(condition, timeoutMs, pollMs) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await condition()) return performance.now();
    if (performance.now() > deadline) throw new Error(`not visible within ${timeoutMs} ms`);
    await sleep(pollMs);
  }
}

/**
 * Renames one organization `count` times through membership-service's REST API, one after the
 * other, and polls events-service (the list entry of an event it organizes, the cheapest read
 * that shows organizer names) until the new name shows. Latency is
 * from the rename's response (the commit happened before it) to the first poll that sees the
 * name; polling every `pollMs` adds up to that much. Names alternate between two values so the
 * organization's former-name aliases stay at one, as a real rename history would not grow by
 * 1,000 in a row.
 */
export async function renamePropagation({ token, count = 1000, pollMs = 1 }) {
  const acronym = `BR${process.pid.toString(36)}${Date.now().toString(36)}`.toUpperCase();
  const names = [`Rename benchmark ${acronym} A`, `Rename benchmark ${acronym} B`];
  const organization = await call('membership-service', '/organizations', {
    method: 'POST', token, body: { acronym, name: names[1], classification: 'OTHER' },
  });
  await until(async () => (await fetch(`${baseUrl('events-service')}/organizations/${organization.id}/events`)).ok,
    30_000, 50);
  const event = await call('events-service', '/events', {
    method: 'POST', token, body: { title: `Rename benchmark ${acronym}`, kind: 'OTHER', startDate: '2025-07-10',
      endDate: '2025-07-11', organizerIds: [organization.id] },
  });
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const name = names[i % 2];
    await call('membership-service', `/organizations/${organization.id}`, {
      method: 'PUT', token, body: { acronym, name, classification: 'OTHER' },
    });
    const committed = performance.now();
    const seen = await until(async () => {
      const page = await call('events-service', `/events?ids=${event.id}`);
      return page.items[0].organizers[0].name === name;
    }, 10_000, pollMs);
    latencies.push(seen - committed);
  }
  latencies.sort((a, b) => a - b);
  const percentile = (p) => latencies[Math.ceil((p / 100) * latencies.length) - 1];
  return { renames: count, p50: percentile(50), p90: percentile(90), p99: percentile(99), max: latencies.at(-1) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [what, count] = process.argv.slice(2);
  if (what !== 'rename') {
    console.error('usage: node bench/lib/scenarios-events.mjs rename [count]');
    process.exit(2);
  }
  const result = await renamePropagation({ token: process.env.UNGIS_TOKEN, count: Number(count ?? 1000) });
  const ms = (value) => value.toFixed(1);
  console.log(`rename visible in events-service after commit, ${result.renames} renames: p50 ${ms(result.p50)} ms, `
    + `p90 ${ms(result.p90)} ms, p99 ${ms(result.p99)} ms, max ${ms(result.max)} ms`);
}
