import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/attribution/index.js';
import { extractEvents } from '../../../src/extract/events/index.js';
import type { Entity, EntityType } from '../../../src/ledger/types.js';
import { analyse } from '../../../src/nlp/tokenize.js';

/** Entities for a sentence from [name, type] pairs: every occurrence of the name is a mention. */
function entitiesOf(text: string, names: Array<[string, EntityType, string?]>): Entity[] {
  return names.map(([name, type, canonical], i) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, text: name });
    }
    return { id: `e${i + 1}`, type, canonical: canonical ?? name, role: null, mentions };
  });
}

type Case = [string, Array<[string, EntityType, string?]>, string, string | null, string | null, string | null];

// text, entities, expected type, mode (or null), actor canonical, target canonical
const cases: Case[] = [
  ['Germany has summoned North Korea’s ambassador over the deployment.', [['Germany', 'GPE'], ['North Korea', 'GPE']], 'ACCUSE', 'disapprove', 'Germany', 'North Korea'],
  ['Israel launched air strikes on Gaza overnight.', [['Israel', 'GPE'], ['Gaza', 'GPE']], 'ASSAULT', null, 'Israel', 'Gaza'],
  ['Rebels attacked a UN convoy near Goma, the army said.', [['UN', 'ORG'], ['Goma', 'GPE']], 'ASSAULT', null, null, 'UN'],
  ['The European Union imposed new sanctions on Iran.', [['European Union', 'ORG'], ['Iran', 'GPE']], 'SANCTION', null, 'European Union', 'Iran'],
  // two parties joined as the subject of an event between parties: the actor and the target
  ['France and Germany signed an agreement on energy.', [['France', 'GPE'], ['Germany', 'GPE']], 'AGREE', null, 'France', 'Germany'],
  ['Hamas and Israel agreed to a ceasefire.', [['Hamas', 'ORG'], ['Israel', 'GPE']], 'AGREE', null, 'Hamas', 'Israel'],
  ['India and China held talks on the border.', [['India', 'GPE'], ['China', 'GPE']], 'CONSULT', null, 'India', 'China'],
  ['Japan pledged $2 billion in loans to Indonesia.', [['Japan', 'GPE'], ['Indonesia', 'GPE']], 'AID', 'economic', 'Japan', 'Indonesia'],
  ['The president urged Congress to act.', [['Congress', 'ORG']], 'REQUEST', null, null, 'Congress'],
  ['Belarusian police arrested 40 protesters in Minsk.', [['Belarusian', 'NORP'], ['Belarus', 'GPE'], ['Minsk', 'GPE']], 'COERCE', null, 'Belarus', null],
  ['Thousands of North Korean soldiers have been sent to Russia for training.', [['North Korean', 'NORP'], ['North Korea', 'GPE'], ['Russia', 'GPE']], 'AID', 'military', 'North Korea', 'Russia'],
  ['Talks on a trade agreement between Canada and Mexico resumed.', [['Canada', 'GPE'], ['Mexico', 'GPE']], 'AGREE', null, 'Canada', 'Mexico'],
  ['Both Syria and Iran are under EU sanctions.', [['Syria', 'GPE'], ['Iran', 'GPE'], ['EU', 'ORG']], 'SANCTION', null, 'EU', 'Iran'],
  // what a with-clause gives goes to the subject of the clause it hangs on
  ['Kenya won backing, with Qatar pledging $3 billion in loans.', [['Kenya', 'GPE'], ['Qatar', 'GPE']], 'AID', 'economic', 'Qatar', 'Kenya'],
  ['Iran has supplied Russia with drones, officials said.', [['Iran', 'GPE'], ['Russia', 'GPE']], 'AID', 'military', 'Iran', 'Russia'],
  ['North Korea also sent shells and missiles to Russia.', [['North Korea', 'GPE'], ['Russia', 'GPE']], 'AID', 'military', 'North Korea', 'Russia'],
  ['Russian forces shelled Kharkiv overnight.', [['Russian', 'NORP'], ['Russia', 'GPE'], ['Kharkiv', 'GPE']], 'ASSAULT', null, 'Russia', 'Kharkiv'],
  ['Poland issued a warning to soldiers sent by Belarus, urging Minsk to stop.', [['Poland', 'GPE'], ['Belarus', 'GPE'], ['Minsk', 'GPE']], 'REQUEST', null, 'Poland', 'Minsk'],
  ['Turkey threatened Sweden with a veto.', [['Turkey', 'GPE'], ['Sweden', 'GPE']], 'THREATEN', null, 'Turkey', 'Sweden'],
  ['Hamas released two Israeli hostages on Friday.', [['Hamas', 'ORG'], ['Israeli', 'NORP'], ['Israel', 'GPE']], 'CONCEDE', null, 'Hamas', 'Israel'],
  // the agent after a passive is no target: the thing undergoing it is
  ['Sanctions were imposed by the European Union on Iran.', [['European Union', 'ORG'], ['Iran', 'GPE']], 'SANCTION', null, 'European Union', 'Iran'],
  // an object pronoun stands for the nearest fitting entity before it (not the actor, not a passive's agent)
  ['Poland issued a warning to any Belarusian soldiers sent by Russia, urging them to surrender.', [['Poland', 'GPE'], ['Belarusian', 'NORP'], ['Belarus', 'GPE'], ['Russia', 'GPE']], 'REQUEST', null, 'Poland', 'Belarus'],
  ['The minister met Angela Merkel on Monday. He urged her to act.', [['Angela Merkel', 'PER']], 'REQUEST', null, null, 'Angela Merkel'],
  // a place after a preposition of place is where, not whom
  ['Air China signed the agreement in Paris on June 15.', [['Air China', 'ORG'], ['Paris', 'GPE']], 'AGREE', null, 'Air China', null],
  ['Canada criticized the vote at the United Nations.', [['Canada', 'GPE'], ['United Nations', 'ORG']], 'ACCUSE', 'disapprove', 'Canada', null],
  // … but an assault's "at" is its aim
  ['Rebels shot at UN peacekeepers near Goma.', [['UN', 'ORG'], ['Goma', 'GPE']], 'ASSAULT', null, null, 'UN'],
  ['Russian jets shot flares at Swedish planes.', [['Russian', 'NORP'], ['Russia', 'GPE'], ['Swedish', 'NORP'], ['Sweden', 'GPE']], 'ASSAULT', null, 'Russia', 'Sweden'],
  // officials from a state speak for it
  ['Officials from the People’s Republic of China have agreed to buy 60 Boeing aircraft.', [['People’s Republic of China', 'GPE', 'China'], ['Boeing', 'ORG']], 'AGREE', null, 'China', 'Boeing'],
  // a noun trigger's actor comes from its own phrase or from a verb that takes it …
  ['Germany’s latest demands on Russia were ignored.', [['Germany', 'GPE'], ['Russia', 'GPE']], 'REQUEST', null, 'Germany', 'Russia'],
  ['The Security Council has imposed sanctions on Iran.', [['Security Council', 'ORG'], ['Iran', 'GPE']], 'SANCTION', null, 'Security Council', 'Iran'],
  ['PAG is in talks with General Motors.', [['PAG', 'ORG'], ['General Motors', 'ORG']], 'CONSULT', null, 'PAG', 'General Motors'],
  ['Germany made demands on Russia.', [['Germany', 'GPE'], ['Russia', 'GPE']], 'REQUEST', null, 'Germany', 'Russia'],
  ['Air China signed a deal with Airbus.', [['Air China', 'ORG'], ['Airbus', 'ORG']], 'AGREE', null, 'Air China', 'Airbus'],
  ['South Korea is sending a delegation to NATO.', [['South Korea', 'GPE'], ['NATO', 'ORG']], 'CONSULT', null, 'South Korea', 'NATO'],
  ['The rejection by the Senate angered Ford.', [['Senate', 'ORG'], ['Ford', 'ORG']], 'REJECT', null, 'Senate', null],
  ['The FBI email probe angered Congress.', [['FBI', 'ORG'], ['Congress', 'ORG']], 'ACCUSE', 'investigate', 'FBI', null],
  ['The deployment of North Korean troops to Russia continued.', [['North Korean', 'NORP'], ['North Korea', 'GPE'], ['Russia', 'GPE']], 'MOBILIZE', 'troops', 'North Korea', 'Russia'],
  ['Ford criticized the arrest of Carlos Ghosn.', [['Ford', 'ORG'], ['Carlos Ghosn', 'PER']], 'COERCE', null, null, 'Carlos Ghosn'],
  ['Kenya will receive loans from the World Bank.', [['Kenya', 'GPE'], ['World Bank', 'ORG']], 'AID', 'economic', 'World Bank', null],
  // … not from the subject of another verb
  ['The UAW refused to meet the demands of Congress.', [['UAW', 'ORG'], ['Congress', 'ORG']], 'REQUEST', null, 'Congress', null],
  ['The China Daily newspaper reported that the deal with Boeing is waiting for approval.', [['China Daily', 'ORG'], ['Boeing', 'ORG']], 'AGREE', null, null, 'Boeing'],
  // "these troops" stands for the state that earlier modified troops or soldiers; who warns of targets threatens
  ['3,000 North Korean soldiers were sent to Russia. The U.S. warned that these troops would be considered legitimate targets by Ukraine.',
    [['North Korean', 'NORP'], ['North Korea', 'GPE'], ['Russia', 'GPE'], ['U.S.', 'GPE', 'United States'], ['Ukraine', 'GPE']], 'THREATEN', 'violence', 'United States', 'North Korea'],
  ['Russian forces entered Kharkiv. Ukraine attacked the forces overnight.', [['Russian', 'NORP'], ['Russia', 'GPE'], ['Kharkiv', 'GPE'], ['Ukraine', 'GPE']], 'ASSAULT', null, 'Ukraine', 'Russia'],
  ['Russia warned that the convoys would be considered legitimate targets by the United Kingdom.', [['Russia', 'GPE'], ['United Kingdom', 'GPE']], 'THREATEN', 'violence', 'Russia', null],
  // an agent is told past "the", for the target as for the passive's actor
  ['Germany condemned the decision taken by the Kremlin.', [['Germany', 'GPE'], ['Kremlin', 'ORG']], 'ACCUSE', 'disapprove', 'Germany', null],
  // a lemma's inflections: "ban" → banned, "expel" → expelled; derived nouns listed
  ['The European Union banned Indonesian airlines.', [['European Union', 'ORG'], ['Indonesian', 'NORP'], ['Indonesia', 'GPE']], 'COERCE', null, 'European Union', 'Indonesia'],
  ['Poland expelled Russian diplomats.', [['Poland', 'GPE'], ['Russian', 'NORP'], ['Russia', 'GPE']], 'SANCTION', null, 'Poland', 'Russia'],
  ['Trump avoids condemning Russia’s invasion of Ukraine.', [['Trump', 'PER'], ['Russia', 'GPE'], ['Ukraine', 'GPE']], 'ASSAULT', null, 'Russia', 'Ukraine'],
  // the subject is the phrase right before the verb group, or nothing: not an entity of another clause …
  ['Trump said the troops attacked Mexico.', [['Trump', 'PER'], ['Mexico', 'GPE']], 'ASSAULT', null, null, 'Mexico'],
  ['Clinton was compared to the New York businessman who has attacked NATO.', [['Clinton', 'PER'], ['New York', 'GPE'], ['NATO', 'ORG']], 'ASSAULT', null, null, 'NATO'],
  ['The South Carolina senator called on NATO to reject Trump.', [['South Carolina', 'GPE'], ['NATO', 'ORG'], ['Trump', 'PER']], 'REQUEST', null, null, 'NATO'],
  // … past a phrase between commas, and an address
  ['Kaufman, along with senator Mark Warner from Virginia, called on Congress to act.', [['Kaufman', 'PER'], ['Mark Warner', 'PER'], ['Virginia', 'GPE'], ['Congress', 'ORG']], 'REQUEST', null, 'Kaufman', 'Congress'],
  ['Serra Automotive in Grand Blanc Township, Genesee County, Michigan, is in talks with Penske.',
    [['Serra Automotive', 'ORG'], ['Grand Blanc Township', 'GPE'], ['Genesee County', 'GPE'], ['Michigan', 'GPE'], ['Penske', 'ORG']], 'CONSULT', null, 'Serra Automotive', 'Penske'],
  // an infinitive's subject is the one called on
  ['David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump.', [['David Axelrod', 'PER'], ['Howard Dean', 'PER'], ['Donald Trump', 'PER']], 'CONCEDE', null, 'Howard Dean', 'Donald Trump'],
  // a passive's subject undergoes it; what follows is no target
  ['Amadou Diallo was shot 41 times by four NYPD officers.', [['Amadou Diallo', 'PER'], ['NYPD', 'ORG']], 'ASSAULT', null, null, 'Amadou Diallo'],
  // nothing in the actor's own phrase is its target; a body or a person before a person's name is no party (a state is: its leader acts for it)
  ['Trump said praise from Russian President Vladimir Putin would not affect him.', [['Trump', 'PER'], ['Russian', 'NORP'], ['Russia', 'GPE'], ['Vladimir Putin', 'PER']], 'SUPPORT', null, 'Russia', null],
  ['Clinton received the endorsement of Cleveland Cavaliers basketball star LeBron James.', [['Clinton', 'PER'], ['Cleveland Cavaliers', 'ORG'], ['LeBron James', 'PER']], 'SUPPORT', null, 'LeBron James', null],
  ['Trump is honored by the endorsement of Senator Cruz.', [['Trump', 'PER'], ['Cruz', 'PER']], 'SUPPORT', null, 'Cruz', null],
  // the object ends where another clause begins, at an infinitive not the verb's own, at a verb joined by "and"
  ['Apple and ABC have agreed to a deal in which episodes of Lost air on Netflix.', [['Apple', 'ORG'], ['ABC', 'ORG'], ['Netflix', 'ORG']], 'AGREE', null, 'Apple', 'ABC'],
  ['Ban Ki-moon condemned what he called a breach of UN resolutions.', [['Ban Ki-moon', 'PER'], ['UN', 'ORG']], 'ACCUSE', 'disapprove', 'Ban Ki-moon', null],
  ['Schultz supported Democrats during his time on MSNBC.', [['Schultz', 'PER'], ['MSNBC', 'ORG']], 'SUPPORT', null, 'Schultz', null],
  ['The USAF and Boeing have signed an interim agreement to protect the Air Force’s interests.', [['USAF', 'ORG'], ['Boeing', 'ORG'], ['Air Force', 'ORG']], 'AGREE', null, 'USAF', 'Boeing'],
  ['Trump criticized free-trade deals and called for tariffs on China.', [['Trump', 'PER'], ['China', 'GPE']], 'ACCUSE', 'disapprove', 'Trump', null],
  // an object pronoun right after the trigger is the target, or nothing; a state before a currency sign is the currency's
  ['Trump attacked Clinton. He used the ad, accusing her of sleeping during the attack on the U.S. compound.', [['Trump', 'PER'], ['Clinton', 'PER'], ['U.S.', 'GPE']], 'ACCUSE', 'allege', null, 'Clinton'],
  ['The Central Bank will loan an extra 60 billion rubles (US $2.63 billion).', [['Central Bank', 'ORG'], ['US', 'GPE']], 'AID', 'economic', 'Central Bank', null],
  // a pronoun subject stands for the subject named last before it that fits, in its sentence or the one before …
  ['China Eastern Airlines stated on Thursday that it had signed a deal with Airbus.', [['China Eastern Airlines', 'ORG'], ['Airbus', 'ORG']], 'AGREE', null, 'China Eastern Airlines', 'Airbus'],
  ['Steve Jobs introduced the iPhone in June. He praised its design.', [['Steve Jobs', 'PER']], 'SUPPORT', null, 'Steve Jobs', null],
  ['The European Union met on Monday. They imposed sanctions on Iran.', [['European Union', 'ORG'], ['Iran', 'GPE']], 'SANCTION', null, 'European Union', 'Iran'],
  ['Kerry said the talks would go on, and he urged North Korea to return.', [['Kerry', 'PER'], ['North Korea', 'GPE']], 'REQUEST', null, 'Kerry', 'North Korea'],
  ['If the candidate is Donald Trump, the answer is no. He refuses to release his returns.', [['Donald Trump', 'PER']], 'REJECT', null, 'Donald Trump', null],
  ['Patriot signaled last summer that it would make a deal with Tom Clarke.', [['Patriot', 'ORG'], ['Tom Clarke', 'PER']], 'AGREE', null, 'Patriot', 'Tom Clarke'],
  // … never the event's target (a name after it in its clause is someone else) …
  ['Russia has a long border with Ukraine. It attacked Ukraine on Monday.', [['Russia', 'GPE'], ['Ukraine', 'GPE']], 'ASSAULT', null, 'Russia', 'Ukraine'],
  // … and no one it cannot be: a person is no "it", a people no "it", a name not a subject, one too far off
  ['Maria Lopez spoke on Monday. It criticized France.', [['Maria Lopez', 'PER'], ['France', 'GPE']], 'ACCUSE', 'disapprove', null, 'France'],
  ['Many American voters were angry. It criticized France.', [['American', 'NORP'], ['France', 'GPE']], 'ACCUSE', 'disapprove', null, 'France'],
  ['People demonstrated outside the Dallas Morning News after it backed Hillary Clinton.', [['Dallas Morning News', 'ORG'], ['Hillary Clinton', 'PER']], 'SUPPORT', null, null, 'Hillary Clinton'],
  ['Trump, appearing after Clinton at the forum, cited problems that he blamed on Obama.', [['Trump', 'PER'], ['Clinton', 'PER'], ['Obama', 'PER']], 'ACCUSE', 'disapprove', null, 'Obama'],
  ['Germany hosted the talks. The weather was cold. It criticized France.', [['Germany', 'GPE'], ['France', 'GPE']], 'ACCUSE', 'disapprove', null, 'France'],
  // a name in a prepositional phrase before the verb is not its subject; the envoy's state is ("China's
  // ambassador to Britain accused")
  ['China’s ambassador to Britain accused the US of meddling.', [['China', 'GPE'], ['Britain', 'GPE', 'United Kingdom'], ['US', 'GPE', 'United States']], 'ACCUSE', 'allege', 'China', 'United States'],
  // inside a relative clause, verbs joined by "and" are the antecedent's
  ['The Palestinian Authority - which considers the US biased and has rejected Washington as a mediator - called for a meeting.', [['Palestinian Authority', 'ORG'], ['US', 'GPE', 'United States'], ['Washington', 'GPE', 'United States']], 'REJECT', null, 'Palestinian Authority', 'United States'],
  // a town visited is where the visit happens; a country visited is a party to it
  ['Obama will visit Rangoon on Sunday.', [['Obama', 'PER'], ['Rangoon', 'GPE']], 'CONSULT', null, 'Obama', null],
  ['Modi will visit France next week.', [['Modi', 'PER'], ['France', 'GPE']], 'CONSULT', null, 'Modi', 'France'],
  // who faces an accusation or a sanction undergoes it; what they are accused of holds no target
  ['The alliance has deepened, with Pyongyang facing accusations of supplying weapons to Russia.', [['Pyongyang', 'GPE', 'North Korea'], ['Russia', 'GPE']], 'ACCUSE', 'allege', null, 'North Korea'],
  ['Iran faces new UN sanctions over its nuclear program.', [['Iran', 'GPE'], ['UN', 'ORG', 'United Nations']], 'SANCTION', null, 'United Nations', 'Iran'],
  // a state's allies named as a group are the target, not the state (the longer mention wins)
  ['Zelensky has called on Kyiv’s allies to act decisively.', [['Zelensky', 'PER'], ['Kyiv’s allies', 'ORG', "Ukraine's allies"], ['Kyiv', 'GPE', 'Ukraine']], 'REQUEST', null, 'Zelensky', "Ukraine's allies"],
  // a noun trigger reaches its target through a preposition, past the target's modifiers and titles; a name
  // that only follows it is another clause's
  ['In the aftermath of Russia’s invasion of neighboring Georgia, markets fell.', [['Russia', 'GPE'], ['Georgia', 'GPE']], 'ASSAULT', null, 'Russia', 'Georgia'],
  ['A summit meeting between Mr. Obama and Mr. Xi failed.', [['Obama', 'PER'], ['Xi', 'PER']], 'CONSULT', null, null, 'Obama'],
  // an attack on plans, policies or words is a verbal one; on a place or its grid, an assault
  ['Trump attacked Clinton’s plan on Monday.', [['Trump', 'PER'], ['Clinton', 'PER']], 'ACCUSE', 'disapprove', 'Trump', 'Clinton'],
  ['Republicans stepped up attacks on Obama’s health law.', [['Obama', 'PER']], 'ACCUSE', 'disapprove', null, 'Obama'],
  ['Russia attacked Ukraine’s power grid.', [['Russia', 'GPE'], ['Ukraine', 'GPE']], 'ASSAULT', null, 'Russia', 'Ukraine'],
  // a verb joined to a copula's clause has that clause's subject
  ['Vietnam is one of the most vocal critics of China and has accused Beijing of encroaching into its waters.', [['Vietnam', 'GPE'], ['China', 'GPE'], ['Beijing', 'GPE', 'China']], 'ACCUSE', 'allege', 'Vietnam', 'China'],
  // signing an agreement is agreeing; signing a law or a form is not
  ['AirTanker has signed a 27-year contract with the Defense Ministry.', [['AirTanker', 'ORG'], ['Defense Ministry', 'ORG']], 'AGREE', null, 'AirTanker', 'Defense Ministry'],
  // where someone is deported from is a place, not whom; what is seized from a state is taken from it
  ['Mexico deported the migrants from Arizona.', [['Mexico', 'GPE'], ['Arizona', 'GPE']], 'COERCE', null, 'Mexico', null],
  ['Russia seized Crimea from Ukraine in 2014.', [['Russia', 'GPE'], ['Crimea', 'LOC'], ['Ukraine', 'GPE']], 'COERCE', null, 'Russia', 'Ukraine'],
  // aid named as military or financial, approved as a package past its amount
  ['The United States approved a $1 billion military aid package for Ukraine.', [['United States', 'GPE'], ['Ukraine', 'GPE']], 'AID', 'military', 'United States', 'Ukraine'],
  ['China provided financial support to Russia.', [['China', 'GPE'], ['Russia', 'GPE']], 'AID', 'economic', 'China', 'Russia'],
  // weapons launched or fired, an ambassador recalled, tariffs imposed, land annexed
  ['Russia launched missiles and drones overnight.', [['Russia', 'GPE']], 'ASSAULT', null, 'Russia', null],
  ['France recalled its ambassador from Italy.', [['France', 'GPE'], ['Italy', 'GPE']], 'ACCUSE', 'disapprove', 'France', 'Italy'],
  ['The United States imposed tariffs on China.', [['United States', 'GPE'], ['China', 'GPE']], 'SANCTION', null, 'United States', 'China'],
  ['Russia annexed Crimea from Ukraine in 2014.', [['Russia', 'GPE'], ['Crimea', 'LOC'], ['Ukraine', 'GPE']], 'COERCE', null, 'Russia', 'Ukraine'],
  // a formal charge, a call for something, an extradition
  ['The US Justice Department has charged Assange with espionage.', [['US Justice Department', 'ORG'], ['Assange', 'PER']], 'ACCUSE', 'allege', 'US Justice Department', 'Assange'],
  ['The Palestinian Authority called for an emergency meeting.', [['Palestinian Authority', 'ORG']], 'REQUEST', null, 'Palestinian Authority', null],
  ['The US wants the UK to extradite Assange.', [['US', 'GPE'], ['UK', 'GPE'], ['Assange', 'PER']], 'COERCE', null, 'UK', 'Assange'],
];

// text, entities, a type no event may have: a word that only starts like a trigger, or a trigger's other sense
const nearMisses: Array<[string, Array<[string, EntityType, string?]>, string]> = [
  // a name that only follows a noun trigger is another clause's, no target
  ['After legal consultation Washington had concluded the plan was legal.', [['Washington', 'GPE']], 'CONSULT'],
  ['Hillary Clinton aide Cheryl Mills had a conflict of interest.', [['Hillary Clinton', 'PER'], ['Cheryl Mills', 'PER']], 'AID'],
  ['McConnell aides acknowledged a relationship with Obama.', [['McConnell', 'PER'], ['Obama', 'PER']], 'AID'],
  ['GM dealers in Ohio will close.', [['GM', 'ORG'], ['Ohio', 'GPE']], 'AGREE'],
  ['GM will let dealers cease dealing in Saturn vehicles.', [['GM', 'ORG'], ['Saturn', 'ORG']], 'AGREE'],
  ['A court ruled against Ohio, dealing a blow to Jon Husted.', [['Ohio', 'GPE'], ['Jon Husted', 'PER']], 'AGREE'],
  ['Peña Nieto has tripped over himself trying to deal with Donald Trump.', [['Peña Nieto', 'PER'], ['Donald Trump', 'PER']], 'AGREE'],
  ['Apple also demonstrated the features of Snow Leopard.', [['Apple', 'ORG'], ['Snow Leopard', 'MISC']], 'PROTEST'],
  ['Trump told his supporters at a Michigan rally to vote.', [['Trump', 'PER'], ['Michigan', 'GPE']], 'PROTEST'],
  ['Obama aired on all but one of the Russian stations.', [['Obama', 'PER'], ['Russian', 'NORP']], 'MOBILIZE'],
  ['Trump made the comments during a brief appearance in Michigan.', [['Trump', 'PER'], ['Michigan', 'GPE']], 'CONSULT'],
  ['Opponents will try to convince a U.S. appeals court.', [['U.S.', 'GPE']], 'REQUEST'],
  ['The Trump campaign stayed vague to appeal to Ohio voters.', [['Trump', 'PER'], ['Ohio', 'GPE']], 'REQUEST'],
  ['Environmental groups granted Tom Clarke an extension.', [['Tom Clarke', 'PER']], 'AID'],
  ['NATO jets scrambled to intercept Russian bombers.', [['NATO', 'ORG'], ['Russian', 'NORP']], 'ASSAULT'],
  ['The Berlin band toured France.', [['Berlin', 'GPE'], ['France', 'GPE']], 'COERCE'],
  // an object is not found past the verb of saying of another clause ("people briefed on the talks | said Trump …")
  ['Two people briefed on the talks said Trump has decided to wait.', [['Trump', 'PER']], 'CONSULT'],
  ['George W. Bush signed the legislation authorizing the museum.', [['George W. Bush', 'PER']], 'AGREE'],
  ['Noel and Thomas signed false certifications.', [['Noel', 'PER'], ['Thomas', 'PER']], 'AGREE'],
  // "charged" a price is no charge; "extradition to X" names where, not whom
  ['The company charged Iran $5 for the service.', [['Iran', 'GPE']], 'ACCUSE'],
  ['Assange is battling extradition to the United States.', [['United States', 'GPE']], 'COERCE'],
  ['Kenya’s AIDS crisis worsened.', [['Kenya', 'GPE']], 'AID'],
  // a pronoun, a passive's pronoun agent, an agent of another verb: no actor
  ['Rakeyia Scott said her husband was at his side when he was shot.', [['Rakeyia Scott', 'PER']], 'ASSAULT'],
  ['The hacking of the DNC, the DCCC and other offices can be traced to hackers sanctioned by it.', [['DNC', 'ORG'], ['DCCC', 'ORG']], 'SANCTION'],
  ['The parties agreed to have the case heard by the UK court.', [['UK', 'GPE']], 'AGREE'],
  // a participle joined to a passive is passive: its pronoun subject does nothing
  ['Keith Scott got out of the car. He was tased and then shot.', [['Keith Scott', 'PER']], 'ASSAULT'],
  // ("seize on" is another verb)
  ['Hillary Clinton is seizing upon a New York Times report.', [['Hillary Clinton', 'PER'], ['New York Times', 'ORG']], 'COERCE'],
];

// text, entities, expected type, the event's place (canonical or null)
const places: Array<[string, Array<[string, EntityType, string?]>, string, string | null]> = [
  ['Air China signed the agreement in Paris on June 15.', [['Air China', 'ORG'], ['Paris', 'GPE']], 'AGREE', 'Paris'],
  ['Rebels shot at UN peacekeepers near Goma.', [['UN', 'ORG'], ['Goma', 'GPE']], 'ASSAULT', 'Goma'],
  ['Belarusian police arrested 40 protesters in Minsk.', [['Belarusian', 'NORP'], ['Belarus', 'GPE'], ['Minsk', 'GPE']], 'COERCE', 'Minsk'],
  ['Rebels attacked a UN convoy near Goma, the army said.', [['UN', 'ORG'], ['Goma', 'GPE']], 'ASSAULT', 'Goma'],
  ['The Supreme Court rejected a request from the governor in Ohio.', [['Supreme Court', 'ORG'], ['Ohio', 'GPE']], 'REJECT', null],
  ['France sent troops to Mali, officials in Paris said.', [['France', 'GPE'], ['Mali', 'GPE'], ['Paris', 'GPE']], 'AID', null],
];

// text, entities, expected type, actor canonical (or null): with the claims of the text, as the pipeline passes them
const withClaims: Array<[string, Array<[string, EntityType, string?]>, string, string | null]> = [
  // a name inside what the claim before reported is not who the pronoun is: that claim's source is
  ['China said Britain was meddling in Hong Kong. It accused London of lying.', [['China', 'GPE'], ['Britain', 'GPE'], ['Hong Kong', 'GPE'], ['London', 'GPE']], 'ACCUSE', 'China'],
  // … but not in the sentence of the report ("she" is the one described)
  ['Chris Christie described Hillary Clinton as a “disgrace” after she attacked police officers.', [['Chris Christie', 'PER'], ['Hillary Clinton', 'PER']], 'ASSAULT', null],
  // a pronoun inside a quotation names someone the speaker's words name
  ['“I have taken responsibility,” Clinton said. “He refuses to take responsibility.”', [['Clinton', 'PER']], 'REJECT', null],
];

describe('events: trigger, type, actor and target', () => {
  it.each(withClaims)('with claims: %s', (text, names, type, actor) => {
    const a = analyse(text);
    const entities = entitiesOf(text, names);
    const events = extractEvents(a, entities, extractClaims(a, entities));
    const hit = events.find((v) => v.type === type);
    expect(hit ? (hit.actor ? entities.find((e) => e.id === hit.actor)!.canonical : null) : null, JSON.stringify(events)).toBe(actor);
    if (actor) expect(hit).toBeDefined();
  });

  it.each(cases)('%s', (text, names, type, mode, actor, target) => {
    const a = analyse(text);
    const entities = entitiesOf(text, names);
    const events = extractEvents(a, entities, []);
    const name = (id: string | null) => (id ? entities.find((e) => e.id === id)!.canonical : null);
    const hit = events.find((v) => v.type === type);
    expect(hit, JSON.stringify(events)).toBeDefined();
    expect(hit!.mode).toBe(mode);
    expect(name(hit!.actor)).toBe(actor);
    expect(name(hit!.target)).toBe(target);
    expect(text.slice(hit!.trigger.start, hit!.trigger.end)).toBe(hit!.trigger.text);
  });

  it.each(nearMisses)('%s (no such event)', (text, names, type) => {
    const events = extractEvents(analyse(text), entitiesOf(text, names), []);
    expect(events.filter((v) => v.type === type), JSON.stringify(events)).toEqual([]);
  });

  it.each(places)('place: %s', (text, names, type, place) => {
    const entities = entitiesOf(text, names);
    const hit = extractEvents(analyse(text), entities, []).find((v) => v.type === type);
    expect(hit).toBeDefined();
    expect(hit!.location ? entities.find((e) => e.id === hit!.location)!.canonical : null).toBe(place);
  });

  it('a place inside a name after "in" is no target ("rejected in the United States Senate")', () => {
    const text = 'The bailout bill was rejected in the United States Senate on Thursday.';
    const ents = entitiesOf(text, [['United States Senate', 'ORG'], ['United States', 'GPE']]);
    expect(extractEvents(analyse(text), ents, []).map((v) => v.type)).not.toContain('REJECT');
  });

  it('a conjunct is governed as its first conjunct is ("in Arizona and Illinois")', () => {
    const text = 'Offices in Arizona and Illinois were attacked by hackers.';
    const ents = entitiesOf(text, [['Arizona', 'GPE'], ['Illinois', 'GPE']]);
    expect(extractEvents(analyse(text), ents, [])).toEqual([]);
  });

  it('a noun trigger with no actor of its own and no target is no event', () => {
    for (const text of ['The UAW refused to meet the demands.', 'Republican Senator Bob Corker was also unhappy about the rejection.',
      'The China Daily newspaper reported that the deal is waiting for approval.']) {
      const ents = entitiesOf(text, [['UAW', 'ORG'], ['Bob Corker', 'PER'], ['China Daily', 'ORG']].filter(([n]) => text.includes(n)) as Array<[string, EntityType]>);
      const nouns = extractEvents(analyse(text), ents, []).map((v) => v.trigger.text).filter((t) => /demands|rejection|deal/.test(t));
      expect(nouns, text).toEqual([]);
    }
  });

  it('meeting a demand, a deadline or a target is no meeting', () => {
    for (const text of ['Boeing must raise production to meet customer demand.', 'Ford met its sales targets in Canada.']) {
      const ents = entitiesOf(text, [['Boeing', 'ORG'], ['Ford', 'ORG'], ['Canada', 'GPE']].filter(([n]) => text.includes(n)) as Array<[string, EntityType]>);
      expect(extractEvents(analyse(text), ents, []).map((v) => v.type), text).not.toContain('CONSULT');
    }
  });

  it('"the troops" stands for no state when two states had troops', () => {
    const text = 'Russian troops and Ukrainian troops clashed. France condemned the troops.';
    const ents = entitiesOf(text, [['Russian', 'NORP'], ['Russia', 'GPE'], ['Ukrainian', 'NORP'], ['Ukraine', 'GPE'], ['France', 'GPE']]);
    const v = extractEvents(analyse(text), ents, []).find((e) => e.type === 'ACCUSE');
    expect(v?.target ?? null).toBeNull();
  });

  it('one event per type, actor and target in a sentence', () => {
    const text = 'Japan pledged $2 billion in loans and grants to Indonesia.';
    const ents = entitiesOf(text, [['Japan', 'GPE'], ['Indonesia', 'GPE']]);
    expect(extractEvents(analyse(text), ents, []).filter((v) => v.type === 'AID')).toHaveLength(1);
  });

  it('"according to" is not an agreement', () => {
    const text = 'According to France, the talks failed.';
    const ents = entitiesOf(text, [['France', 'GPE']]);
    expect(extractEvents(analyse(text), ents, []).map((v) => v.type)).not.toContain('AGREE');
  });

  it('releasing a product, a statement or figures is no concession', () => {
    for (const text of ['Apple plans to release a new MacBook Pro in 2020.', 'The ministry released a statement on Monday.', 'China released its trade figures.']) {
      const ents = entitiesOf(text, [['Apple', 'ORG'], ['MacBook Pro', 'MISC'], ['China', 'GPE']].filter(([n]) => text.includes(n)) as Array<[string, EntityType]>);
      expect(extractEvents(analyse(text), ents, []).map((v) => v.type)).not.toContain('CONCEDE');
    }
  });

  it('no entity, no event', () => {
    expect(extractEvents(analyse('Someone attacked something.'), [], [])).toEqual([]);
  });

  it('a word inside a name is not a trigger', () => {
    const text = 'The Security Council Alliance met nobody.';
    const ents = entitiesOf(text, [['Security Council Alliance', 'ORG']]);
    expect(extractEvents(analyse(text), ents, []).map((v) => v.type)).not.toContain('COOPERATE');
  });
});
