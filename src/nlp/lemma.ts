/**
 * A small English lemmatiser for nouns: the singular of a plural ("troops" → "troop", "casualties"
 * → "casualty", "women" → "woman", "analyses" → "analysis"). Words that are not plural, mass nouns and
 * plural-only nouns come back as given (lower-cased).
 *
 *   nounLemma("Soldiers") → "soldier"
 */
import { wordTable } from './lexicon/table.js';

const IRREGULAR: Record<string, string> = wordTable({
  men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', geese: 'goose', mice: 'mouse',
  lice: 'louse', oxen: 'ox', dice: 'die', criteria: 'criterion', phenomena: 'phenomenon', data: 'data', media: 'media',
  indices: 'index', matrices: 'matrix', vertices: 'vertex', appendices: 'appendix', theses: 'thesis', crises: 'crisis',
  analyses: 'analysis', bases: 'base', diagnoses: 'diagnosis', hypotheses: 'hypothesis', oases: 'oasis',
  parentheses: 'parenthesis', syntheses: 'synthesis', emphases: 'emphasis', axes: 'axis', cacti: 'cactus',
  fungi: 'fungus', nuclei: 'nucleus', radii: 'radius', stimuli: 'stimulus', alumni: 'alumnus', curricula: 'curriculum',
  memoranda: 'memorandum', strata: 'stratum', bacteria: 'bacterium', quizzes: 'quiz', people: 'people',
  lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', halves: 'half', selves: 'self', shelves: 'shelf',
  thieves: 'thief', wolves: 'wolf', loaves: 'loaf', calves: 'calf', elves: 'elf', scarves: 'scarf', hooves: 'hoof',
  wharves: 'wharf', dwarves: 'dwarf', sheaves: 'sheaf', moves: 'move', gloves: 'glove', grooves: 'groove', archives: 'archive',
  objectives: 'objective', representatives: 'representative', detectives: 'detective', relatives: 'relative',
  executives: 'executive', initiatives: 'initiative', alternatives: 'alternative', incentives: 'incentive',
  natives: 'native', narratives: 'narrative', explosives: 'explosive', perspectives: 'perspective', olives: 'olive',
  drives: 'drive', valves: 'valve', curves: 'curve', nerves: 'nerve', reserves: 'reserve', serves: 'serve',
  heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato', echoes: 'echo', vetoes: 'veto', torpedoes: 'torpedo',
  embargoes: 'embargo', volcanoes: 'volcano', mosquitoes: 'mosquito', cargoes: 'cargo', tornadoes: 'tornado',
  dominoes: 'domino', buses: 'bus', gases: 'gas', lenses: 'lens', canvases: 'canvas', atlases: 'atlas', aliases: 'alias',
  statuses: 'status', viruses: 'virus', bonuses: 'bonus', campuses: 'campus', censuses: 'census', consensuses: 'consensus',
  surpluses: 'surplus', apparatuses: 'apparatus', corpuses: 'corpus', focuses: 'focus', geniuses: 'genius',
  octopuses: 'octopus', prospectuses: 'prospectus', syllabuses: 'syllabus', walruses: 'walrus', choruses: 'chorus',
  businesses: 'business', addresses: 'address', processes: 'process', witnesses: 'witness', losses: 'loss',
  houses: 'house', horses: 'horse', courses: 'course', nurses: 'nurse', purposes: 'purpose', responses: 'response',
  expenses: 'expense', licenses: 'license', licences: 'licence', defenses: 'defense', defences: 'defence',
  offenses: 'offense', offences: 'offence', senses: 'sense', cases: 'case', phases: 'phase', purchases: 'purchase',
  databases: 'database', releases: 'release', increases: 'increase', decreases: 'decrease', diseases: 'disease',
  causes: 'cause', clauses: 'clause', pauses: 'pause', uses: 'use', excuses: 'excuse', abuses: 'abuse', muses: 'muse',
  ounces: 'ounce', pieces: 'piece', prices: 'price', devices: 'device', services: 'service', offices: 'office',
  sources: 'source', forces: 'force', resources: 'resource', places: 'place', faces: 'face', races: 'race',
  types: 'type', lines: 'line', sites: 'site', votes: 'vote', rates: 'rate', states: 'state', dates: 'date',
  species: 'species', series: 'series', means: 'means', news: 'news', headquarters: 'headquarters', aircraft: 'aircraft',
  sheep: 'sheep', deer: 'deer', fish: 'fish', police: 'police', personnel: 'personnel', cattle: 'cattle', clothes: 'clothes',
  arms: 'arms', troops: 'troop', sales: 'sale', earnings: 'earnings', savings: 'savings', goods: 'goods', thanks: 'thanks',
  premises: 'premises', congress: 'congress', glasses: 'glasses', scissors: 'scissors', pants: 'pants', odds: 'odds',
  crossroads: 'crossroads', barracks: 'barracks', bus: 'bus', gas: 'gas', status: 'status', virus: 'virus', bonus: 'bonus',
  lens: 'lens', analysis: 'analysis', crisis: 'crisis', thesis: 'thesis', basis: 'basis', axis: 'axis', kudos: 'kudos',
  physics: 'physics', staff: 'staff', crew: 'crew', livestock: 'livestock', infantry: 'infantry', militia: 'militia', economics: 'economics', politics: 'politics', mathematics: 'mathematics', ethics: 'ethics', tactics: 'tactic',
  statistics: 'statistic', logistics: 'logistics', athletics: 'athletics', electronics: 'electronics',
});

const NOT_PLURAL_ENDINGS = /(?:ss|us|is|ous|ics)$/;

/** The lemma of an English noun (lower case): plurals to their singular, anything else as is. */
export function nounLemma(word: string): string {
  const w = word.toLowerCase();
  const irr = IRREGULAR[w];
  if (irr !== undefined) return irr;
  if (w.length <= 3 || !w.endsWith('s') || NOT_PLURAL_ENDINGS.test(w) || w.endsWith("'s") || w.endsWith('’s')) {
    return w;
  }
  // casualties → casualty (but not "days", "keys")
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  // boxes, churches, wishes, buzzes, taxes
  if (/(?:x|ch|sh|zz|ss)es$/.test(w)) return w.slice(0, -2);
  // heroes handled above; -oes generally → -o (potatoes) only for listed words; "shoes" → "shoe"
  // knives/wives handled above; generic -ves → -f is unsafe ("moves"), so left to the list
  return w.slice(0, -1);
}

/** Does the word look like a plural noun (ends in -s, is an irregular plural, or a plural-only noun)? */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  const irr = IRREGULAR[w];
  if (irr !== undefined) return irr !== w || PLURAL_ONLY.has(w);
  return w.length > 3 && w.endsWith('s') && !NOT_PLURAL_ENDINGS.test(w);
}

const PLURAL_ONLY = new Set(['people', 'police', 'personnel', 'cattle', 'aircraft', 'sheep', 'deer', 'fish', 'species', 'series',
  'headquarters', 'clothes', 'arms', 'staff', 'crew', 'livestock', 'infantry', 'militia', 'earnings', 'savings', 'goods', 'premises', 'barracks', 'data', 'media']);
