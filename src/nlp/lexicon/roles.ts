/**
 * Words that make a role: the head nouns of titles and job descriptions ("spokeswoman", "President",
 * "lawmaker") and the lower-case words that may stand before them inside a title ("foreign minister",
 * "deputy prime minister", "opposition leader").
 */

/** Head nouns of roles, lower case (singular; plurals are read by stripping -s). */
export const ROLE_NOUNS = new Set([
  'president', 'vice-president', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'ambassador', 'envoy', 'diplomat', 'consul',
  'leader', 'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'deputy',
  'chairman', 'chairwoman', 'chair', 'chief', 'head', 'director', 'director-general', 'commissioner', 'commander',
  'general', 'admiral', 'colonel', 'officer', 'official', 'adviser', 'advisor', 'aide', 'analyst', 'expert', 'economist',
  'strategist', 'researcher', 'professor', 'scientist', 'lawyer', 'attorney', 'judge', 'prosecutor', 'king', 'queen',
  'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'cleric', 'president-elect',
  'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'executive', 'manager', 'owner', 'editor', 'correspondent', 'reporter',
  'journalist', 'columnist', 'author', 'writer', 'candidate', 'nominee', 'mp', 'mep', 'councillor', 'councilor', 'speaker',
  'coach', 'captain', 'striker', 'goalkeeper', 'player', 'champion', 'activist', 'campaigner', 'negotiator', 'mediator',
  'inspector', 'investigator', 'auditor', 'treasurer', 'president-designate', 'dictator', 'monarch', 'ruler', 'sheikh',
  'emir', 'sultan', 'ayatollah', 'foreign', 'partner', 'member', 'trader', 'banker', 'dealer', 'broker',
  'defenseman', 'defenceman', 'quarterback', 'pitcher', 'midfielder', 'winger', 'goaltender', 'linebacker', 'insider',
]);

/** Title heads that are capitalised before a name ("President", "Secretary", "Gen."). */
/** Titles written short and in full ("Gov." → governor), lower case, without the full stop. */
export const TITLES_IN_FULL: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'],
  ['maj', 'major'], ['capt', 'captain'], ['cmdr', 'commander'], ['adm', 'admiral'], ['sgt', 'sergeant'], ['prof', 'professor'],
  ['pres', 'president'], ['supt', 'superintendent'], ['det', 'detective'], ['insp', 'inspector'], ['dr', 'doctor'], ['rev', 'reverend'],
]);
export const TITLE_ABBREVIATIONS = new Set([...[...TITLES_IN_FULL.keys()].map((t) => t + '.'), 'mr.', 'mrs.', 'ms.']);

/**
 * Titles written in full and capitalised right before a person's name ("President Trump", "Governor
 * Beshear", "Chancellor Merkel", "Speaker Pelosi"), lower case. Not "General" or "Captain", which begin
 * names of businesses and characters ("General Motors", "Captain America").
 */
export const NAME_TITLES = new Set([
  'president', 'vice-president', 'president-elect', 'governor', 'senator', 'congressman', 'congresswoman', 'chancellor',
  'premier', 'minister', 'ambassador', 'mayor', 'judge', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir',
  'sultan', 'ayatollah', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'professor', 'commissioner', 'speaker',
  'chairman', 'chairwoman', 'secretary', 'representative', 'sergeant', 'lieutenant', 'colonel', 'admiral', 'detective',
  'councillor', 'councilman', 'councilwoman', 'coach', 'justice',
]);

/** Honorifics that are not roles ("Mr. Smith"). */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'madam', 'lord', 'lady']);

/** Lower-case words that may stand inside a title before its head. */
export const ROLE_MODIFIERS = new Set([
  'foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'economic', 'trade', 'justice', 'health', 'education',
  'energy', 'environment', 'agriculture', 'transport', 'labour', 'labor', 'culture', 'deputy', 'vice', 'prime', 'former',
  'acting', 'senior', 'chief', 'top', 'state', 'opposition', 'military', 'intelligence', 'security', 'army', 'navy',
  'party', 'national', 'executive', 'general', 'assistant', 'associate', 'junior', 'then', 'outgoing', 'incoming',
  'interim', 'first', 'second', 'parliamentary', 'presidential', 'government', 'ministry', 'department', 'police',
  'central', 'bank', 'managing', 'union', 'rebel', 'separatist', 'regional', 'local', 'federal', 'provincial', 'city',
  'white', 'house', 'communications', 'press', 'information', 'treasury', 'homeland', 'legal', 'political', 'de', 'facto',
  'supreme', 'high', 'special', 'spiritual', 'religious', 'team', 'club', 'company', 'group', 'campaign', 'affairs', 'public', 'policy',
  'research', 'market', 'oil', 'investment', 'commerce', 'industry', 'world', 'war', 'nuclear', 'operating',
  'financial', 'technology', 'technical', 'marketing', 'sales', 'creative', 'commercial', 'medical', 'scientific',
]);

/** Whether a lower-cased word is a role head noun (plurals too). */
export function isRoleNoun(lower: string): boolean {
  if (ROLE_NOUNS.has(lower)) return true;
  if (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1))) return true;
  return false;
}
