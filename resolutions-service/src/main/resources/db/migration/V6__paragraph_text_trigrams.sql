-- Finding where an organization is named (a regular expression per name) uses the trigrams of
-- the paragraph text instead of reading every paragraph: tagging a renamed organization again
-- across a large corpus takes milliseconds, not seconds. pg_trgm is a trusted extension.
create extension if not exists pg_trgm;
create index paragraph_text_trgm on paragraph using gin (text gin_trgm_ops);
