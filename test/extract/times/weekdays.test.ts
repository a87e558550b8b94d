/** Weekdays against the publication day (Wednesday 23 October 2024). */
import { describe } from 'vitest';
import { table } from './cases.js';

describe('weekdays in news', () => {
  table([
    ['Officials said trains would halt if the strike goes ahead Monday.', 'Monday', '2024-10-28', 'DATE'],
    ['If he follows up his Tuesday wins with a victory, he leads.', 'Tuesday', '2024-10-22', 'DATE'],
    ['The suspect is likely to appear in court Friday.', 'Friday', '2024-10-25', 'DATE'],
    ['The markets continued to remain closed for a third day.', 'a third day', '2024-10-23', 'DATE'],
    // "holds/hosts" after its subject is a scheduled event, the coming day
    ['The Silver State holds its caucuses on Saturday.', 'Saturday', '2024-10-26', 'DATE'],
    ['Democrats hold their convention Monday.', 'Monday', '2024-10-28', 'DATE'],
    ['Ohio hosts the debate on Thursday.', 'Thursday', '2024-10-24', 'DATE'],
    ['The party held its caucuses on Saturday.', 'Saturday', '2024-10-19', 'DATE'],
    // a modal perfect looks back ("could have", "should have", "must have" + participle, or elided); a
    // possession after the modal still looks ahead
    ['The mayor could have signed the bill Tuesday.', 'Tuesday', '2024-10-22', 'DATE'],
    ['Kasich was not the spoiler he could have been Tuesday.', 'Tuesday', '2024-10-22', 'DATE'],
    ['He lost more ground than he should have Monday.', 'Monday', '2024-10-21', 'DATE'],
    ['The Senate could have a vote on Thursday.', 'Thursday', '2024-10-24', 'DATE'],
    ['Shoppers might have seven more days after Friday.', 'Friday', '2024-10-25', 'DATE'],
    ['On Wednesday, the U.S. warned that troops would be targets.', 'Wednesday', '2024-10-23', 'DATE', null],
    ['The minister resigned on Monday.', 'Monday', '2024-10-21', 'DATE'],
    // "decided to" is a decision taken, what it decided is as likely done: the past
    ['The defensive lineman decided to weigh in on the fight on Monday, saying the league should act.', 'Monday', '2024-10-21', 'DATE'],
    ['Officials said Friday that the talks had failed.', 'Friday', '2024-10-18'],
    ['The talks collapsed Sunday.', 'Sunday', '2024-10-20'],
    ['The council will vote on Friday.', 'Friday', '2024-10-25'],
    ['Leaders are expected to meet Thursday in Brussels.', 'Thursday', '2024-10-24'],
    ['He arrived last Friday.', 'last Friday', '2024-10-18'],
    ['The vote is next Monday.', 'next Monday', '2024-10-28'],
    ['Protesters gathered Tuesday night outside the ministry.', 'Tuesday night', '2024-10-22TNI', 'TIME'],
    // tense cues that point forward: "planned to", "set to", "is to"; "the plan" and "next to" are no cues
    ['The team planned to leave on Thursday for Geneva.', 'Thursday', '2024-10-24'],
    ['The talks were set to resume Monday in Belfast.', 'Monday', '2024-10-28'],
    ['Trading is to resume in Paris Friday.', 'Friday', '2024-10-25'],
    ['The company unveiled the plan Monday.', 'Monday', '2024-10-21'],
    ['A bomb exploded next to the embassy on Friday.', 'Friday', '2024-10-18'],
    ['Markets remain closed until Friday.', 'Friday', '2024-10-25'],
    ['The convention got off to a rocky start Monday.', 'Monday', '2024-10-21'],
    ['The fire started early Tuesday.', 'early Tuesday', '2024-10-22', 'DATE', 'START'],
    ['Fighting resumed on Saturday morning.', 'Saturday morning', '2024-10-19TMO', 'TIME'],
    // a weekday in the possessive names a day whose event is known: not a coming one
    ["Relatives said they would look for ways to get around Monday's ruling.", 'Monday', '2024-10-21'],
    // but a "will" next to it looks ahead
    ["Friday's debate in Ohio will be the first of three.", 'Friday', '2024-10-25'],
    // "could not" is a past inability, not a possibility to come
    ['Firefighters could not stop the blaze Tuesday.', 'Tuesday', '2024-10-22'],
    // so with a negative subject ("neither … nor", "no one", "nobody")
    ['Neither the mayor nor his aides could be reached Tuesday for comment.', 'Tuesday', '2024-10-22'],
    ['No one could say Monday how the fire started.', 'Monday', '2024-10-21'],
    ['The rally could be moved to Friday.', 'Friday', '2024-10-25'],
    // the present of a scheduled event after its subject is to come ("the leaders meet Friday")
    ['The two leaders meet Friday in Geneva.', 'Friday', '2024-10-25'],
    ['The talks resume Monday in Belfast.', 'Monday', '2024-10-28'],
    ['Parliament votes Thursday on the budget.', 'Thursday', '2024-10-24'],
    ['The president travels to Beijing on Sunday.', 'Sunday', '2024-10-27'],
    ['Smith and Jones meet separately Monday with the mediator.', 'Monday', '2024-10-28'],
    // not as nouns, nor after "to", "did" or "not"
    ['The votes Tuesday showed a deep split.', 'Tuesday', '2024-10-22'],
    ['The talks did not resume Monday.', 'Monday', '2024-10-21'],
    ['The envoys failed to meet Monday.', 'Monday', '2024-10-21'],
    ["The premier's visit to Kyiv on Friday drew protests.", 'Friday', '2024-10-18'],
    // a plan with its object ("planned a rally on Saturday"), "were planning to": to come
    ['Unions planned a rally on Saturday outside parliament.', 'Saturday', '2024-10-26'],
    ['Farmers were planning to block roads on Monday.', 'Monday', '2024-10-28'],
    // "later Saturday", "earlier Friday": the adverb modifies the day, no tense cue
    ['The counsel replied later Tuesday that the dispute was a misunderstanding.', 'Tuesday', '2024-10-22'],
    // "agreed to a phone call on Monday": "to" before a noun is a preposition, the verb past
    ['The senator agreed to a phone call on Monday.', 'Monday', '2024-10-21'],
    ['The senator agreed to meet the nominee on Monday.', 'Monday', '2024-10-28'],
    // a day told as set with a present copula is the coming one ("the vote is Friday"; "the vote was Friday" is past)
    ['The runoff is Sunday.', 'Sunday', '2024-10-27'],
    ['The hearing is on Monday.', 'Monday', '2024-10-28'],
    ['The runoff was Sunday.', 'Sunday', '2024-10-20'],
    // "can/must/may" before a verb look ahead (not "cannot", "may have")
    ['He feels he can win the primary on Tuesday.', 'Tuesday', '2024-10-29'],
    ['The party must rally behind her on Sunday.', 'Sunday', '2024-10-27'],
    ['He cannot remember what happened Monday.', 'Monday', '2024-10-21'],
    // after a verb of saying, "that" opens the reported clause: its tense is not the report's
    ['The minister told a newspaper on Tuesday that the government must rethink its strategy.', 'Tuesday', '2024-10-22'],
    // a parenthetical between dashes or brackets is another clause: its verbs give no tense
    ['On Friday, the senator — who had endorsed the governor and campaigned for him — will headline a fundraiser.', 'Friday', '2024-10-25'],
    ['The vote on Thursday (which was delayed twice) will decide the race.', 'Thursday', '2024-10-24'],
    // "as X prepared to speak on Tuesday, …": the narrative's past, no plan
    ['As the candidate prepared to speak on Tuesday, a protester was arrested.', 'Tuesday', '2024-10-22'],
    // a deadline after a present perfect is to come; after a simple past it is past
    ['The government has kept all markets closed until Friday.', 'Friday', '2024-10-25'],
    ['The talks lasted until Monday.', 'Monday', '2024-10-21'],
    // "as soon as / as early as Tuesday": the coming one
    ['The group said it was ready to leave as soon as Thursday.', 'Thursday', '2024-10-24'],
    // four-letter past forms are cues too ("died")
    ['Of Nancy Reagan, who died Sunday at 94, people will remember that image.', 'Sunday', '2024-10-20'],
    // a possessive apostrophe is no quotation mark: the tense search goes on past it
    ["Police raided the workers' offices on Friday.", 'Friday', '2024-10-18'],
    // a plan told in the pluperfect ("had been due to", "had been scheduled to") is past
    ['The offer had been due to expire Friday evening.', 'Friday evening', '2024-10-18TEV', 'TIME'],
    ['The offer had been scheduled to expire at midnight Friday.', 'midnight Friday', '2024-10-18T24:00', 'TIME'],
    // a clause after "unless", "if", "because" has its own tense; "hope/want/seek to" point forward;
    // "due to" before a verb is a plan ("due to reopen"), before a noun a cause
    ['The central bank said it would cut off funding on Monday unless a deal was reached.', 'Monday', '2024-10-28'],
    ['Officials hope to close the deal Friday.', 'Friday', '2024-10-25'],
    ['The banks, shut for a week, are due to reopen on Tuesday.', 'Tuesday', '2024-10-29'],
    ['The game was called off on Tuesday due to rain.', 'Tuesday', '2024-10-22'],
    // irregular past forms are past cues ("spent", "fought", "fled")
    ['Campaign aides spent Saturday calling voters, confident that turnout would be high.', 'Saturday', '2024-10-19'],
    // a "would" right after the weekday, or after a pronoun or a comma, is reported speech or a counterfactual
    ['The candidate joined the debate, announcing on Tuesday he would meet the group.', 'Tuesday', '2024-10-22'],
    ['The senator noted that Saturday would have been his father\'s 90th birthday.', 'Saturday', '2024-10-19'],
    ['The mayor, who won the primary on Tuesday, would face a runoff.', 'Tuesday', '2024-10-22'],
    // a cue in the expression's clause goes before one past a comma; "coming" is a cue only after a copula;
    // a plan told in the past ("was to arrive") may lie on either side of publication
    ['The memoir, which will be in bookstores on Tuesday, is a twist on the genre.', 'Tuesday', '2024-10-29'],
    ['The state, which is set to vote Tuesday, saw the governor campaign there.', 'Tuesday', '2024-10-29'],
    ['For all the cheers coming out of the headquarters Monday night, the senator has work to do.', 'Monday night', '2024-10-21TNI', 'TIME'],
    ['The prime minister was to arrive at the White House on Monday for talks.', 'Monday', '2024-10-21'],
    ['Aides said that if she were to win on Tuesday, the party would rally.', 'Tuesday', '2024-10-29'],
    ['Under the rule that was to be issued by the ministry on Monday, most workers gain.', 'Monday', '2024-10-21'],
    ['He said he was going to get up and go back to work on Tuesday morning.', 'Tuesday morning', '2024-10-22TMO', 'TIME'],
    // the present of a scheduled event is its future ("begins", "opens", "takes effect"); its past is past
    ['The corruption trial begins Monday in Milan.', 'Monday', '2024-10-28'],
    ['The smoking ban takes effect Friday.', 'Friday', '2024-10-25'],
    ['The summit opens in Vienna on Thursday.', 'Thursday', '2024-10-24'],
    ['The ceremony took place Sunday.', 'Sunday', '2024-10-20'],
    // "the previous/following Friday": before or after the day last named
    ['Shares closed Friday down 4.5% from the previous Friday.', 'the previous Friday', '2024-10-11'],
    ['He arrived on Oct. 5 and left the following Monday.', 'the following Monday', '2024-10-07'],
  ]);
});

describe('weekdays without a publication date', () => {
  table([['He spoke on Wednesday.', 'Wednesday', 'XXXX-WXX-3']], null);
});
