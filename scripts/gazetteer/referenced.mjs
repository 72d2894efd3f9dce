// The gazetteer rows the data names: GeoNames ids (`geonames:ID`, `geonames = ID`) and
// `Name, CC[, region]` references in data/ties.csv, data/rejected.csv and data/places.toml,
// so that the subset keeps the small places the atlas needs. A name only adds places when no
// place the subset keeps anyway (`place.base`) has it; then the places of cities1000 that have
// it, or failing those the smaller ones of cities500.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fold } from "./scripts.mjs";

/** The texts of the data files that may name gazetteer places. */
function dataTexts(root) {
  return ["ties.csv", "rejected.csv", "places.toml"]
    .map((file) => join(root, "data", file))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, "utf8"));
}

/** Ids of the rows named by id or by a name (or alternate name) and country. */
export function referencedRows(root, places) {
  const ids = new Set();
  const queries = new Set();
  for (const text of dataTexts(root)) {
    for (const match of text.matchAll(/geonames(?::| = )(\d+)/g)) ids.add(Number(match[1]));
    for (const match of text.matchAll(/([^,;"|=\n]+), ([A-Z]{2})\b/gu)) {
      queries.add(`${match[2]} ${fold(match[1])}`);
    }
  }
  const byQuery = new Map();
  for (const place of places) {
    for (const name of [place.name, ...place.alternates]) {
      const key = `${place.country} ${fold(name)}`;
      if (!queries.has(key)) continue;
      if (!byQuery.has(key)) byQuery.set(key, new Set());
      byQuery.get(key).add(place);
    }
  }
  const kept = new Set(places.filter((place) => ids.has(place.id)).map((place) => place.id));
  for (const candidates of byQuery.values()) {
    if ([...candidates].some((place) => place.base)) continue;
    const large = [...candidates].filter((place) => !place.small);
    for (const place of large.length ? large : candidates) kept.add(place.id);
  }
  return kept;
}
