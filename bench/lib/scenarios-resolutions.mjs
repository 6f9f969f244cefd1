// The resolutions scenario (issue 4/7): full-text search over a generated corpus of 200,000
// paragraphs at 100 req/s (target p99 <= 50 ms), and a document by symbol at 1,000 req/s (target
// p99 <= 10 ms). Load the corpus first: node bench/corpus-resolutions.mjs (see bench/README.md).
// Wire in with: import { resolutions } from './scenarios-resolutions.mjs'; scenarios.resolutions = resolutions;
const target = (path, kind, rate) => ({ service: 'resolutions-service', path, kind, rate });
const search = (q, rate = 100) => target(`/search?q=${encodeURIComponent(q)}`, 'read', rate);

export const resolutions = [
  target('/q/health/ready', 'health', 1000),
  // the seed's 2025 ECOSOC WSIS resolution has no symbol; corpus documents are BENCH/RES/1 ... BENCH/RES/2000
  target('/documents/BENCH/RES/1234', 'read', 1000),
  target('/documents/a/res/70/125', 'read', 1000),
  // a common word, a rarer phrase, an exclusion, and a filtered search: ranked, with snippets
  search('digital cooperation'),
  search('"joint implementation road map"'),
  search('capacity building -infrastructure'),
  search('artificial intelligence governance'),
  target(`/search?q=${encodeURIComponent('gender equality')}&body=ECOSOC&kind=OPERATIVE`, 'read', 100),
];
