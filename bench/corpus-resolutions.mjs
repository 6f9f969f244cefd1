#!/usr/bin/env node
// Loads the benchmark corpus of the resolutions scenario straight into resolutions-service's
// database: 2,000 resolutions (symbols BENCH/RES/1 ... BENCH/RES/2000) of 100 paragraphs each,
// 200,000 paragraphs in all, of 40 to 80 words: about a third drawn, with a skew, from a
// vocabulary of the UN's digital-cooperation language (the most common word is in about a fifth
// of the paragraphs, as "development" is in real resolutions), the rest from 30,000 made-up
// words (w1, w2...) with a long-tailed distribution, so that rare terms match few paragraphs.
// One transaction of set-based SQL through psql (the full-text and trigram indexes are built as
// the rows go in); run again, it does nothing. Benchmark data
// only: no change events are published and no mentions are tagged.
//
// Usage: node bench/corpus-resolutions.mjs [postgres-url]
// Default URL: $UNGIS_POSTGRES_URL, else postgresql://postgres@127.0.0.1:${POSTGRES_PORT:-5432}/resolutions
import { spawnSync } from 'node:child_process';

const env = process.env;
const url = process.argv[2] ?? env.UNGIS_POSTGRES_URL
  ?? `postgresql://${env.UNGIS_POSTGRES_USER ?? 'postgres'}@127.0.0.1:${env.POSTGRES_PORT ?? 5432}/resolutions`;
const documents = Number(env.CORPUS_DOCUMENTS ?? 2000);
const perDocument = Number(env.CORPUS_PARAGRAPHS ?? 100);

const vocabulary = `digital cooperation development information society summit implementation follow-up outcomes
  united nations group entities system stakeholders multistakeholder governance internet forum action lines
  sustainable goals agenda compact global road map joint commission science technology innovation review report
  capacity building infrastructure access knowledge confidence security enabling environment applications
  e-government e-business e-learning e-health e-employment e-environment e-agriculture e-science cultural
  diversity identity linguistic local content media ethical dimensions international regional inclusion
  divide divides connectivity broadband affordable meaningful skills literacy gender equality women girls
  youth persons disabilities rural remote least developed countries landlocked small island states data
  governance interoperable responsible equitable artificial intelligence benefit humanity human rights
  privacy protection open safe secure space trust economy trade finance investment resources mobilization
  monitoring measurement indicators statistics partnership coordination coherence duplication efficiency
  mandate requests invites encourages recognizes welcomes notes appreciation recalls reaffirms decides
  calls upon member states secretary-general organizations agencies programmes funds observers members
  chair vice-chair secretariat session meeting annual high-level event elements paper contributions
  platforms public goods infrastructure services cybersecurity resilience emergency climate environment
  energy health education employment agriculture science research universities academia private sector
  civil society technical community parliaments local authorities cities communities solutions practices
  experiences lessons challenges opportunities priorities strategies frameworks principles standards`.split(/\s+/).filter(Boolean);

const sqlText = (value) => `'${value.replace(/'/g, "''")}'`;
const sql = `
\\set ON_ERROR_STOP on
begin;
do $$
begin
  if exists (select 1 from document where symbol_key = 'BENCH/RES/1') then
    raise notice 'corpus already loaded';
    return;
  end if;
  create temporary table bench_words on commit drop as
    select array[${vocabulary.map(sqlText).join(',')}]::text[] as words;
  insert into document (id, symbol, symbol_key, title, issuing_body, document_type, adopted_on, session, status,
                        created_at, updated_at, version)
  select gen_random_uuid(), 'BENCH/RES/' || g, 'BENCH/RES/' || g, 'Benchmark resolution ' || g,
         (array['UN General Assembly', 'ECOSOC', 'CSTD', 'ITU Council'])[1 + g % 4], 'RESOLUTION',
         date '2003-01-01' + (g * 3), null, 'ADOPTED', now(), now(), 0
  from generate_series(1, ${documents}) g;
  insert into document_version (id, document_id, number, label, adopted_on, paragraph_count, created_at)
  select gen_random_uuid(), d.id, 1, null, d.adopted_on, ${perDocument}, now()
  from document d where d.symbol like 'BENCH/RES/%';
  insert into paragraph (id, version_id, document_id, position, kind, number, anchor, text)
  select gen_random_uuid(), v.id, v.document_id, p,
         case when p <= 10 then 'PREAMBULAR' else 'OPERATIVE' end,
         case when p <= 10 then null else (p - 10)::text end,
         case when p <= 10 then 'preamble_' || p else 'para_' || (p - 10) end,
         (select string_agg(case when random() < 0.35
                                 then w.words[1 + floor(power(random(), 1.3) * array_length(w.words, 1))::int]
                                 else 'w' || floor(power(random(), 3) * 30000)::int end, ' ')
          from bench_words w, generate_series(1, 40 + (p * 7 + length(v.id::text)) % 41) n
          where v.id is not null)
  from document_version v join document d on d.id = v.document_id and d.symbol like 'BENCH/RES/%',
       generate_series(1, ${perDocument}) p;
  update document d set latest_version_id = v.id, latest_version = 1
  from document_version v where v.document_id = d.id and d.symbol like 'BENCH/RES/%';
end $$;
commit;
analyze document; analyze paragraph; analyze document_version;
select count(*) as paragraphs from paragraph;
`;

const started = Date.now();
const psql = spawnSync('psql', ['-X', '-q', url], { input: sql, stdio: ['pipe', 'inherit', 'inherit'] });
if (psql.error || psql.status !== 0) {
  console.error(`psql failed (${psql.error?.message ?? `exit ${psql.status}`}); is resolutions-service's database at ${url}?`);
  process.exit(1);
}
console.log(`corpus ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
