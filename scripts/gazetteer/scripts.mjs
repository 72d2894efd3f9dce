// Picks a place's names in the scripts Partner Atlas serves (Chinese, Korean, Japanese and the
// native script of its country) from GeoNames alternate names, which carry no language tags.
//
// The heuristic, by Unicode script (`\p{Script=…}`) and, for Han characters, by the character
// sets that the national encodings define:
// - zh: a name written only in Han characters. A name that is also listed with a city or county
//   suffix (成都 beside 成都市) comes first; a name listed with the suffix of a town, subdistrict or
//   district (靖城 beside 靖城镇, 屯溪 beside 屯溪区), or that ends in one, names a part of the
//   place (often the seat GeoNames' point stands on) and is never taken: rather none than a wrong
//   one. For places in CN (and foreign places) names
//   whose characters are all in GB 2312 (simplified) come next, for TW those all in Big5
//   (traditional); then the shortest, then by code point.
// - ja: for JP places, a name of Han characters (kana allowed) whose Han characters are all in
//   JIS X 0208, preferring one that ends in a municipal suffix (市 町 村 区 都 府 県), failing
//   that one in kana alone (さいたま); elsewhere
//   the Katakana name closest to the GeoNames name when romanised; failing that, for CN and TW
//   places, the zh name when JIS X 0208 can write it (Japanese writes Chinese names in kanji).
// - ko: the Hangul name whose Revised Romanization (ignoring a 시/군/구 suffix) is closest to
//   the GeoNames name.
// - native: zh for CN and TW, ko for KR, ja for JP, Hebrew for IL and PS (without vowel points,
//   with as many words as the GeoNames name, the fullest spelling; Arabic for PS when there is no
//   Hebrew), Cyrillic for MN (preferring Mongolian letters ө ү and long vowels),
//   Tamil for Tamil Nadu and elsewhere in IN the Devanagari name closest to the GeoNames name when
//   romanised, and for VN the GeoNames name itself when it carries Vietnamese diacritics (ơ ư đ ă
//   or a letter of U+1EA0–U+1EF9), else the alternate with most of them that folds to it.
//   Countries written in Latin script (DE, TR, ID, PH) get none.

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The characters a double-byte encoding maps from the given lead and trail bytes. */
function charset(label, leads, trails) {
  const decoder = new TextDecoder(label);
  const set = new Set();
  for (const lead of leads) {
    for (const trail of trails) {
      const text = decoder.decode(new Uint8Array([lead, trail]));
      if ([...text].length === 1 && text !== '\ufffd') set.add(text);
    }
  }
  return set;
}

const GB2312 = charset('gbk', range(0xb0, 0xf7), range(0xa1, 0xfe));
const BIG5 = charset(
  'big5',
  [...range(0xa4, 0xc6), ...range(0xc9, 0xf9)],
  [...range(0x40, 0x7e), ...range(0xa1, 0xfe)],
);
const JIS = charset(
  'shift_jis',
  [...range(0x88, 0x9f), ...range(0xe0, 0xea)],
  [...range(0x40, 0x7e), ...range(0x80, 0xfc)],
);

const HAN = /^\p{Script=Han}+$/u;
const HAN_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const HAS_HAN = /\p{Script=Han}/u;
const KATAKANA = /^[\p{Script=Katakana}ー・＝ ]+$/u;
const HANGUL = /^[\p{Script=Hangul} ]+$/u;
const only = (script) => new RegExp(`^[\\p{Script=${script}} '\\-״׳]+$`, 'u');
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hans = (text) => [...text].filter((c) => HAS_HAN.test(c));
const allIn = (set) => (text) => hans(text).every((c) => set.has(c));
const byLength = (a, b) => [...a].length - [...b].length || (a < b ? -1 : a > b ? 1 : 0);

/** The first candidate after sorting by the given preferences, then length, then code point. */
function pick(candidates, ...preferences) {
  const score = (name) => preferences.map((prefer) => (prefer(name) ? 0 : 1));
  const sorted = [...candidates].sort((a, b) => {
    const [sa, sb] = [score(a), score(b)];
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] - sb[i];
    return byLength(a, b);
  });
  return sorted[0] ?? '';
}

/** Lowercase ASCII letters only: `Kwangmyŏng` → `kwangmyong`. */
export function fold(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]/g, '');
}

function distance(a, b) {
  const row = range(0, b.length);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length];
}

const INITIALS = 'g kk n d tt r m b pp s ss _ j jj ch k t p h'.split(' ').map((s) => s.replace('_', ''));
const VOWELS = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ');
const FINALS = '_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ').map((s) => s.replace('_', ''));

/** Revised Romanization of Hangul syllables, letter by letter (good enough to compare). */
function romaniseHangul(text) {
  return [...text.replace(/ ?(특별시|광역시|시|군|구)$/u, '')]
    .map((c) => {
      const code = c.codePointAt(0) - 0xac00;
      if (code < 0 || code > 11171) return '';
      return INITIALS[Math.floor(code / 588)] + VOWELS[Math.floor((code % 588) / 28)] + FINALS[code % 28];
    })
    .join('');
}

// biome-ignore format: a table, ten kana to a row
const KANA = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko',
  サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to',
  ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo', ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri',
  ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヲ: 'o', ン: 'n', ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge',
  ゴ: 'go', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo', ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de',
  ド: 'do', バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe',
  ポ: 'po', ヴ: 'v', ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ャ: 'ya', ュ: 'yu', ョ: 'yo',
};

/** A rough Hepburn romanisation of Katakana, to compare with a Latin name. */
function romaniseKatakana(text) {
  return [...text].map((c) => KANA[c] ?? '').join('');
}

// biome-ignore format: a table, ten letters to a row
const DEVANAGARI_CONSONANTS = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', व: 'v', श: 'sh',
  ष: 'sh', स: 's', ह: 'h', ळ: 'l',
};
// biome-ignore format: a table, ten letters to a row
const DEVANAGARI_VOWELS = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au',
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au',
  'ं': 'n', 'ँ': 'n', 'ृ': 'ri',
};

/** A rough romanisation of Devanagari (inherent a, dropped before a sign or a virama). */
function romaniseDevanagari(text) {
  let out = '';
  const chars = [...text];
  chars.forEach((c, i) => {
    if (DEVANAGARI_CONSONANTS[c]) {
      const next = chars[i + 1];
      const silent = next === '्' || (next && 'ािीुूेैोौृ'.includes(next));
      out += DEVANAGARI_CONSONANTS[c] + (silent || i === chars.length - 1 ? '' : 'a');
    } else {
      out += DEVANAGARI_VOWELS[c] ?? '';
    }
  });
  return out;
}

const closestTo = (name, romanise) => (candidate) => -distance(romanise(candidate), fold(name));

/** Sorts by closeness (a score function, higher is better), then length, then code point. */
function pickClosest(candidates, closeness) {
  return [...candidates].sort((a, b) => closeness(b) - closeness(a) || byLength(a, b))[0] ?? '';
}

const JP_SUFFIX = /[市町村区都府県]$/u;
const CITY_SUFFIXES = ['市', '县', '縣'];
const PART_SUFFIXES = ['镇', '鎮', '街道', '乡', '鄉', '区', '區'];

/** The Chinese name: see the rule for zh above. */
function pickHan(names, charset) {
  const han = names.filter((n) => HAN.test(n));
  const listed = new Set(han);
  const withSuffix = (name, suffixes) => suffixes.some((suffix) => listed.has(name + suffix));
  const isPart = (name) => withSuffix(name, PART_SUFFIXES) || PART_SUFFIXES.some((suffix) => name.endsWith(suffix));
  const wholes = han.filter((name) => !isPart(name));
  return pick(wholes, (name) => withSuffix(name, CITY_SUFFIXES), allIn(charset));
}
const VIETNAMESE = /[\u1ea0-\u1ef9ơưđăƠƯĐĂ]/u;
const MONGOLIAN = /[өүӨҮ]|аа|ээ|оо|уу|ий/u;
const IN_SCRIPT = { 25: 'Tamil' };

const NIQQUD = /[\u0591-\u05c7]/u;
const words = (text) => text.split(/[\s\-־]+/u).filter(Boolean).length;

/** A Hebrew name without vowel points, with as many words as the GeoNames name, the fullest
 * spelling first (`חיפה` before `חפה`). */
function pickHebrew(name, candidates) {
  const plain = candidates.filter((n) => !NIQQUD.test(n));
  const wanted = words(name);
  return (
    [...plain].sort(
      (a, b) =>
        Number(words(b) === wanted) - Number(words(a) === wanted) ||
        [...b].length - [...a].length ||
        (a < b ? -1 : a > b ? 1 : 0),
    )[0] ?? ''
  );
}

/** The zh, ko, ja and native names of a place (empty strings where there is none). */
export function scriptNames(name, country, admin1, alternates) {
  const names = [...new Set(alternates.map((a) => a.replace(BIDI_MARKS, '').trim()).filter(Boolean))];
  const zh = pickHan(names, country === 'TW' ? BIG5 : GB2312);
  const hangul = names.filter((n) => HANGUL.test(n));
  const ko = pickClosest(hangul, closestTo(name, romaniseHangul));
  let ja;
  if (country === 'JP') {
    const kanji = names.filter((n) => HAN_KANA.test(n) && HAS_HAN.test(n) && allIn(JIS)(n));
    const kana = names.filter((n) => HAN_KANA.test(n) && !HAS_HAN.test(n));
    ja = pick(kanji, (n) => JP_SUFFIX.test(n)) || pick(kana);
  } else {
    const katakana = names.filter((n) => KATAKANA.test(n));
    ja = pickClosest(katakana, closestTo(name, romaniseKatakana));
    if (!ja && (country === 'CN' || country === 'TW') && zh && allIn(JIS)(zh)) ja = zh;
  }
  let native = '';
  if (country === 'CN' || country === 'TW') native = zh;
  else if (country === 'KR') native = ko;
  else if (country === 'JP') native = ja;
  else if (country === 'IL' || country === 'PS') {
    native = pickHebrew(
      name,
      names.filter((n) => only('Hebrew').test(n)),
    );
    if (!native && country === 'PS') native = pick(names.filter((n) => only('Arabic').test(n)));
  } else if (country === 'MN')
    native = pick(
      names.filter((n) => only('Cyrillic').test(n)),
      (n) => MONGOLIAN.test(n),
    );
  else if (country === 'IN') {
    const script = IN_SCRIPT[Number(admin1)] ?? 'Devanagari';
    const candidates = names.filter((n) => only(script).test(n));
    native = script === 'Devanagari' ? pickClosest(candidates, closestTo(name, romaniseDevanagari)) : pick(candidates);
  } else if (country === 'VN') {
    const target = fold(name);
    const stacked = (n) => [...n].filter((c) => VIETNAMESE.test(c)).length;
    const spelled = [name, ...names].filter((n) => VIETNAMESE.test(n) && fold(n) === target);
    native = spelled.includes(name) ? name : pickClosest(spelled, stacked);
  }
  return { native, zh, ko, ja };
}

/** Latin-script alternate names an editor might type: capitalised, not codes, not the name itself. */
export function latinAlternates(name, alternates) {
  const seen = new Set([fold(name)]);
  const kept = [];
  for (const alternate of [...alternates].sort()) {
    const text = alternate.trim();
    if (!/^\p{Lu}/u.test(text) || !/^[\p{Script=Latin}' .\-’‘ʼ]+$/u.test(text)) continue;
    if (/^\p{Lu}{2,4}$/u.test(text) || /[|\t]/.test(text)) continue;
    const key = fold(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}
