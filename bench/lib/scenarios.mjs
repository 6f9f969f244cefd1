import { resolutions } from './scenarios-resolutions.mjs';
import { scenarios as eventScenarios } from './scenarios-events.mjs';

// Each scenario is a list of targets, measured one after the other. A target of kind 'health'
// is the reference its service's other targets are compared with in the p50 ratio line. A
// target's own rate (req/s) wins over RATE; 'write' targets build a fresh body per request.
const health = (service, rate) => ({ service, path: '/q/health/ready', kind: 'health', rate });
const read = (service, path, rate) => ({ service, path, kind: 'read', rate });
const write = (service, path, body, rate) => ({ service, path, kind: 'write', method: 'POST', body, rate });

let sequence = 0;
const uniqueAcronym = () => `B${process.pid.toString(36)}${(sequence++).toString(36)}`.toUpperCase();

const createOrganizations = write('membership-service', '/organizations', () => ({
  acronym: uniqueAcronym(), name: 'Benchmark organization', classification: 'OTHER',
}), Number(process.env.WRITE_RATE ?? 200));

export const scenarios = {
  baseline: [
    health('gateway'),
    health('membership-service'),
    health('resolutions-service'),
    health('events-service'),
    read('membership-service', '/organizations?limit=50'),
    read('resolutions-service', '/documents?limit=50'),
    read('events-service', '/events?limit=50'),
  ],
  // issue 2/7: reads at 1,000 req/s (p99 <= 10 ms), writes through the outbox at 200 req/s (p99 <= 25 ms)
  membership: [
    health('membership-service', 1000),
    read('membership-service', '/organizations/UNCTAD', 1000),
    read('membership-service', '/organizations/UNWTO', 1000),
    read('membership-service', '/organizations?limit=50', 1000),
    read('membership-service', '/organizations?asOf=2025-08-08&status=MEMBER&limit=50', 1000),
    createOrganizations,
  ],
  // the write target of 'membership' alone (to profile it)
  'membership-writes': [health('membership-service', 200), createOrganizations],
  // issue 4/7: load the corpus first (bench/run resolutions does), see bench/README.md
  resolutions,
  // issue 5/7
  ...eventScenarios,
};
