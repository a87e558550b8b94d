/** The shared pronoun resolver: text, the pronoun (its last occurrence) → the entity it stands for. */
import { describe, expect, it } from 'vitest';
import { entitySex, fitsPronoun, pronounAntecedent, pronounKind, type PriorSource } from '../../../src/extract/entities/pronouns.js';
import type { Entity, EntityType } from '../../../src/ledger/types.js';
import { analyse } from '../../../src/nlp/tokenize.js';

/** Entities from [name, type] pairs: every occurrence of the name is a mention. */
function entitiesOf(text: string, names: Array<[string, EntityType]>): Entity[] {
  return names.map(([name, type], i) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `e${i + 1}`, type, canonical: name, role: null, mentions };
  });
}

/** A claim made before the pronoun: [source text, its entity's name or null, cue, content]. */
type Said = [string, string | null, string, string];

function priorOf(text: string, entities: Entity[], said: Said[]): PriorSource[] {
  return said.map(([source, name, cue, content]) => {
    const start = text.indexOf(source);
    const at = text.indexOf(cue, start);
    const c = text.indexOf(content, at);
    const entity = name ? entities.find((e) => e.canonical === name)!.id : null;
    return { source: { text: source, start, end: start + source.length, entity, role: null }, at, content: [c, c + content.length] as const };
  });
}

// text, entities, the pronoun (its last occurrence resolves), the claims before it, the entity (canonical) or null
const CASES: Array<[string, Array<[string, EntityType]>, string, Said[], string | null]> = [
  // the nearest entity before that fits: a person for he/she/him/her …
  ['Maria Lopez met Toyota on Monday. She praised the plan.', [['Maria Lopez', 'PER'], ['Toyota', 'ORG']], 'She', [], 'Maria Lopez'],
  ['Toyota hired John Kirby. The company thanked him.', [['Toyota', 'ORG'], ['John Kirby', 'PER']], 'him', [], 'John Kirby'],
  // … an organisation or a state for "it", never a people, a place or a thing …
  ['China rejected the plan. Many American voters were angry. It had signed a deal.', [['China', 'GPE'], ['American', 'NORP']], 'It', [], 'China'],
  ['Apple met officials in the Alps. It unveiled the iPhone.', [['Apple', 'ORG'], ['Alps', 'LOC']], 'It', [], 'Apple'],
  ['Ford showed the Mustang. It sold well.', [['Ford', 'ORG'], ['Mustang', 'MISC']], 'It', [], 'Ford'],
  // … an organisation, a state or a people for "they", never a person
  ['The Democrats met John Kirby. They praised the plan.', [['Democrats', 'NORP'], ['John Kirby', 'PER']], 'They', [], 'Democrats'],
  ['Germany hosted Angela Merkel. They imposed sanctions.', [['Germany', 'GPE'], ['Angela Merkel', 'PER']], 'They', [], 'Germany'],
  // nothing that fits, nothing; a word that is no third-person pronoun, nothing
  ['Maria Lopez spoke. It was late.', [['Maria Lopez', 'PER']], 'It', [], null],
  ['Maria Lopez spoke. We were late.', [['Maria Lopez', 'PER']], 'We', [], null],
  ['Maria Lopez spoke. His car was late.', [['Maria Lopez', 'PER']], 'His', [], null],
  // a name inside what the claim before reported is not who the pronoun is: that claim's source is
  ['China said Britain was meddling. It warned London.', [['China', 'GPE'], ['Britain', 'GPE']], 'It',
    [['China', 'China', 'said', 'Britain was meddling']], 'China'],
  ['The ministry said Britain was to blame. It warned London.', [['Britain', 'GPE']], 'It',
    [['The ministry', null, 'said', 'Britain was to blame']], null],
  // a pronoun goes on with the source of the claim before when it was named after the last fitting name
  ['Maria Lopez met John Kirby. He arrived late, she said. She added that it rained.', [['Maria Lopez', 'PER'], ['John Kirby', 'PER']], 'She',
    [['she', 'Maria Lopez', 'said', 'He arrived late']], 'Maria Lopez'],
  // "she" never stands for a man the text names as one (by his given name or his role), nor "he" for a woman;
  // a person whose sex the text does not say fits either
  ['Donald Trump assailed Jennifer Williams, though there is no indication she was partisan.', [['Donald Trump', 'PER'], ['Jennifer Williams', 'PER']], 'she', [], 'Jennifer Williams'],
  ['Jennifer Williams met Donald Trump. She said the talks were useful.', [['Jennifer Williams', 'PER'], ['Donald Trump', 'PER']], 'She', [], 'Jennifer Williams'],
  ['Nancy Pelosi met Donald Trump. She said the talks were useful. He disagreed.', [['Nancy Pelosi', 'PER'], ['Donald Trump', 'PER']], 'He',
    [['She', 'Nancy Pelosi', 'said', 'the talks were useful']], 'Donald Trump'],
  // the earlier claim's speaker named in its own source phrase is still the speaker ("Zelensky told a news
  // conference in Brussels, where he briefed …")
  ['Zelensky told a news conference in Brussels, where he briefed European Union leaders.', [['Zelensky', 'PER'], ['Brussels', 'GPE'], ['European Union', 'ORG']], 'he',
    [['Zelensky', 'Zelensky', 'told', 'a news conference']], 'Zelensky'],
  // a name inside the earlier claim's source phrase is not later than its speaker
  ['Montell Figgins, who represents Michael Thomas, said his client refused. He said Thomas is a father.', [['Montell Figgins', 'PER'], ['Michael Thomas', 'PER']], 'He',
    [['Montell Figgins, who represents Michael Thomas', 'Montell Figgins', 'said', 'his client refused']], 'Montell Figgins'],
  ['Justice Antonin Scalia met Maria Lopez. Then Kowalczyk spoke. She left.', [['Justice Antonin Scalia', 'PER'], ['Maria Lopez', 'PER'], ['Kowalczyk', 'PER']], 'She', [], 'Kowalczyk'],
];

describe('pronounAntecedent', () => {
  it.each(CASES)('%s (%s)', (text, names, pronoun, said, expected) => {
    const entities = entitiesOf(text, names);
    const offset = text.lastIndexOf(pronoun);
    const found = pronounAntecedent(entities, offset, pronoun, { prior: priorOf(text, entities, said) });
    expect(found?.entity.canonical ?? null).toBe(expected);
  });

  it('a person pronoun opening its sentence goes on with the subject of the sentence before, not the person named last in it', () => {
    const text = 'Morrison was the third witness who listened in on the call with President Volodymyr Zelensky. He said he was not concerned.';
    const entities = entitiesOf(text, [['Morrison', 'PER'], ['Volodymyr Zelensky', 'PER']]);
    const a = analyse(text);
    expect(pronounAntecedent(entities, text.indexOf('He said'), 'He', { analysis: a })?.entity.canonical).toBe('Morrison');
    // (inside the sentence, and without a subject before the verb, the nearest still)
    const other = 'The call reached President Volodymyr Zelensky. He said he was not concerned.';
    expect(pronounAntecedent(entitiesOf(other, [['Volodymyr Zelensky', 'PER']]), other.indexOf('He said'), 'He', { analysis: analyse(other) })?.entity.canonical).toBe('Volodymyr Zelensky');
  });

  it('"They" after a sentence whose subject is a plural noun named after the last fitting name stands for that noun, no entity', () => {
    const text = 'The group appealed the case to the Sixth Circuit. Voting rights advocates have expressed deep concern about the policy. They cite the 2000 election in Florida.';
    const entities = entitiesOf(text, [['Sixth Circuit', 'ORG'], ['Florida', 'GPE']]);
    expect(pronounAntecedent(entities, text.indexOf('They cite'), 'They', { analysis: analyse(text) })).toBeNull();
    // (without such a subject, the organisation)
    const other = 'The group appealed the case to the Sixth Circuit. They cite the 2000 election in Florida.';
    expect(pronounAntecedent(entitiesOf(other, [['Sixth Circuit', 'ORG']]), other.indexOf('They cite'), 'They', { analysis: analyse(other) })?.entity.canonical).toBe('Sixth Circuit');
  });

  it('a person\'s sex from the given name past a title, or from a word of the role', () => {
    const person = (canonical: string, role: string | null = null): Entity => ({ id: 'e1', type: 'PER', canonical, role, mentions: [] });
    expect(entitySex(person('Donald Trump'))).toBe('male');
    expect(entitySex(person('Senator Elizabeth Warren'))).toBe('female');
    expect(entitySex(person('Kowalczyk', 'spokeswoman for the ministry'))).toBe('female');
    expect(entitySex(person('Kowalczyk', 'Mr.'))).toBe('male');
    expect(entitySex(person('Jordan Smith'))).toBeNull();
    expect(entitySex({ ...person('Victoria'), type: 'GPE' })).toBeNull();
  });

  it.each([
    // a place where something happens is no "it"
    ['After the plane was delivered in Singapore, it was flown to Toulouse.', [['Singapore', 'GPE']], 'it', null],
    ['Singapore Airlines took the plane in Singapore. It flew to Toulouse.', [['Singapore Airlines', 'ORG'], ['Singapore', 'GPE']], 'It', 'Singapore Airlines'],
    // nor a state named as a modifier, itself or through "'s"
    ['The United States auto manufacturer Chrysler said it would close plants.', [['United States', 'GPE'], ['Chrysler', 'ORG']], 'it', 'Chrysler'],
    ['Ford is the world\'s third-largest automaker and the U.S.\'s second-largest. However it has struggled.', [['Ford', 'ORG'], ['U.S.', 'GPE']], 'it', 'Ford'],
    // a state that acts still is
    ['Russia denied the report. It said the drones were shot down.', [['Russia', 'GPE']], 'It', 'Russia'],
  ] as Array<[string, Array<[string, EntityType]>, string, string | null]>)('with the analysed text: %s', (text, names, pronoun, expected) => {
    const entities = entitiesOf(text, names);
    const found = pronounAntecedent(entities, text.lastIndexOf(pronoun), pronoun, { analysis: analyse(text) });
    expect(found?.entity.canonical ?? null).toBe(expected);
  });

  it('passes over what `accept` rules out, to the nearest accepted mention', () => {
    const text = 'Russia invaded Ukraine. It attacked Ukraine’s cities.';
    const entities = entitiesOf(text, [['Russia', 'GPE'], ['Ukraine', 'GPE']]);
    const offset = text.indexOf('It');
    expect(pronounAntecedent(entities, offset, 'it')?.entity.canonical).toBe('Ukraine');
    const found = pronounAntecedent(entities, offset, 'it', { accept: (e) => e.canonical !== 'Ukraine' });
    expect(found?.entity.canonical).toBe('Russia');
    expect(text.slice(found!.mention.start, found!.mention.end)).toBe('Russia');
  });

  it('names the speaker\'s own mention, not the claim, when the speaker is named in the claim\'s source', () => {
    const text = 'Zelensky told a news conference in Brussels, where he briefed European Union leaders.';
    const entities = entitiesOf(text, [['Zelensky', 'PER'], ['Brussels', 'GPE'], ['European Union', 'ORG']]);
    const prior = priorOf(text, entities, [['Zelensky', 'Zelensky', 'told', 'a news conference']]);
    const found = pronounAntecedent(entities, text.indexOf(' he ') + 1, 'he', { prior });
    expect(found?.entity.canonical).toBe('Zelensky');
    expect(found?.claim).toBeUndefined();
  });

  it('tells when it went on with an earlier claim\'s source', () => {
    const text = 'Maria Lopez met John Kirby. He arrived late, she said. She added that it rained.';
    const entities = entitiesOf(text, [['Maria Lopez', 'PER'], ['John Kirby', 'PER']]);
    const prior = priorOf(text, entities, [['she', 'Maria Lopez', 'said', 'He arrived late']]);
    const found = pronounAntecedent(entities, text.lastIndexOf('She'), 'she', { prior });
    expect(found?.claim).toBe(prior[0]);
    expect(pronounAntecedent(entities, text.indexOf('He'), 'he', { prior })?.claim).toBeUndefined();
  });

  it('kinds and fits', () => {
    expect(['he', 'She', 'HIM', 'her', 'it', 'They', 'them'].map(pronounKind)).toEqual(['person', 'person', 'person', 'person', 'thing', 'group', 'group']);
    expect(['i', 'we', 'us', 'his', 'its', 'their', 'who'].map(pronounKind)).toEqual([null, null, null, null, null, null, null]);
    const types: EntityType[] = ['PER', 'ORG', 'GPE', 'NORP', 'LOC', 'MISC'];
    expect(types.filter((t) => fitsPronoun('person', t))).toEqual(['PER']);
    expect(types.filter((t) => fitsPronoun('thing', t))).toEqual(['ORG', 'GPE']);
    expect(types.filter((t) => fitsPronoun('group', t))).toEqual(['ORG', 'GPE', 'NORP']);
  });
});
