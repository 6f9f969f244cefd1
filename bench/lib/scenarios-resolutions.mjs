// The resolutions scenario (issue 4/7): full-text search over a generated corpus of 200,000
// paragraphs at 100 req/s (target p99 <= 50 ms), and a document by symbol at 1,000 req/s (target
// p99 <= 10 ms). Load the corpus first: node bench/corpus-resolutions.mjs (see bench/README.md).
// Wire in with: import { resolutions } from './scenarios-resolutions.mjs'; scenarios.resolutions = resolutions;
const target = (path, kind, rate) => ({ service: 'resolutions-service', path, kind, rate });
const search = (q, rate = 100) => target(`/search?q=${encodeURIComponent(q)}`, 'read', rate);

// Distinct searches: two words of the corpus's vocabulary and the exclusion of one of its 30,000
// made-up words, so that no two requests of a run (or of runs before it) are the same text and
// each one is answered by the database, not by the read cache.
const words = `digital cooperation development information society summit implementation outcomes governance
  internet forum stakeholders sustainable agenda compact global commission science technology innovation
  capacity building infrastructure access knowledge security applications cultural diversity media
  ethical international regional inclusion connectivity broadband affordable skills literacy gender
  equality women youth disabilities rural countries data interoperable responsible artificial
  intelligence rights privacy trust economy trade finance investment monitoring indicators partnership
  coordination coherence efficiency platforms cybersecurity resilience climate energy health education`.split(/\s+/);
const pick = () => words[Math.floor(Math.random() * words.length)];
const distinctSearch = (rate = 100) => ({
  ...target(() => `/search?q=${encodeURIComponent(`${pick()} ${pick()} -w${1 + Math.floor(Math.random() * 30000)}`)}`,
    'read', rate),
  name: '/search?q=<two random words -a random made-up word>',
  // every request reads other pages of the 200,000 paragraphs: 30 s before measuring, so a freshly
  // started database has them in its buffers, as a running one does
  warmup: Math.max(30, Number(process.env.WARMUP ?? 5)),
});

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
  // the same rate of searches that the read cache cannot answer
  distinctSearch(),
];
