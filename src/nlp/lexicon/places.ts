/**
 * Place lexicons: countries (common and official names, alternative spellings), capitals and
 * demonyms from the `world-countries` package, with US states, continents and regions added here.
 * Each entry knows the country it stands for, so "North Korean" and "Pyongyang" lead to North Korea.
 *
 *   placeEntry("north korean") → { kind: 'demonym', country: 'North Korea' }
 *   matchPlaces(words) → per token, the longest entry covering it and its position in it
 */
import { createRequire } from 'node:module';
import { tokenize } from '../tokenize.js';
import { wordTable } from './table.js';

export type PlaceKind = 'country' | 'capital' | 'demonym' | 'state' | 'region';

export interface PlaceEntry {
  kind: PlaceKind;
  /** The country's common English name (for a state or region: its own name). */
  country: string;
  /** Only an alternative spelling of the country ("Emirates"), not its common or official name. */
  alt?: true;
}

interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
}

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming',
];

/** US states as AP style writes them after a town ("of Ashton, Md."), without the full stop. */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Ala', 'Alabama'], ['Ariz', 'Arizona'], ['Ark', 'Arkansas'], ['Calif', 'California'], ['Colo', 'Colorado'],
  ['Conn', 'Connecticut'], ['Del', 'Delaware'], ['Fla', 'Florida'], ['Ga', 'Georgia'], ['Ill', 'Illinois'], ['Ind', 'Indiana'],
  ['Kan', 'Kansas'], ['Ky', 'Kentucky'], ['La', 'Louisiana'], ['Md', 'Maryland'], ['Mass', 'Massachusetts'], ['Mich', 'Michigan'],
  ['Minn', 'Minnesota'], ['Miss', 'Mississippi'], ['Mo', 'Missouri'], ['Mont', 'Montana'], ['Neb', 'Nebraska'], ['Nev', 'Nevada'],
  ['N.H', 'New Hampshire'], ['N.J', 'New Jersey'], ['N.M', 'New Mexico'], ['N.Y', 'New York'], ['N.C', 'North Carolina'],
  ['N.D', 'North Dakota'], ['Okla', 'Oklahoma'], ['Ore', 'Oregon'], ['Pa', 'Pennsylvania'], ['R.I', 'Rhode Island'],
  ['S.C', 'South Carolina'], ['S.D', 'South Dakota'], ['Tenn', 'Tennessee'], ['Tex', 'Texas'], ['Vt', 'Vermont'], ['Va', 'Virginia'],
  ['Wash', 'Washington'], ['W.Va', 'West Virginia'], ['Wis', 'Wisconsin'], ['Wyo', 'Wyoming'],
]);

/** Continents, seas and regions: places that are not states (LOC rather than GPE). */
const REGIONS = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica',
  'Oceania', 'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Scandinavia', 'Sahara', 'Sahel',
  'Gulf', 'Persian Gulf', 'Arctic', 'Mediterranean', 'Baltic', 'Black Sea', 'Caribbean', 'Pacific', 'Atlantic',
  'Indian Ocean', 'South China Sea', 'Red Sea', 'Korean Peninsula', 'Crimea', 'Donbas', 'Donbass', 'Kashmir',
  'West Bank', 'Gaza Strip', 'Gaza', 'Golan Heights', 'Siberia', 'Central Asia', 'Southeast Asia', 'South Asia',
  'East Asia', 'Western Europe', 'Eastern Europe', 'Northern Ireland', 'Scotland', 'Wales', 'England', 'Tibet',
  'Kurdistan', 'Horn of Africa', 'Amazon', 'Alps', 'Himalayas', 'Persian Gulf', 'Strait of Hormuz', 'Taiwan Strait',
];

/** Demonyms of regions (European → Europe). */
const REGION_DEMONYMS: Record<string, string> = wordTable({
  African: 'Africa', Asian: 'Asia', European: 'Europe', 'Latin American': 'Latin America', 'Middle Eastern': 'Middle East',
  Scandinavian: 'Scandinavia', Balkan: 'Balkans', Caribbean: 'Caribbean', 'Central Asian': 'Central Asia',
  'Southeast Asian': 'Southeast Asia', 'East Asian': 'East Asia', 'South Asian': 'South Asia', Siberian: 'Siberia',
});

/** Demonyms of peoples and nations that are not (or not only) states: NORP tied to a region. */
const PEOPLE_DEMONYMS: Record<string, string> = wordTable({
  Scottish: 'Scotland', Scot: 'Scotland', Welsh: 'Wales', English: 'England', Kurdish: 'Kurdistan', Kurd: 'Kurdistan',
  Tibetan: 'Tibet', Kashmiri: 'Kashmir', Crimean: 'Crimea', Arab: 'Arab world', Palestinian: 'Palestine',
});

/** Names in common news use that the package does not list, with the country they name. */
const EXTRA_COUNTRY_NAMES: Record<string, string> = wordTable({
  Britain: 'United Kingdom', 'Great Britain': 'United Kingdom', UK: 'United Kingdom', 'U.K.': 'United Kingdom',
  US: 'United States', 'U.S.': 'United States', USA: 'United States', 'U.S.A.': 'United States', America: 'United States',
  'United States of America': 'United States', Holland: 'Netherlands', 'Soviet Union': 'Soviet Union', USSR: 'Soviet Union',
  Burma: 'Myanmar', 'Ivory Coast': 'Ivory Coast', Zaire: 'DR Congo', 'Czech Republic': 'Czechia', Yugoslavia: 'Yugoslavia',
  'South Korea': 'South Korea', 'North Korea': 'North Korea', 'Republic of Korea': 'South Korea', DPRK: 'North Korea',
  PRC: 'China', 'Taiwan': 'Taiwan', Kiev: 'Ukraine', Kyiv: 'Ukraine', Peking: 'China', Bombay: 'India',
});

/** Demonyms the package lacks or spells otherwise (country's common name). */
const EXTRA_DEMONYMS: Record<string, string> = wordTable({
  British: 'United Kingdom', Briton: 'United Kingdom', Soviet: 'Soviet Union', Yugoslav: 'Yugoslavia', Czech: 'Czechia',
  Dutch: 'Netherlands', Kiwi: 'New Zealand', Emirati: 'United Arab Emirates', Saudi: 'Saudi Arabia', Filipino: 'Philippines',
  Bosnian: 'Bosnia and Herzegovina', 'North Korean': 'North Korea', 'South Korean': 'South Korea', Korean: 'South Korea',
  Congolese: 'DR Congo', Ivorian: 'Ivory Coast', Israeli: 'Israel', Iranian: 'Iran', Taiwanese: 'Taiwan', Chinese: 'China',
  Russian: 'Russia', Ukrainian: 'Ukraine', American: 'United States', French: 'France', German: 'Germany', Swiss: 'Switzerland',
});

export interface PlaceLexicon {
  /** Lower-cased token sequence joined by single spaces → entry. */
  entries: Map<string, PlaceEntry>;
  /** Longest entry, in tokens. */
  maxLength: number;
  /** First words of the entries longer than one token. */
  firsts: Set<string>;
  /** The same, with the length (in tokens) of their longest entry. */
  firstMax: Map<string, number>;
  /** Canonical country name → its capitals. */
  capitals: Map<string, string[]>;
  /** Country common name → its demonym (first listed). */
  demonyms: Map<string, string>;
  /** Lower-cased capital key → the country it is the capital of ("washington" → United States). */
  capitalOf: Map<string, string>;
  /** Keys of continents, seas and regions. */
  regions: Set<string>;
}

let lexicon: PlaceLexicon | null = null;

/** The lower-cased token key of a phrase ("People's Republic" → "people 's republic"). */
export function phraseKey(phrase: string): string {
  let key = keyCache.get(phrase);
  if (key === undefined) {
    if (keyCache.size > 100_000) keyCache.clear();
    key = tokenize(phrase).map((t) => t.text.toLowerCase().replace(/’/g, "'")).join(' ');
    keyCache.set(phrase, key);
  }
  return key;
}
/** phraseKey's answers (it runs the tokenizer; the same phrases come back again and again). */
const keyCache = new Map<string, string>();

function add(map: Map<string, PlaceEntry>, phrase: string, entry: PlaceEntry): void {
  if (!phrase || /[,()]/.test(phrase) || !/^[\p{Script=Latin}\s.'’&-]+$/u.test(phrase)) return;
  const key = phraseKey(phrase);
  if (key.length < 2) return;
  const had = map.get(key);
  // Countries beat capitals beat demonyms for the same words ("Georgia", "Luxembourg"); first wins otherwise.
  const rank: Record<PlaceKind, number> = { country: 0, state: 1, capital: 2, demonym: 3, region: 4 };
  if (!had || rank[entry.kind] < rank[had.kind]) map.set(key, entry);
}

export function placeLexicon(): PlaceLexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as CountryRecord[];
  const entries = new Map<string, PlaceEntry>();
  const capitals = new Map<string, string[]>();
  const demonyms = new Map<string, string>();
  const capitalOf = new Map<string, string>();
  const independent = new Set<string>();
  for (const c of countries) {
    const name = c.name.common;
    add(entries, name, { kind: 'country', country: name });
    add(entries, c.name.official, { kind: 'country', country: name });
    for (const alt of c.altSpellings) {
      // Two-letter codes are too ambiguous as words ("IN", "TO"); keep longer spellings and "UK"/"US"-like ones below.
      if (alt.length > 3) add(entries, alt, { kind: 'country', country: name, alt: true });
    }
    capitals.set(name, c.capital);
    // Capitals that stand for their state: those of independent states only ("Douglas", capital of
    // the Isle of Man, is far more often a name).
    if (c.independent) independent.add(name);
    for (const cap of c.capital) add(entries, cap, { kind: 'capital', country: name });
    const d = c.demonyms?.eng;
    if (d) {
      demonyms.set(name, d.m);
      for (const form of new Set([d.m, d.f])) {
        add(entries, form, { kind: 'demonym', country: name });
        if (/[^s]$/.test(form)) add(entries, form + 's', { kind: 'demonym', country: name });
      }
    }
  }
  for (const [n, country] of Object.entries(EXTRA_COUNTRY_NAMES)) entries.set(phraseKey(n), { kind: 'country', country });
  for (const [n, country] of Object.entries(EXTRA_DEMONYMS)) {
    entries.set(phraseKey(n), { kind: 'demonym', country });
    if (!/(?:s|sh|ch|ese)$/.test(n)) entries.set(phraseKey(n + 's'), { kind: 'demonym', country });
    if (!demonyms.has(country)) demonyms.set(country, n);
  }
  for (const s of US_STATES) add(entries, s, { kind: 'state', country: s });
  for (const r of REGIONS) add(entries, r, { kind: 'region', country: r });
  for (const [n, region] of Object.entries(REGION_DEMONYMS)) entries.set(phraseKey(n), { kind: 'demonym', country: region });
  for (const [n, people] of Object.entries(PEOPLE_DEMONYMS)) {
    entries.set(phraseKey(n), { kind: 'demonym', country: people });
    if (!/(?:sh|ch)$/.test(n)) entries.set(phraseKey(n + 's'), { kind: 'demonym', country: people });
  }
  for (const [country, caps] of capitals) {
    if (!independent.has(country)) continue;
    for (const c of caps) {
      capitalOf.set(phraseKey(c), country);
      // "Washington D.C." is "Washington" in the news.
      const bare = c.replace(/,?\s+D\.?C\.?$/, '');
      if (bare !== c) capitalOf.set(phraseKey(bare), country);
    }
  }
  let maxLength = 1;
  const firsts = new Set<string>();
  const firstMax = new Map<string, number>();
  for (const k of entries.keys()) {
    const parts = k.split(' ');
    maxLength = Math.max(maxLength, parts.length);
    if (parts.length > 1) {
      firsts.add(parts[0]);
      firstMax.set(parts[0], Math.max(firstMax.get(parts[0]) ?? 0, parts.length));
    }
  }
  lexicon = { entries, maxLength, firsts, firstMax, capitals, demonyms, capitalOf, regions: new Set(REGIONS.map(phraseKey)) };
  return lexicon;
}

/** The entry a phrase names, if any. */
export function placeEntry(phrase: string): PlaceEntry | undefined {
  return placeLexicon().entries.get(phraseKey(phrase));
}

/** Seats of government that news writes for their state ("the Kremlin said", "the White House warned"). */
const SEATS = new Map<string, string>([
  ['white house', 'United States'], ['kremlin', 'Russia'], ['downing street', 'United Kingdom'], ['blue house', 'South Korea'],
  ['elysee', 'France'], ['élysée', 'France'], ['elysee palace', 'France'], ['élysée palace', 'France'], ['zhongnanhai', 'China'],
]);

/** The state a seat of government stands for ("Kremlin" → Russia), if the phrase is one. */
export function seatOf(phrase: string): string | undefined {
  return SEATS.get(phrase.toLowerCase().replace(/^the\s+/, ''));
}

/** The country whose capital `phrase` is, if it is one. */
export function capitalOf(phrase: string): string | undefined {
  return placeLexicon().capitalOf.get(phraseKey(phrase));
}

/** Whether a name is a continent, sea or region of the lexicon (or one a demonym points to). */
export function isRegion(name: string): boolean {
  return placeLexicon().regions.has(phraseKey(name));
}

export interface PlaceMatch {
  entry: PlaceEntry;
  /** Token range [start, end). */
  start: number;
  end: number;
}

/** Longest-first, left-to-right matches of the lexicon over lower-cased words. */
export function matchPlaces(lowerWords: readonly string[]): PlaceMatch[] {
  const { entries, firstMax } = placeLexicon();
  const out: PlaceMatch[] = [];
  for (let i = 0; i < lowerWords.length; ) {
    let found: PlaceMatch | null = null;
    const longest = Math.min(firstMax.get(lowerWords[i]) ?? 1, lowerWords.length - i);
    for (let n = longest; n >= 1; n--) {
      const key = n === 1 ? lowerWords[i] : lowerWords.slice(i, i + n).join(' ');
      const e = entries.get(key);
      if (e) {
        found = { entry: e, start: i, end: i + n };
        break;
      }
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/** A street name after a number ("1119 Eighth St.", "1909 Jolinda Drive"): up to three capitalised words and a street word. */
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Lane|Ln|Way|Place|Pl|Court|Ct|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Square|Plaza|Trail|Pike)\b/u;

/** Whether the number that ends at `end` in `text` is a house number: a street name follows it. */
export function isHouseNumber(text: string, end: number): boolean {
  return STREET_AFTER.test(text.slice(end, end + 60));
}
