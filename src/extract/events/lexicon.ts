/**
 * Event triggers by PLOVER 2.0 event type (with a mode where the trigger says it). A trigger is a
 * word stem with its irregular forms, or a short phrase whose words may be a few tokens apart
 * ("summoned North Korea's ambassador").
 */

export interface TriggerEntry {
  type: string;
  mode: string | null;
  /** Lower-case stems: "attack" matches attack, attacks, attacked, attacking. */
  stems?: readonly string[];
  /** Irregular or exact lower-case forms. */
  forms?: readonly string[];
  /** Phrases: each word a stem; words may be up to `gap` tokens apart. */
  phrases?: ReadonlyArray<readonly string[]>;
  gap?: number;
  /** The subject of the trigger's clause undergoes it, the speaker before does it ("X warned that these troops would be legitimate targets"). */
  subjectIsTarget?: boolean;
}

const GIVE_VERBS = ['send', 'sent', 'sending', 'supply', 'supplied', 'supplying', 'provide', 'provided', 'providing',
  'deliver', 'delivered', 'delivering', 'ship', 'shipped', 'shipping', 'transfer', 'transferred', 'transferring'];
const MILITARY_GOODS = ['troops', 'soldiers', 'forces', 'weapons', 'arms', 'ammunition', 'shells', 'missiles', 'drones',
  'tanks', 'artillery', 'munitions'];
const GIVEN = ['sent', 'supplied', 'delivered', 'shipped', 'transferred'];

/** Every two-word phrase of a word from `a` then a word from `b`. */
function cross(a: readonly string[], b: readonly string[]): string[][] {
  return a.flatMap((x) => b.map((y) => [x, y]));
}

export const TRIGGERS: readonly TriggerEntry[] = [
  { type: 'ASSAULT', mode: null, stems: ['attack', 'bomb', 'invade', 'raid', 'airstrike', 'kill', 'assassinat', 'massacre', 'ambush', 'assault'], forms: ['struck', 'strikes', 'shot', 'shelled', 'shelling'], phrases: [['fired', 'on']] },
  { type: 'MOBILIZE', mode: 'troops', stems: ['deploy', 'mobiliz', 'mobilis', 'station'], forms: ['deployment', 'deployments'] },
  // military aid: a verb of giving before what is given ("sent troops", "supplying Russia with weapons") …
  { type: 'AID', mode: 'military', phrases: cross(GIVE_VERBS, MILITARY_GOODS), gap: 4 },
  // … or after it, in the passive ("soldiers have been sent to", "weapons delivered to")
  { type: 'AID', mode: 'military', phrases: cross(MILITARY_GOODS, GIVEN), gap: 3 },
  { type: 'AID', mode: 'economic', stems: ['loan', 'grant', 'donat'], phrases: [['pledg', 'billion'], ['pledg', 'million'], ['pledg', 'loans'], ['financial', 'aid']], gap: 4 },
  { type: 'AID', mode: 'humanitarian', phrases: [['humanitarian', 'aid'], ['relief', 'supplies']] },
  { type: 'AID', mode: null, stems: ['aid'], forms: ['assistance'] },
  { type: 'THREATEN', mode: 'violence', phrases: [['legitimate', 'targets'], ['legitimate', 'military', 'targets']], subjectIsTarget: true },
  { type: 'THREATEN', mode: null, stems: ['threaten'], forms: ['threat', 'threats', 'ultimatum'] },
  { type: 'ACCUSE', mode: 'disapprove', stems: ['condemn', 'criticiz', 'criticis', 'denounc', 'blam', 'rebuk'], phrases: [['summon', 'ambassador'], ['summon', 'envoy']], gap: 4 },
  { type: 'ACCUSE', mode: 'allege', stems: ['accus', 'accusation'], forms: ['alleged', 'allegations'] },
  { type: 'ACCUSE', mode: 'investigate', stems: ['investigat', 'probe'] },
  { type: 'REQUEST', mode: 'yield', stems: ['surrender'] },
  { type: 'REQUEST', mode: null, stems: ['urg', 'appeal', 'demand'], phrases: [['call', 'on'], ['called', 'on'], ['calls', 'on'], ['calling', 'on']], gap: 0 },
  { type: 'AGREE', mode: null, stems: ['agreement', 'treaty', 'pact', 'ceasefire', 'truce', 'deal'], forms: ['agreed', 'agrees', 'signed', 'accord', 'accords'] },
  { type: 'CONSULT', mode: null, stems: ['meet', 'talks', 'consult', 'negotiat', 'summit', 'visit'], forms: ['met', 'delegation', 'brief', 'briefed'] },
  { type: 'SANCTION', mode: null, stems: ['sanction', 'embargo', 'expel', 'boycott'], phrases: [['freeze', 'assets'], ['froze', 'assets']], gap: 2 },
  { type: 'COOPERATE', mode: null, stems: ['cooperat', 'alliance', 'partnership'], forms: ['allied'] },
  { type: 'SUPPORT', mode: null, stems: ['prais', 'endors', 'welcom'], forms: ['support', 'supported', 'supports', 'backed'] },
  { type: 'REJECT', mode: null, stems: ['reject', 'refus', 'veto'] },
  { type: 'PROTEST', mode: null, stems: ['protest', 'demonstrat', 'rall'] },
  { type: 'RETREAT', mode: null, stems: ['withdr', 'retreat', 'evacuat'] },
  { type: 'COERCE', mode: null, stems: ['arrest', 'detain', 'seiz', 'deport', 'ban', 'blockad'], forms: ['jailed', 'imprisoned'] },
  // Releasing people, not products, statements or figures ("released two hostages", not "will release a laptop").
  { type: 'CONCEDE', mode: null, stems: ['concede', 'concession', 'apologi'],
    phrases: cross(['releas', 'free', 'freed'], ['prisoner', 'hostage', 'detainee', 'captive', 'soldier', 'journalist', 'activist']), gap: 4 },
];

/**
 * What one meets that is no party: "meet the demands", "to meet customer demand", "met its targets" are
 * no meetings.
 */
export const MET_GOALS = new Set(['demand', 'demands', 'requirement', 'requirements', 'need', 'needs', 'deadline', 'deadlines',
  'target', 'targets', 'goal', 'goals', 'standard', 'standards', 'criteria', 'expectations', 'obligations', 'condition',
  'conditions', 'cost', 'costs', 'payments', 'quota', 'threshold', 'challenge', 'challenges', 'end', 'ends', 'fate']);

/**
 * Verbs that take an event noun and give it their subject as its actor: "Germany made demands", "Air
 * China signed a deal", "the EU imposed sanctions", "South Korea is sending a delegation".
 */
export const LIGHT_VERBS: readonly string[] = ['mak', 'made', 'sign', 'impos', 'launch', 'issu', 'reach', 'hold', 'held', 'giv', 'gave',
  'offer', 'provid', 'express', 'announc', 'extend', 'strik', 'struck', 'seal', 'conclud', 'lodg', 'mount', 'stag', 'carr',
  'pledg', 'broker', 'voic', 'conduct', 'renew', 'unveil', 'send', 'sent', 'lift', 'eas', 'begin', 'began', 'start', 'resum', 'open', 'enter', 'tighten', 'level', 'leveled', 'levelled', 'step'];

/**
 * Nouns for those who act for a state, by kind: a nationality before one ("North Korean soldiers") lets a
 * later "these troops" or "the forces" stand for that state.
 */
export const STATE_AGENTS: ReadonlyMap<string, string> = new Map([
  ...['troops', 'soldiers', 'forces', 'fighters', 'servicemen', 'personnel', 'units', 'battalions', 'brigades'].map((w) => [w, 'military'] as [string, string]),
  ...['officials', 'authorities', 'diplomats', 'government'].map((w) => [w, 'officials'] as [string, string]),
  ...['warplanes', 'jets', 'warships', 'submarines'].map((w) => [w, 'craft'] as [string, string]),
]);

/** Endings a stem may take: attack+s, attack+ed, bomb+ing, urg+e, urg+ed, accus+ation … */
const ENDINGS = /^(?:|s|es|ed|d|ing|e|ation|ations|ment|ments|er|ers|ion|ions|y|ies)$/;

export function matchesStem(word: string, stem: string): boolean {
  return word.startsWith(stem) && ENDINGS.test(word.slice(stem.length));
}

/** Entries by the first three letters of their stems, forms and phrases' first words: a token is tried only against these. */
export const TRIGGERS_BY_PREFIX: ReadonlyMap<string, readonly TriggerEntry[]> = (() => {
  const index = new Map<string, TriggerEntry[]>();
  for (const entry of TRIGGERS) {
    const heads = [...(entry.stems ?? []), ...(entry.forms ?? []), ...(entry.phrases ?? []).map((p) => p[0])];
    for (const h of new Set(heads.map((x) => x.slice(0, 3)))) {
      const list = index.get(h) ?? [];
      if (!list.includes(entry)) list.push(entry);
      index.set(h, list);
    }
  }
  // Keep the lexicon's order: earlier entries win.
  for (const list of index.values()) list.sort((a, b) => TRIGGERS.indexOf(a) - TRIGGERS.indexOf(b));
  return index;
})();
