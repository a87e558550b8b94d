/**
 * Currencies and units of measure: what may stand before or after a number, with the names
 * Recognizers-Text resolves them to (`name`, `iso`) and the short unit the ledger keeps (`ledger`:
 * an ISO 4217 code for money, a symbol for measures).
 *
 *   matchUnitAt(text, pos, table)  → the longest entry of `table` written at pos, or null
 *
 * Entries are patterns: a space means one or more spaces, "~" an optional space; matching is
 * case-insensitive unless the entry is listed as case-sensitive ("MB" megabyte, "mb" megabit, "M").
 */

export interface UnitInfo {
  /** Recognizers-Text unit name ("Dollar", "United States dollar", "Kilometer"). */
  name: string;
  /** ISO 4217 code as Recognizers-Text reports it (null for the generic "$", "£", "francs" …). */
  iso: string | null;
  /** What the ledger keeps in `unit`: an ISO code for money ("USD"), a symbol for measures ("km"). */
  ledger: string;
  /** Multiply the amount by this to get `ledger` units (cents → dollars: 0.01). */
  factor: number;
  /** Measures: Length, Weight, Volume, Area, Speed, Information, Angle; money: "Currency". */
  subtype: string;
  /** The amount is multiplied by this ("30 MUSD" = 30 million dollars). */
  mult?: number;
  /** Money that a bare number may follow only when scaled or large ("won": "they won 3 seats"). */
  weak?: boolean;
  /** Counted items that need a bigger context ("pounds" is weight or money). */
  ambiguous?: boolean;
}

export interface UnitEntry { pattern: string; info: UnitInfo; re: RegExp; caseSensitive: boolean }

export interface UnitTable { byFirst: Map<string, UnitEntry[]> }

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function compile(pattern: string, caseSensitive: boolean): RegExp {
  const src = pattern
    .split('')
    .map((ch) => (ch === ' ' ? '[ \\t\\u00a0]+' : ch === '~' ? '[ \\t\\u00a0]*' : esc(ch)))
    .join('');
  // a letter or digit must not follow (except after symbols like "$")
  const last = pattern[pattern.length - 1];
  const guard = /[\p{L}\d]/u.test(last) ? '(?![\\p{L}\\d])' : '';
  return new RegExp(src + guard, caseSensitive ? 'yu' : 'yiu');
}

function table(entries: [string, UnitInfo, boolean?][]): UnitTable {
  const byFirst = new Map<string, UnitEntry[]>();
  for (const [pattern, info, cs] of entries) {
    const e: UnitEntry = { pattern, info, re: compile(pattern, !!cs), caseSensitive: !!cs };
    const firsts = cs ? [pattern[0]] : [...new Set([pattern[0].toLowerCase(), pattern[0].toUpperCase()])];
    for (const f of firsts) {
      const list = byFirst.get(f) ?? [];
      list.push(e);
      byFirst.set(f, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.pattern.length - a.pattern.length);
  return { byFirst };
}

/** The longest entry of `t` written at `pos`: its info and end offset. */
export function matchUnitAt(text: string, pos: number, t: UnitTable): { info: UnitInfo; end: number; pattern: string } | null {
  const list = t.byFirst.get(text[pos]);
  if (!list) return null;
  let best: { info: UnitInfo; end: number; pattern: string } | null = null;
  for (const e of list) {
    e.re.lastIndex = pos;
    const m = e.re.exec(text);
    if (m && (!best || pos + m[0].length > best.end)) best = { info: e.info, end: pos + m[0].length, pattern: e.pattern };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Money

const money = (name: string, iso: string | null, ledger = iso ?? 'XXX', factor = 1, extra: Partial<UnitInfo> = {}): UnitInfo =>
  ({ name, iso, ledger, factor, subtype: 'Currency', ...extra });

const DOLLAR = money('Dollar', null, 'USD');
const USD = money('United States dollar', 'USD');
const CAD = money('Canadian dollar', 'CAD');
const AUD = money('Australian dollar', 'AUD');
const HKD = money('Hong Kong dollar', 'HKD');
const NZD = money('New Zealand dollar', 'NZD');
const SGD = money('Singapore dollar', 'SGD');
const TWD = money('New Taiwan dollar', 'TWD');
const MXN = money('Mexican peso', 'MXN');
const POUND = money('Pound', null, 'GBP');
const GBP = money('British pound', 'GBP');
const EUR = money('Euro', 'EUR');
const JPY = money('Japanese yen', 'JPY');
const CNY = money('Chinese yuan', 'CNY');
const KRW = money('South Korean won', 'KRW');
const RUB = money('Russian ruble', 'RUB');
const INR = money('Indian rupee', 'INR');
const RUPEE = money('Rupee', null, 'INR');
const CHF = money('Swiss franc', 'CHF');
const FRANC = money('Franc', null, 'CHF');
const CENT = money('Cent', null, 'USD', 0.01);
const PENCE = money('Pence', null, 'GBP', 0.01);
const PENNY = money('Penny', null, 'GBP', 0.01);
const BTC = money('Bitcoin', null, 'BTC');

/** Written before the amount: "$", "US$", "c $", "€", "USD", "Rs". */
export const MONEY_BEFORE = table([
  ['$', DOLLAR], ['us~$', USD], ['u.s.~$', USD], ['u.s~$', USD], ['usd~$', USD], ['c~$', CAD], ['ca~$', CAD], ['cad~$', CAD],
  ['can~$', CAD], ['A~$', AUD, true], ['au~$', AUD], ['aud~$', AUD], ['hk~$', HKD], ['hkd~$', HKD], ['nz~$', NZD], ['nzd~$', NZD],
  ['S$', SGD, true], ['sgd~$', SGD], ['nt~$', TWD], ['mex~$', MXN], ['mxn~$', MXN], ['r~$', money('Brazilian real', 'BRL')],
  ['£', POUND], ['gbp~£', GBP], ['€', EUR], ['¥', JPY], ['₩', KRW], ['₽', RUB], ['₹', INR], ['₺', money('Turkish lira', 'TRY')],
  ['₴', money('Ukrainian hryvnia', 'UAH')], ['₪', money('Israeli new shekel', 'ILS')], ['₦', money('Nigerian naira', 'NGN')],
  ['₱', money('Philippine peso', 'PHP')], ['฿', money('Thai baht', 'THB')], ['₫', money('Vietnamese dong', 'VND')],
  ['₡', money('Costa Rican colón', 'CRC')], ['₾', money('Georgian lari', 'GEL')], ['₭', money('Lao kip', 'LAK')],
  ['₿', BTC], ['#', { ...POUND, weak: true }], ['rs.', RUPEE, true], ['Rs', RUPEE, true], ['sen', money('Sen', null, 'JPY', 0.01)],
  // ISO codes written before the amount: "USD 200", "USD115", "EUR 125"
  ['usd', USD], ['eur', EUR], ['gbp', GBP], ['jpy', JPY], ['cny', CNY], ['rmb', CNY], ['krw', KRW], ['rub', RUB],
  ['chf', CHF], ['cad', CAD], ['aud', AUD], ['hkd', HKD], ['inr', INR], ['nzd', NZD], ['sgd', SGD], ['mxn', MXN],
  ['sek', money('Swedish krona', 'SEK')], ['nok', money('Norwegian krone', 'NOK')], ['dkk', money('Danish krone', 'DKK')],
  ['pln', money('Polish złoty', 'PLN')], ['uah', money('Ukrainian hryvnia', 'UAH')], ['brl', money('Brazilian real', 'BRL')],
  ['zar', money('South African rand', 'ZAR')], ['maud', { ...AUD, mult: 1e6 }],
]);

/** ISO codes that a bare letter sequence before digits may be ("USD115"): all MONEY_BEFORE codes of three letters. */
export const ISO_PREFIX = /^(?:usd|eur|gbp|jpy|cny|rmb|krw|rub|chf|cad|aud|hkd|inr|nzd|sgd|mxn|sek|nok|dkk|pln|uah|brl|zar)$/i;

/** Written after the amount: "dollars", "US dollars", "yen", "euros", "francs", "won", "USD", "元". */
export const MONEY_AFTER = table([
  ['dollar', DOLLAR], ['dollars', DOLLAR], ['us dollar', USD], ['us dollars', USD], ['u.s. dollars', USD], ['u.s. dollar', USD],
  ['american dollars', USD], ['united states dollars', USD], ['canadian dollars', CAD], ['canadian dollar', CAD],
  ['australian dollars', AUD], ['australian dollar', AUD], ['hong kong dollars', HKD], ['new zealand dollars', NZD],
  ['singapore dollars', SGD], ['taiwan dollars', TWD], ['new taiwan dollars', TWD],
  ['euro', EUR], ['euros', EUR], ['yen', JPY], ['japanese yen', JPY], ['yuan', CNY], ['chinese yuan', CNY], ['renminbi', CNY],
  ['rmb', CNY], ['元', CNY], ['kuai', CNY],
  ['won', { ...KRW, weak: true }], ['south korean won', KRW], ['korean won', KRW], ['north korean won', money('North Korean won', 'KPW')],
  ['rubles', RUB], ['ruble', RUB], ['roubles', RUB], ['rouble', RUB], ['russian rubles', RUB],
  ['rupees', RUPEE], ['rupee', RUPEE], ['indian rupees', INR], ['pakistani rupees', money('Pakistani rupee', 'PKR')],
  ['sri lankan rupees', money('Sri Lankan rupee', 'LKR')], ['ரூ', money('Sri Lankan rupee', 'LKR')],
  ['pounds', { ...POUND, ambiguous: true }], ['pound', { ...POUND, ambiguous: true }], ['pounds sterling', GBP], ['sterling', GBP],
  ['british pounds', GBP], ['pence', PENCE], ['penny', PENNY], ['pennies', PENNY], ['p', { ...PENCE, weak: true }, true],
  ['cents', CENT], ['cent', CENT],
  ['francs', FRANC], ['franc', FRANC], ['swiss francs', CHF], ['swiss franc', CHF], ['french francs', money('French franc', 'FRF')],
  ['finnish markka', money('Finnish markka', 'FIM')], ['markka', money('Finnish markka', 'FIM')],
  ['pesetas', money('Peseta', null, 'ESP')], ['peseta', money('Peseta', null, 'ESP')],
  ['dutch guilders', money('Netherlands guilder', null, 'NLG')], ['guilders', money('Netherlands guilder', null, 'NLG')],
  ['lira', money('Turkish lira', 'TRY')], ['turkish lira', money('Turkish lira', 'TRY')], ['liras', money('Turkish lira', 'TRY')],
  ['pesos', money('Peso', null, 'MXN')], ['mexican pesos', MXN], ['philippine pesos', money('Philippine peso', 'PHP')],
  ['rand', money('South African rand', 'ZAR')], ['reais', money('Brazilian real', 'BRL')],
  ['hryvnia', money('Ukrainian hryvnia', 'UAH')], ['hryvnias', money('Ukrainian hryvnia', 'UAH')], ['hryvnas', money('Ukrainian hryvnia', 'UAH')],
  ['shekels', money('Israeli new shekel', 'ILS')], ['naira', money('Nigerian naira', 'NGN')], ['baht', money('Thai baht', 'THB')],
  ['ringgit', money('Malaysian ringgit', 'MYR')], ['rupiah', money('Indonesian rupiah', 'IDR')], ['dirhams', money('Dirham', null, 'AED')],
  ['riyals', money('Saudi riyal', 'SAR')], ['dinars', money('Dinar', null, 'XXX')], ['kronor', money('Swedish krona', 'SEK')],
  ['kroner', money('Krone', null, 'NOK')], ['zloty', money('Polish złoty', 'PLN')], ['zlotys', money('Polish złoty', 'PLN')],
  ['bitcoins', BTC], ['bitcoin', BTC], ['btc', BTC], ['satoshis', money('Satoshi', null, 'BTC', 1e-8)], ['satoshi', money('Satoshi', null, 'BTC', 1e-8)],
  ['usd', USD], ['eur', EUR], ['gbp', GBP], ['jpy', JPY], ['cny', CNY], ['krw', KRW], ['rub', RUB], ['chf', CHF], ['cad', CAD],
  ['aud', AUD], ['hkd', HKD], ['inr', INR], ['nzd', NZD], ['sgd', SGD], ['mxn', MXN], ['uah', money('Ukrainian hryvnia', 'UAH')],
  ['musd', { ...USD, mult: 1e6 }], ['meur', { ...EUR, mult: 1e6 }], ['mgbp', { ...GBP, mult: 1e6 }],
  ['$', DOLLAR], ['€', EUR], ['₡', money('Costa Rican colón', 'CRC')], ['₾', money('Georgian lari', 'GEL')], ['₭', money('Lao kip', 'LAK')],
]);

/** Currency names that the Recognizers-Text currency model reports even without an amount. */
export const MONEY_ALONE = table([
  ['dollar', DOLLAR], ['dollars', DOLLAR], ['rmb', CNY],
]);

// ---------------------------------------------------------------------------------------------
// Measures

const dim = (name: string, subtype: string, ledger: string, extra: Partial<UnitInfo> = {}): UnitInfo =>
  ({ name, iso: null, ledger, factor: 1, subtype, ...extra });

const KM = dim('Kilometer', 'Length', 'km');
const M = dim('Meter', 'Length', 'm');
const CM = dim('Centimeter', 'Length', 'cm');
const MM = dim('Millimeter', 'Length', 'mm');
const MI = dim('Mile', 'Length', 'mi');
const FT = dim('Foot', 'Length', 'ft');
const IN = dim('Inch', 'Length', 'in');
const YD = dim('Yard', 'Length', 'yd');
const KG = dim('Kilogram', 'Weight', 'kg');
const G = dim('Gram', 'Weight', 'g');
const MG = dim('Milligram', 'Weight', 'mg');
const UG = dim('Microgram', 'Weight', 'µg');
const LB = dim('Pound', 'Weight', 'lb');
const OZ = dim('Ounce', 'Weight', 'oz');
const TON = dim('Ton', 'Weight', 't');
const MT = dim('Metric ton', 'Weight', 't');
const GAL = dim('Gallon', 'Weight', 'gal');
const L = dim('Liter', 'Volume', 'l');
const ML = dim('Milliliter', 'Volume', 'ml');
const BBL = dim('Barrel', 'Volume', 'bbl');
const KMH = dim('Kilometer per hour', 'Speed', 'km/h');
const MPH = dim('Mile per hour', 'Speed', 'mph');

/** Units of measure written after the amount. Case-sensitive entries carry `true`. */
export const MEASURE_AFTER = table([
  ['kilometers', KM], ['kilometer', KM], ['kilometres', KM], ['kilometre', KM], ['km', KM], ['kms', KM],
  ['meters', M], ['meter', M], ['metres', M], ['metre', M], ['m', M, true],
  ['centimeters', CM], ['centimetres', CM], ['centimeter', CM], ['cm', CM],
  ['millimeters', MM], ['millimetres', MM], ['millimeter', MM], ['mm', MM, true],
  ['decimeters', dim('Decimeter', 'Length', 'dm')], ['dm', dim('Decimeter', 'Length', 'dm'), true],
  ['picometer', dim('Picometer', 'Length', 'pm')], ['picometers', dim('Picometer', 'Length', 'pm')],
  ['miles', MI], ['mile', MI], ['feet', FT], ['foot', FT], ['ft', FT], ['inches', IN], ['inch', IN], ['"', IN], ['yards', YD], ['yard', YD],
  ['nautical miles', dim('Nautical mile', 'Length', 'nmi')], ['light years', dim('Light year', 'Length', 'ly')], ['light-years', dim('Light year', 'Length', 'ly')],
  ['kilograms', KG], ['kilogram', KG], ['kilogrammes', KG], ['kg', KG], ['kgs', KG], ['kilos', KG], ['kilo', KG],
  ['grams', G], ['gram', G], ['grammes', G], ['gramme', G], ['g', G, true], ['milligrams', MG], ['milligram', MG], ['mg', MG],
  ['micrograms', UG], ['microgram', UG], ['microgrammes', UG], ['μg', UG], ['µg', UG], ['mcg', UG],
  ['pounds', { ...LB, ambiguous: true }], ['pound', { ...LB, ambiguous: true }], ['lbs', LB], ['lb', LB], ['ounces', OZ], ['ounce', OZ], ['oz', OZ],
  ['tons', TON], ['ton', TON], ['tonnes', TON], ['tonne', TON], ['t', TON, true], ['metric tons', MT], ['metric ton', MT], ['metric tonnes', MT],
  ['drachma', dim('Dram', 'Weight', 'dr')], ['drams', dim('Dram', 'Weight', 'dr')],
  ['gallons', GAL], ['gallon', GAL], ['liters', L], ['litres', L], ['liter', L], ['litre', L], ['l', L, true],
  ['milliliters', ML], ['millilitres', ML], ['milliliter', ML], ['ml', ML], ['barrels', BBL], ['barrel', BBL], ['bbl', BBL],
  ['cubic feet', dim('Cubic foot', 'Volume', 'ft³')], ['cubic foot', dim('Cubic foot', 'Volume', 'ft³')],
  ['cubic meters', dim('Cubic meter', 'Volume', 'm³')], ['cubic metres', dim('Cubic meter', 'Volume', 'm³')],
  ['tablespoons', dim('Tablespoon', 'Volume', 'tbsp')], ['tablespoon', dim('Tablespoon', 'Volume', 'tbsp')],
  ['teaspoons', dim('Teaspoon', 'Volume', 'tsp')], ['teaspoon', dim('Teaspoon', 'Volume', 'tsp')], ['cups', dim('Cup', 'Volume', 'cup')], ['cup', dim('Cup', 'Volume', 'cup')],
  ['square meters', dim('Square meter', 'Area', 'm²')], ['square metres', dim('Square meter', 'Area', 'm²')], ['m2', dim('Square meter', 'Area', 'm²')],
  ['square kilometers', dim('Square kilometer', 'Area', 'km²')], ['square kilometres', dim('Square kilometer', 'Area', 'km²')], ['km2', dim('Square kilometer', 'Area', 'km²')],
  ['square miles', dim('Square mile', 'Area', 'mi²')], ['square feet', dim('Square foot', 'Area', 'ft²')], ['sq ft', dim('Square foot', 'Area', 'ft²')],
  ['acres', dim('Acre', 'Area', 'acre')], ['acre', dim('Acre', 'Area', 'acre')], ['hectares', dim('Hectare', 'Area', 'ha')], ['hectare', dim('Hectare', 'Area', 'ha')],
  ['kilometers per hour', KMH], ['kilometres per hour', KMH], ['km/h', KMH], ['km/hr', KMH], ['kph', KMH], ['kmph', KMH],
  ['miles an hour', MPH], ['miles per hour', MPH], ['mph', MPH],
  ['meters per second', dim('Meter per second', 'Speed', 'm/s')], ['m/s', dim('Meter per second', 'Speed', 'm/s')],
  ['knots', dim('Knot', 'Speed', 'kn')],
  ['bit', dim('Bit', 'Information', 'bit')], ['bits', dim('Bit', 'Information', 'bit')], ['bytes', dim('Byte', 'Information', 'B')],
  ['MB', dim('Megabyte', 'Information', 'MB'), true], ['mb', dim('Megabit', 'Information', 'Mb'), true], ['GB', dim('Gigabyte', 'Information', 'GB'), true],
  ['gb', dim('Gigabit', 'Information', 'Gb'), true], ['KB', dim('Kilobyte', 'Information', 'kB'), true], ['TB', dim('Terabyte', 'Information', 'TB'), true],
  ['megabytes', dim('Megabyte', 'Information', 'MB')], ['gigabytes', dim('Gigabyte', 'Information', 'GB')],
  ['turns', dim('Turn', 'Angle', 'turn')], ['turn', dim('Turn', 'Angle', 'turn')], ['radians', dim('Radian', 'Angle', 'rad')], ['rad', dim('Radian', 'Angle', 'rad')],
  ['megawatts', dim('Megawatt', 'Power', 'MW')], ['MW', dim('Megawatt', 'Power', 'MW'), true], ['gigawatts', dim('Gigawatt', 'Power', 'GW')], ['GW', dim('Gigawatt', 'Power', 'GW'), true],
  ['kilowatts', dim('Kilowatt', 'Power', 'kW')], ['kW', dim('Kilowatt', 'Power', 'kW'), true],
]);

/** Units the Recognizers-Text dimension model reports without an amount (unambiguous names only). */
export const MEASURE_ALONE = table([
  ['metric ton', MT], ['metric tons', MT], ['gramme', G], ['grammes', G], ['mcg', UG], ['microgram', UG], ['kilometers', KM],
]);
