// What the benchmark needs to know about a platform started by ../ungis: ports, a little data,
// and the memory and CPU time of its processes. Ports and UNGIS_HOME follow the same variables as ../ungis.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const env = process.env;
export const ports = {
  gateway: env.GATEWAY_PORT ?? 8080,
  'membership-service': env.MEMBERSHIP_PORT ?? 8081,
  'resolutions-service': env.RESOLUTIONS_PORT ?? 8082,
  'events-service': env.EVENTS_PORT ?? 8083,
};
export const baseUrl = (service) => `http://127.0.0.1:${ports[service]}`;

const home = env.UNGIS_HOME ?? join(env.UNGIS_ROOT, '.ungis');

const classifications = ['SPECIALIZED_AGENCY', 'FUND_OR_PROGRAMME', 'DEPARTMENT_OR_OFFICE',
  'REGIONAL_COMMISSION', 'RELATED_ORGANIZATION', 'OTHER'];
const documentTypes = ['RESOLUTION', 'DECISION', 'REPORT', 'OUTCOME_DOCUMENT'];
const eventKinds = ['UNGIS_MEETING', 'IGF', 'WSIS_FORUM', 'CSTD_SESSION', 'OTHER'];
const day = (i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

// Enough rows that a limit=50 page has real content; names are stable so a re-run finds them.
const seeds = [
  { service: 'membership-service', path: '/organizations', count: 50,
    body: (i) => ({ acronym: `BENCH${i}`, name: `Benchmark organization ${i}`,
      classification: classifications[i % classifications.length] }) },
  { service: 'resolutions-service', path: '/documents', count: 20,
    body: (i) => ({ symbol: `UNGIS/BENCH/${i}`, title: `Benchmark document ${i}`, issuingBody: 'UNGIS',
      documentType: documentTypes[i % documentTypes.length], adoptedOn: day(i) }) },
  { service: 'events-service', path: '/events', count: 20,
    body: (i) => ({ title: `Benchmark event ${i}`, kind: eventKinds[i % eventKinds.length],
      startDate: day(i), endDate: day(i + 1) }) },
];

/** Tops each list up to its seed count; returns what was created, per path. */
export async function seed(token) {
  const created = {};
  for (const { service, path, count, body } of seeds) {
    const page = await (await fetch(`${baseUrl(service)}${path}?limit=${count}`)).json();
    let present = page.items.length;
    created[path] = 0;
    for (let i = 1; present < count && i <= 2 * count; i++) {
      const response = await fetch(`${baseUrl(service)}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body(i)),
      });
      // 409: a unique acronym or symbol from an earlier seed; it is already counted in `present`
      if (response.status === 409) continue;
      if (!response.ok) throw new Error(`seeding POST ${path}: ${response.status} ${await response.text()}`);
      present++;
      created[path]++;
    }
  }
  return created;
}

const read = (file) => { try { return readFileSync(file, 'utf8'); } catch { return null; } };
const pidFile = (name) => read(join(home, 'run', `${name}.pid`))?.trim();
const kb = (pid, file, field) => Number(read(`/proc/${pid}/${file}`)?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1]);
function children(pid) {
  let tasks;
  try { tasks = readdirSync(`/proc/${pid}/task`); } catch { return []; }
  return tasks.flatMap((task) => (read(`/proc/${pid}/task/${task}/children`) ?? '').split(' ').filter(Boolean));
}

function processes() {
  const infrastructure = pidFile('infrastructure');
  // Found through the platform's own pid files, not `pgrep -f`: Maven tests on the same machine
  // run their own Kafka brokers and PostgreSQL servers.
  const kafka = infrastructure && children(infrastructure)
    .find((pid) => /kafka/i.test(read(`/proc/${pid}/cmdline`) ?? ''));
  const postmaster = read(join(home, 'data', 'postgres', 'postmaster.pid'))?.split('\n')[0];
  return { gateway: pidFile('gateway'), membership: pidFile('membership-service'),
    resolutions: pidFile('resolutions-service'), events: pidFile('events-service'),
    infra: infrastructure, kafka, postmaster };
}

/** RSS in MB per process (PSS for PostgreSQL), null when it is not running. */
export function memory() {
  const { postmaster, ...jvms } = processes();
  const mb = (value) => (Number.isFinite(value) ? Math.round(value / 1024) : null);
  const result = Object.fromEntries(Object.entries(jvms).map(([name, pid]) => [name, mb(pid && kb(pid, 'status', 'VmRSS'))]));
  // PostgreSQL is a postmaster plus one process per connection sharing its buffers: summed RSS
  // would count the shared memory once per process, summed PSS counts it once.
  const pg = postmaster ? [postmaster, ...children(postmaster)] : [];
  result['postgres PSS'] = pg.length ? mb(pg.reduce((sum, pid) => sum + (kb(pid, 'smaps_rollup', 'Pss') || 0), 0)) : null;
  return result;
}

/**
 * CPU seconds used so far, per process id, for each process of the platform (PostgreSQL: the
 * postmaster and its children) and for this benchmark process itself (its load and, for webhooks,
 * its receiver), and the machine's busy and total seconds.
 */
export function cpuTimes() {
  const { postmaster, ...jvms } = processes();
  const ticks = 100; // USER_HZ, 100 on Linux
  const used = (pids) => Object.fromEntries(pids.flatMap((pid) => {
    const fields = read(`/proc/${pid}/stat`)?.split(') ')[1]?.split(' ');
    return fields ? [[pid, (Number(fields[11]) + Number(fields[12])) / ticks]] : [];
  }));
  const result = Object.fromEntries(Object.entries(jvms).map(([name, pid]) => [name, pid ? used([pid]) : null]));
  result.postgres = postmaster ? used([postmaster, ...children(postmaster)]) : null;
  const self = process.cpuUsage();
  result.bench = { [process.pid]: (self.user + self.system) / 1e6 };
  const cpu = read('/proc/stat').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0);
  result.machine = { busy: (total - cpu[3] - cpu[4]) / ticks, total: total / ticks };
  return result;
}

/**
 * Per process, CPU milliseconds per request between two cpuTimes(), their sum, and how busy the
 * machine was in % of all its cores. A process that started in between (a PostgreSQL backend or autovacuum
 * worker) counts whole; one that ended in between is gone from /proc and cannot be counted.
 */
export function cpuPerRequest(before, after, requests) {
  const spent = (name) => Object.entries(after[name])
    .reduce((sum, [pid, seconds]) => sum + seconds - (before[name]?.[pid] ?? 0), 0);
  const perRequest = Object.fromEntries(Object.keys(after).filter((name) => name !== 'machine')
    .map((name) => [name, after[name] == null || requests === 0 ? null : (1000 * spent(name)) / requests]));
  const all = Object.values(perRequest).reduce((sum, value) => sum + (value ?? 0), 0);
  const busy = (100 * (after.machine.busy - before.machine.busy)) / (after.machine.total - before.machine.total);
  return { perRequest, all, busy };
}
