// Each scenario is a list of targets, measured one after the other. A target of kind 'health'
// is the reference its service's other targets are compared with in the p50 ratio line.
const health = (service) => ({ service, path: '/q/health/ready', kind: 'health' });
const read = (service, path) => ({ service, path, kind: 'read' });

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
};
