/**
 * Event triggers by PLOVER 2.0 event type (with a mode where the trigger says it). A trigger is a
 * lemma with its inflections, an exact form, or a short phrase whose words may be a few tokens apart
 * ("summoned North Korea's ambassador"). A lemma matches only its own inflections, never a longer
 * word that merely starts with it: "aid" is not "aide", "deal" not "dealer", "ban" not "band".
 */

export interface TriggerEntry {
  type: string;
  mode: string | null;
  /** Lemmas, inflected by inflects(): "attack" matches attack, attacks, attacked, attacking; "urge" urged; "ban" banned. */
  stems?: readonly string[];
  /** Irregular or derived lower-case forms, matched exactly ("invasion", "met", "deployment"). */
  forms?: readonly string[];
  /** Phrases: each word a lemma or an exact form; words may be up to `gap` tokens apart. */
  phrases?: ReadonlyArray<readonly string[]>;
  gap?: number;
  /** The subject of the trigger's clause undergoes it, the speaker before does it ("X warned that these troops would be legitimate targets"). */
  subjectIsTarget?: boolean;
  /** Only as a noun: "a $5 million grant", not "granted him an extension". */
  nounOnly?: boolean;
  /** Particles after the trigger that make it another verb: "seizing on recent comments" takes nobody. */
  notBefore?: readonly string[];
}

const GIVE_VERBS = ['send', 'sent', 'supply', 'supplied', 'provide', 'deliver', 'ship', 'transfer'];
const MILITARY_GOODS = ['troops', 'soldiers', 'forces', 'weapons', 'arms', 'ammunition', 'shells', 'missiles', 'drones',
  'tanks', 'artillery', 'munitions'];
const GIVEN = ['sent', 'supplied', 'delivered', 'shipped', 'transferred'];

/** Every two-word phrase of a word from `a` then a word from `b`. */
function cross(a: readonly string[], b: readonly string[]): string[][] {
  return a.flatMap((x) => b.map((y) => [x, y]));
}

export const TRIGGERS: readonly TriggerEntry[] = [
  { type: 'ASSAULT', mode: null, stems: ['attack', 'bomb', 'invade', 'raid', 'airstrike', 'kill', 'assassinate', 'massacre', 'ambush', 'assault'],
    forms: ['struck', 'strikes', 'shot', 'shelled', 'shelling', 'invasion', 'invasions', 'assassination', 'assassinations'], phrases: [['fired', 'on']] },
  // weapons launched or fired ("launched missiles at Kyiv", "fired rockets into Israel")
  { type: 'ASSAULT', mode: null, phrases: cross(['launch', 'fire'], ['missile', 'missiles', 'rockets', 'drones', 'shells', 'airstrikes', 'artillery']), gap: 3 },
  { type: 'MOBILIZE', mode: 'troops', stems: ['deploy', 'mobilize', 'mobilise'],
    forms: ['deployment', 'deployments', 'stationed', 'stationing', 'mobilization', 'mobilisation'] },
  // military aid: a verb of giving before what is given ("sent troops", "supplying Russia with weapons") …
  { type: 'AID', mode: 'military', phrases: cross(GIVE_VERBS, MILITARY_GOODS), gap: 4 },
  // … or after it, in the passive ("soldiers have been sent to", "weapons delivered to")
  { type: 'AID', mode: 'military', phrases: cross(MILITARY_GOODS, GIVEN), gap: 3 },
  // … or named as such ("a $1 billion military aid package", "security assistance")
  { type: 'AID', mode: 'military', phrases: [['military', 'aid'], ['military', 'assistance'], ['security', 'assistance']], gap: 0 },
  { type: 'AID', mode: 'economic', stems: ['loan', 'donate'], forms: ['donation', 'donations'],
    phrases: [['pledge', 'billion'], ['pledge', 'million'], ['pledge', 'loans'], ['financial', 'aid'], ['financial', 'support'], ['economic', 'aid']], gap: 4 },
  { type: 'AID', mode: 'economic', forms: ['grant', 'grants'], nounOnly: true },
  { type: 'AID', mode: 'humanitarian', phrases: [['humanitarian', 'aid'], ['relief', 'supplies']] },
  { type: 'AID', mode: null, stems: ['aid'], forms: ['assistance'] },
  { type: 'THREATEN', mode: 'violence', phrases: [['legitimate', 'targets'], ['legitimate', 'military', 'targets']], subjectIsTarget: true },
  { type: 'THREATEN', mode: null, stems: ['threaten'], forms: ['threat', 'threats', 'ultimatum', 'ultimatums'] },
  { type: 'ACCUSE', mode: 'disapprove', stems: ['condemn', 'criticize', 'criticise', 'denounce', 'blame', 'rebuke'], forms: ['condemnation', 'condemnations'],
    phrases: [['summon', 'ambassador'], ['summon', 'envoy'], ['recall', 'ambassador'], ['recall', 'envoy']], gap: 4 },
  { type: 'ACCUSE', mode: 'allege', stems: ['accuse', 'accusation'], forms: ['alleged', 'allegations'] },
  // a formal charge: "charged Assange with espionage" (not "charged $5", "charged into the crowd"), an indictment
  { type: 'ACCUSE', mode: 'allege', stems: ['indict'], forms: ['indictment', 'indictments'], phrases: [['charge', 'with']], gap: 4 },
  { type: 'ACCUSE', mode: 'investigate', stems: ['investigate', 'probe'], forms: ['investigation', 'investigations'] },
  { type: 'REQUEST', mode: 'yield', stems: ['surrender'] },
  // "appeal" alone is a court's or a candidate's ("the appeals court", "his appeal to voters"); "appealed for calm" asks.
  { type: 'REQUEST', mode: null, stems: ['urge', 'demand'], phrases: [['call', 'on'], ['call', 'for'], ['appeal', 'for'], ['ask', 'for']], gap: 0 },
  // "deal" the noun: "dealing with", "dealers" and "dealt a blow" are no agreements.
  { type: 'AGREE', mode: null, stems: ['agreement', 'treaty', 'pact', 'ceasefire', 'truce'], forms: ['agreed', 'agrees', 'accord', 'accords'] },
  // signing an agreement, not "signed the legislation" or "signed false certifications"
  { type: 'AGREE', mode: null, phrases: cross(['sign'], ['agreement', 'agreements', 'deal', 'deals', 'contract', 'contracts', 'treaty', 'treaties', 'pact',
    'accord', 'accords', 'memorandum', 'ceasefire', 'truce', 'declaration', 'protocol', 'charter']), gap: 4 },
  { type: 'AGREE', mode: null, forms: ['deal', 'deals'], nounOnly: true },
  { type: 'CONSULT', mode: null, stems: ['meet', 'consult', 'negotiate', 'summit', 'visit'],
    forms: ['talks', 'meetings', 'consultation', 'consultations', 'negotiation', 'negotiations', 'met', 'delegation', 'delegations', 'briefed'] },
  { type: 'SANCTION', mode: null, stems: ['sanction', 'embargo', 'expel', 'boycott'], phrases: [['freeze', 'assets'], ['froze', 'assets'], ['impose', 'tariffs'], ['impose', 'tariff']], gap: 2 },
  { type: 'COOPERATE', mode: null, stems: ['cooperate', 'alliance', 'partnership'], forms: ['cooperation', 'allied'] },
  { type: 'SUPPORT', mode: null, stems: ['praise', 'endorse', 'welcome'], forms: ['endorsement', 'endorsements', 'support', 'supported', 'supports', 'backed'] },
  { type: 'REJECT', mode: null, stems: ['reject', 'refuse', 'veto'], forms: ['rejection', 'rejections'] },
  // Showing something ("Apple demonstrated its phone") and a campaign's or a market's rally are no protest.
  { type: 'PROTEST', mode: null, stems: ['protest'], forms: ['demonstrations'], phrases: [['demonstrate', 'against'], ['rally', 'against']], gap: 0 },
  { type: 'RETREAT', mode: null, stems: ['withdraw', 'retreat', 'evacuate'], forms: ['withdrew', 'withdrawn', 'withdrawal', 'withdrawals', 'evacuation', 'evacuations'] },
  { type: 'COERCE', mode: null, stems: ['arrest', 'detain', 'seize', 'deport', 'ban', 'blockade', 'extradite', 'annex'],
    forms: ['deportation', 'deportations', 'extradition', 'jailed', 'imprisoned'], notBefore: ['on', 'upon'] },
  // Releasing people, not products, statements or figures ("released two hostages", not "will release a laptop").
  { type: 'CONCEDE', mode: null, stems: ['concede', 'concession', 'apologize', 'apologise', 'apology'],
    phrases: cross(['release', 'free', 'freed'], ['prisoner', 'hostage', 'detainee', 'captive', 'soldier', 'journalist', 'activist']), gap: 4 },
];

/**
 * What one meets that is no party: "meet the demands", "to meet customer demand", "met its targets" are
 * no meetings (nor is "was met with opposition").
 */
export const MET_GOALS = new Set(['demand', 'demands', 'requirement', 'requirements', 'need', 'needs', 'deadline', 'deadlines',
  'target', 'targets', 'goal', 'goals', 'standard', 'standards', 'criteria', 'expectations', 'obligations', 'condition',
  'conditions', 'cost', 'costs', 'payments', 'quota', 'threshold', 'challenge', 'challenges', 'end', 'ends', 'fate', 'duties', 'responsibilities']);

/**
 * Verbs that take an event noun and give it their subject as its actor: "Germany made demands", "Air
 * China signed a deal", "the EU imposed sanctions", "South Korea is sending a delegation".
 */
export const LIGHT_VERBS: readonly string[] = ['make', 'made', 'sign', 'impose', 'launch', 'issue', 'reach', 'hold', 'held', 'give', 'gave', 'given', 'approve', 'authorize', 'authorise',
  'offer', 'provide', 'express', 'announce', 'extend', 'strike', 'struck', 'seal', 'conclude', 'lodge', 'mount', 'stage', 'carry',
  'pledge', 'broker', 'voice', 'conduct', 'renew', 'unveil', 'send', 'sent', 'lift', 'ease', 'begin', 'began', 'begun', 'start', 'resume', 'open', 'enter', 'tighten', 'level', 'step'];

/**
 * Nouns for those who act for a state, by kind: a nationality before one ("North Korean soldiers") lets a
 * later "these troops" or "the forces" stand for that state.
 */
export const STATE_AGENTS: ReadonlyMap<string, string> = new Map([
  ...['troops', 'soldiers', 'forces', 'fighters', 'servicemen', 'personnel', 'units', 'battalions', 'brigades'].map((w) => [w, 'military'] as [string, string]),
  ...['officials', 'authorities', 'diplomats', 'government'].map((w) => [w, 'officials'] as [string, string]),
  ...['warplanes', 'jets', 'warships', 'submarines'].map((w) => [w, 'craft'] as [string, string]),
]);

/**
 * Whether `word` is `lemma` or one of its inflections: +s (+es after s, sh, ch, x, z, o), +ed and +ing
 * with a final e dropped (urge → urged, urging) or a final consonant doubled (ban → banned, expel →
 * expelled), a final y after a consonant as i (rally → rallies, rallied). Nothing else: "aid" does not
 * match "aide" or "aides", "deal" not "dealer", "ban" not "band", "probe" not "probation".
 */
export function matchesStem(word: string, lemma: string): boolean {
  if (!word.startsWith(lemma.slice(0, -1))) return false;
  return inflects(lemma).includes(word);
}

const INFLECTIONS = new Map<string, readonly string[]>();

/** Every inflection of a lemma (itself included), as matchesStem() reads them. */
export function inflects(lemma: string): readonly string[] {
  const known = INFLECTIONS.get(lemma);
  if (known) return known;
  const out = new Set([lemma]);
  if (/[^aeiou]y$/.test(lemma)) {
    const i = lemma.slice(0, -1) + 'i';
    out.add(i + 'es').add(i + 'ed').add(lemma + 'ing');
  } else {
    out.add(/(?:s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's');
    const base = lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) : lemma;
    out.add(base + 'ed').add(base + 'ing');
    if (/[^aeiou][aeiou][bdglmnprt]$/.test(lemma)) out.add(lemma + lemma.at(-1) + 'ed').add(lemma + lemma.at(-1) + 'ing');
  }
  const list = [...out];
  INFLECTIONS.set(lemma, list);
  return list;
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
