import { describe, expect, it } from 'vitest';
import { describeEntities } from './helpers.js';

// Roles of people from titles before the name and appositives after it: text, person, role (null: none).
const CASES: Array<[string, string, string | null]> = [
  ['German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday.', 'Olaf Scholz', 'German Chancellor'],
  ['German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday.', 'Emmanuel Macron', 'French President'],
  ['Japanese Prime Minister Fumio Kishida will visit Washington next month.', 'Fumio Kishida', 'Japanese Prime Minister'],
  ['Antony Blinken, the U.S. Secretary of State, arrived in Cairo.', 'Antony Blinken', 'U.S. Secretary of State'],
  ['Lloyd Austin, the U.S. defense secretary, met his Japanese counterpart.', 'Lloyd Austin', 'U.S. defense secretary'],
  ['The report was written by Sarah Jones, a senior analyst at Moody’s, and published on Monday.', 'Sarah Jones', 'senior analyst at Moody’s'],
  ['Opposition leader Keir Starmer called for an election.', 'Keir Starmer', 'Opposition leader'],
  ['Indian Foreign Ministry spokesman Randhir Jaiswal said talks would continue.', 'Randhir Jaiswal', 'Indian Foreign Ministry spokesman'],
  ['President Joe Biden met Prime Minister Rishi Sunak.', 'Rishi Sunak', 'Prime Minister'],
  ['Secretary-General Antonio Guterres spoke.', 'Antonio Guterres', 'Secretary-General'],
  ['Angela Merkel, who led Germany for 16 years, said she had no regrets.', 'Angela Merkel', null],
  ['Mr. Tony Blair said he would stay.', 'Tony Blair', null],
  ['Tim Morrison, another top NSC aide, spoke on Tuesday.', 'Tim Morrison', 'top NSC aide'],
  // a role as the text gives it: no possessive left from its owner, no "both" or "now"
  ['He would reprise his role as the father of Chris Pine’s Captain James T. Kirk.', 'James T. Kirk', 'Captain'],
  ['American Kevin King and Australian Timothy Weeks, both professors at the American University of Kabul, were freed.', 'Timothy Weeks', 'professors at the American University of Kabul'],
  ['Kathleen DelGiorno, now a staff scientist at the Salk Institute, said so.', 'Kathleen DelGiorno', 'staff scientist at the Salk Institute'],
  // an appositive holding a finite verb, or a title right before another name, is no role of the name before
  ['President of the Senate, Bukola Saraki, Senator Dino Melaye and Senator Ben Murray-Bruce have dragged the police to court.', 'Bukola Saraki', null],
  // The organisation before the title is part of the role, as in "Russian Foreign Ministry spokeswoman".
  ['Aer Lingus Chief Executive Dermot Mannion said the airline would grow.', 'Dermot Mannion', 'Aer Lingus Chief Executive'],
  ['He left current chief operating officer Timothy D. Cook in charge of day-to-day operations.', 'Timothy D. Cook', 'chief operating officer'],
  // a reporter's beat title is a role ("NFL Insider")
  ['CBS Sports NFL Insider Jason La Canfora has reported that the NFL will fine Rudolph.', 'Jason La Canfora', 'Sports NFL Insider'],
  // a player's position is a role
  ['Defenseman Jonas Brodin scored twice on Tuesday.', 'Jonas Brodin', 'Defenseman'],
  // a title written short is the title; a clause after the name is no appositive
  ['The governor, Republican Gov. Eric Holcomb, spoke at the Republican Governors Association.', 'Eric Holcomb', 'Republican Gov.'],
  ['Then Keith Gambill, spoke at the National Governors Association on Monday.', 'Keith Gambill', null],
  // where they live or work is no part of the role; whom they work for is
  ['It comes from Kevin McKinley, a financial adviser in Eau Claire, Wis. And it is simple.', 'Kevin McKinley', 'financial adviser'],
  ['The report was written by Sarah Jones, an economist from London, and published on Monday.', 'Sarah Jones', 'economist'],
];

describe('roles', () => {
  it.each(CASES)('%s → %s', (text, person, role) => {
    const { entities, badSpans } = describeEntities(text);
    expect(badSpans).toEqual([]);
    const e = entities.find((x) => x.type === 'PER' && x.canonical === person);
    expect(e, `${person} not found`).toBeDefined();
    expect(e!.role).toBe(role);
    if (role) expect(text).toContain(role);
  });
});
