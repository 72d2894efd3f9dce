// The gazetteer rows the data names: GeoNames ids (`geonames:ID`, `geonames = ID`) and
// `Name, CC[, region]` references in data/ties.csv, data/rejected.csv and data/places.toml,
// so that the subset keeps the small places the atlas needs. A reference only adds places when
// no place the subset keeps anyway (`place.base`) has its name (in its region, if it gives one);
// then the places of cities1000 that have it, or failing those the smaller ones of cities500.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from './scripts.mjs';

/** The texts of the data files that may name gazetteer places. */
function dataTexts(root) {
  return ['ties.csv', 'rejected.csv', 'places.toml']
    .map((file) => join(root, 'data', file))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'));
}

/** `CC folded-region` to admin1 code, from data/gazetteer/admin1.tsv. */
function regionCodes(root) {
  const codes = new Map();
  const path = join(root, 'data', 'gazetteer', 'admin1.tsv');
  if (!existsSync(path)) return codes;
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [country, code, names] = line.split('\t');
    for (const name of (names ?? '').split('|').filter(Boolean)) {
      codes.set(`${country} ${fold(name)}`, code);
    }
  }
  return codes;
}

/** Ids of the rows named by id or by a name (or alternate name), country and region. */
export function referencedRows(root, places) {
  const regions = regionCodes(root);
  const ids = new Set();
  const queries = new Map();
  for (const text of dataTexts(root)) {
    for (const match of text.matchAll(/geonames(?::| = )(\d+)/g)) ids.add(Number(match[1]));
    for (const match of text.matchAll(/([^,;"|=\n]+), ([A-Z]{2})(?:, ([^,;"|=\n]+))?/gu)) {
      const [country, region] = [match[2], match[3]?.trim()];
      const code = region ? (regions.get(`${country} ${fold(region)}`) ?? region) : undefined;
      queries.set(`${country} ${fold(match[1])} ${code ?? ''}`, { country, name: fold(match[1]), code });
    }
  }
  const byName = new Map();
  for (const place of places) {
    for (const name of [place.name, ...place.alternates]) {
      const key = `${place.country} ${fold(name)}`;
      if (!byName.has(key)) byName.set(key, new Set());
      byName.get(key).add(place);
    }
  }
  const kept = new Set(places.filter((place) => ids.has(place.id)).map((place) => place.id));
  for (const { country, name, code } of queries.values()) {
    const candidates = [...(byName.get(`${country} ${name}`) ?? [])].filter(
      (place) => code === undefined || place.admin1 === code,
    );
    if (candidates.some((place) => place.base)) continue;
    const large = candidates.filter((place) => !place.small);
    for (const place of large.length ? large : candidates) kept.add(place.id);
  }
  return kept;
}
