import { describe, expect, it } from 'vitest';
import { loadMeantime, parseMeantime } from '../../eval/datasets/meantime.js';
import { datasetPath } from '../../eval/paths.js';
import {
  goldPronouns, isNamedMention, nameCore, pronounGroup, resolvedRight, scoreCoreference, whitespaceAlignment,
  type CorefCase, type GoldMention, type GoldPronoun, type Span,
} from '../../eval/scorers/coreference.js';

/** A gold mention of `entity` at the first occurrence of `text` at or after `from` in `doc`. */
function mention(doc: string, text: string, entity: string | null, syntacticType: string, from = 0): GoldMention {
  const start = doc.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" not in the test text`);
  return { start, end: start + text.length, text, syntacticType, sentenceInitial: start === 0 || /[.!?]\s$/.test(doc.slice(0, start)), entity };
}

describe('pronounGroup', () => {
  const cases: [string, 'person' | 'thing' | null][] = [
    ['he', 'person'], ['She', 'person'], ['him', 'person'], ['her', 'person'],
    ['it', 'thing'], ['They', 'thing'], ['them', 'thing'],
    ['its', null], ['his', null], ['which', null], ['we', null], ['the company', null],
  ];
  it.each(cases)('%s → %s', (w, want) => expect(pronounGroup(w)).toBe(want));
});

describe('isNamedMention', () => {
  const cases: [string, string, boolean, string[], boolean][] = [
    // text, syntactic type, opens a sentence, lower-case words of the document, named
    ['Boeing', 'NAM', false, [], true],
    ['US', 'PRE.NAM', false, [], true],
    ['the company', 'NOM', false, [], false],
    ['it', 'PRO', false, [], false],
    ['Apple Computer CEO Steve Jobs', 'APP', false, [], false],
    ['Apple and AT&T', 'CONJ', false, [], false],
    // A blank type: read from the head of the phrase.
    ['Long Beach, California', '', false, [], true],
    ['Airbus parent EADS', '', false, [], true],
    ['the United States Air Force (USAF', '', false, [], true],
    ['The Airbus A330 jetliner', '', true, [], false],
    ['Boeing\'s newest commercial aircraft', '', false, [], false],
    ['the Chief Executive Officer of General Motors', '', false, [], false],
    ['the final 717 jet built to AirTran Airways', '', false, [], false],
    ['It', '', true, [], false],
    ['its', '', false, [], false],
    ['iPhone', '', false, [], true],
    // A capital that only opens the sentence.
    ['Engine', '', true, ['engine'], false],
    ['Boeing', '', true, ['engine'], true],
  ];
  it.each(cases)('%s (%s, opens a sentence: %s) → %s', (text, syntacticType, sentenceInitial, lower, want) =>
    expect(isNamedMention({ text, syntacticType, sentenceInitial }, new Set(lower))).toBe(want));
});

describe('nameCore', () => {
  const cases: [string, string][] = [
    ['Chrysler', 'Chrysler'],
    ['The United States auto manufacturer Chrysler', 'Chrysler'],
    ['Chrysler, another U.S. car maker', 'Chrysler'],
    ['Northrop Grumman', 'Northrop Grumman'],
    ['the United Kingdom\'s Royal Air Force (RAF', 'Royal Air Force'],
    ['the Airbus 380', 'Airbus 380'],
    ['The British FTSE 100 index', 'British FTSE 100'],
    ['Irish low cost airline, Ryanair', 'Ryanair'],
    ['the Prime Minister of Singapore, Mr. Lee Hsien Loong', 'Mr. Lee Hsien Loong'],
    ['the Chief Executive Officer of General Motors', 'Chief Executive Officer'],
    ['long-range 777', 'long-range 777'],
  ];
  it.each(cases)('%s → %s', (text, want) => {
    const c = nameCore(text);
    expect(text.slice(c.start, c.end)).toBe(want);
  });
});

describe('goldPronouns', () => {
  const doc = 'Ford said it would cut jobs. The plant said it was closing. They agreed. It rose. GM fell, and it lost more. Its chief said he was sorry.';
  const mentions: GoldMention[] = [
    mention(doc, 'Ford', 'ford', 'NAM'),
    mention(doc, 'it', 'ford', 'PRO'),
    mention(doc, 'The plant', 'plant', 'NOM'),
    mention(doc, 'it', 'plant', 'PRO', doc.indexOf('The plant')),
    mention(doc, 'They', 'unions', 'PRO'),
    mention(doc, 'It', null, ''),
    mention(doc, 'GM', 'gm', ''),
    mention(doc, 'it', 'gm', '', doc.indexOf('GM')),
    mention(doc, 'Its', 'gm', 'PRO'),
    mention(doc, 'he', 'chief', 'PRO', doc.indexOf('chief said he') + 'chief said '.length),
  ];
  const got = goldPronouns(mentions);
  it('takes a pronoun whose gold entity is named before it (also by a blank-typed name)', () => {
    expect(got.map((p) => [p.text, p.entity, p.group])).toEqual([['it', 'ford', 'thing'], ['it', 'gm', 'thing']]);
  });
  it('leaves out pronouns of an entity never named, of no entity, and possessives', () => {
    expect(got.some((p) => p.entity === 'plant' || p.entity === 'unions' || p.entity === 'chief')).toBe(false);
    expect(got.some((p) => p.text === 'Its' || p.text === 'It')).toBe(false);
  });
  it('gives every named mention of the entity, whole and its name', () => {
    const ford = got[0];
    expect(ford.names).toEqual([{ start: 0, end: 4 }]);
    expect(ford.cores).toEqual([{ start: 0, end: 4 }]);
  });
  it('needs the name before the pronoun, not after', () => {
    const late = 'He won. Smith smiled.';
    const ms = [mention(late, 'He', 'smith', 'PRO'), mention(late, 'Smith', 'smith', 'NAM')];
    expect(goldPronouns(ms)).toEqual([]);
    const early = 'Smith won. He smiled.';
    expect(goldPronouns([mention(early, 'Smith', 'smith', 'NAM'), mention(early, 'He', 'smith', 'PRO')]).map((p) => p.group)).toEqual(['person']);
  });
});

describe('resolvedRight', () => {
  const names: Span[] = [{ start: 10, end: 18 }];
  const cases: [string, Span[] | null, boolean][] = [
    ['nothing returned', null, false],
    ['an entity with no mentions', [], false],
    ['the same span', [{ start: 10, end: 18 }], true],
    ['a mention inside it', [{ start: 12, end: 15 }], true],
    ['one of several mentions overlapping', [{ start: 0, end: 3 }, { start: 17, end: 25 }], true],
    ['touching the end only', [{ start: 18, end: 22 }], false],
    ['touching the start only', [{ start: 5, end: 10 }], false],
  ];
  it.each(cases)('%s → %s', (_, answer, want) => expect(resolvedRight(answer, names)).toBe(want));
});

describe('scoreCoreference', () => {
  const gold = (group: 'person' | 'thing', start: number): GoldPronoun => ({
    start, end: start + 2, text: group === 'person' ? 'he' : 'it', group, entity: 'e',
    names: [{ start: 0, end: 20 }], cores: [{ start: 10, end: 20 }],
  });
  const cases: CorefCase[] = [
    { pronoun: gold('person', 30), answer: [{ start: 10, end: 15 }], source: true }, // right
    { pronoun: gold('person', 40), answer: [{ start: 0, end: 5 }], source: false }, // only in the whole mention
    { pronoun: gold('thing', 50), answer: null, source: true }, // nothing
    { pronoun: gold('thing', 60), answer: [{ start: 12, end: 20 }], source: false }, // right
    { pronoun: gold('thing', 70), answer: [{ start: 25, end: 28 }], source: false }, // wrong
  ];
  const s = scoreCoreference(cases);
  it('counts right over all pronouns, a null answer as wrong', () => {
    expect(s.all).toMatchObject({ n: 5, right: 2, none: 1, rightWhole: 3 });
    expect(s.all.accuracy).toBeCloseTo(0.4);
    expect(s.all.accuracyWhole).toBeCloseTo(0.6);
    expect(s.all.noneRate).toBeCloseTo(0.2);
  });
  it('splits he/she/him/her from it/they/them, and keeps the claim sources apart', () => {
    expect(s.person).toMatchObject({ n: 2, right: 1, none: 0 });
    expect(s.thing).toMatchObject({ n: 3, right: 1, none: 1 });
    expect(s.sources).toMatchObject({ n: 2, right: 1, none: 1 });
  });
  it('is zero, not NaN, with nothing to score', () => {
    expect(scoreCoreference([]).all).toEqual({ n: 0, right: 0, rightWhole: 0, none: 0, accuracy: 0, accuracyWhole: 0, noneRate: 0 });
  });
});

describe('whitespaceAlignment', () => {
  it('maps offsets across blank lines and spaces the other text drops', () => {
    const from = 'Title\n\nMay 1\n\nGM  said it';
    const to = 'Title\n\nMay 1\nGM said it';
    const at = whitespaceAlignment(from, to)!;
    expect(at).not.toBeNull();
    for (const w of ['Title', 'May', 'GM', 'said', 'it']) {
      const i = from.lastIndexOf(w);
      expect(to.slice(at(i), at(i + w.length))).toBe(w);
    }
    expect(at(from.length)).toBe(to.length);
  });
  it('is the identity on the same text', () => {
    const at = whitespaceAlignment('a b', 'a b')!;
    expect([0, 1, 2, 3].map(at)).toEqual([0, 1, 2, 3]);
  });
  it('is null when the texts differ in more than white space', () => {
    expect(whitespaceAlignment('GM said it', 'GM says it')).toBeNull();
    expect(whitespaceAlignment('GM said', 'GM said.')).toBeNull();
  });
});

describe('parseMeantime: entity mentions, instances and REFERS_TO', () => {
  const xml = `<Document doc_id="1" doc_name="1_x" lang="en" url="http://x">
<token number="0" sentence="0" t_id="1">Ford</token>
<token number="1" sentence="0" t_id="2">cuts</token>
<token number="0" sentence="1" t_id="3">May</token>
<token number="1" sentence="1" t_id="4">1</token>
<token number="0" sentence="2" t_id="5">The</token>
<token number="1" sentence="2" t_id="6">carmaker</token>
<token number="2" sentence="2" t_id="7">Ford</token>
<token number="3" sentence="2" t_id="8">said</token>
<token number="4" sentence="2" t_id="9">it</token>
<token number="5" sentence="2" t_id="10">would</token>
<token number="6" sentence="2" t_id="11">cut</token>
<Markables>
<ENTITY_MENTION comment="" head="" m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION TAG_DESCRIPTOR="Empty_Mark" comment="" head="" m_id="11" syntactic_type=""/>
<ENTITY_MENTION comment="" head="" m_id="12" syntactic_type="">
<token_anchor t_id="5"/>
<token_anchor t_id="6"/>
<token_anchor t_id="7"/>
</ENTITY_MENTION>
<ENTITY_MENTION m_id="13" syntactic_type="PRO"><token_anchor t_id="9"/></ENTITY_MENTION>
<EVENT_MENTION m_id="20"><token_anchor t_id="8"/></EVENT_MENTION>
<ENTITY TAG_DESCRIPTOR="Ford" ent_type="ORG" instance_id="ORG1" m_id="30"/>
<ENTITY TAG_DESCRIPTOR="other" comment="" ent_class="" ent_type="FIN" external_ref="" m_id="31"/>
<EVENT m_id="40"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="10"/><source m_id="12"/><target m_id="30"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="13"/><target m_id="30"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="13"/><target m_id="31"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="20"/><target m_id="40"/></REFERS_TO>
</Relations>
</Document>`;
  const doc = parseMeantime(xml, 'test');
  it('reads every mention with tokens at its span in the rebuilt text (an empty one is dropped)', () => {
    expect(doc.text).toBe('Ford cuts\n\nMay 1\n\nThe carmaker Ford said it would cut');
    expect(doc.mentions.map((m) => [m.id, m.text, m.syntacticType, m.sentenceInitial])).toEqual([
      ['10', 'Ford', 'NAM', true], ['12', 'The carmaker Ford', '', true], ['13', 'it', 'PRO', false],
    ]);
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
  it('reads the entity instances and ties mentions to them (the first relation wins; events are not entities)', () => {
    expect(doc.entities.map((e) => [e.id, e.type, e.descriptor, e.instanceId])).toEqual([['30', 'ORG', 'Ford', 'ORG1'], ['31', 'FIN', 'other', null]]);
    expect(doc.mentions.map((m) => m.entity)).toEqual(['30', '30', '30']);
    expect(doc.entities[0].mentions).toEqual(['10', '12', '13']);
    expect(doc.entities[1].mentions).toEqual([]);
  });
  it('gives the pronoun to score from them', () => {
    const got = goldPronouns(doc.mentions);
    expect(got.map((p) => [doc.text.slice(p.start, p.end), p.names.length])).toEqual([['it', 2]]);
    expect(got[0].cores.map((c) => doc.text.slice(c.start, c.end))).toEqual(['Ford', 'Ford']);
  });
});

const here = datasetPath('meantime-en', 'intra-doc_annotation');
describe.skipIf(!here)('MEANTIME coreference as read (needs ../shared/datasets/meantime-en; skipped when absent)', () => {
  it('reads the 120 articles with their entity instances, and every mention sits on its own text', () => {
    const docs = loadMeantime()!;
    expect(docs).toHaveLength(120);
    // PROVENANCE.md counts 1,267 ENTITY markables; 2,867 ENTITY_MENTION, one of them empty (no tokens).
    expect(docs.reduce((n, d) => n + d.entities.length, 0)).toBe(1267);
    expect(docs.reduce((n, d) => n + d.mentions.length, 0)).toBe(2866);
    for (const d of docs) for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
  });
  it('finds pronouns to score, each with a named mention of its entity before it', () => {
    const docs = loadMeantime()!;
    const gold = docs.flatMap((d) => goldPronouns(d.mentions).map((p) => ({ d, p })));
    expect(gold.length).toBeGreaterThan(50);
    for (const { d, p } of gold) {
      expect(pronounGroup(d.text.slice(p.start, p.end))).not.toBeNull();
      expect(p.names.some((n) => n.start < p.start)).toBe(true);
    }
  });
});
