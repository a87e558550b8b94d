/** Stance from the cue (and, for "asked", the content): table of cue → stance, then whole sentences. */
import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../../src/extract/attribution/lexicon.js';
import { claimsOf } from './helpers.js';

const CUES: Array<[string, string, string]> = [
  ['said', '', 'assert'], ['told reporters', '', 'assert'], ['According to', '', 'assert'], ['revealed', '', 'assert'],
  ['denied', '', 'deny'], ['rejected', '', 'deny'], ['declined to confirm or deny', '', 'decline'], ['refused to say', '', 'decline'],
  ['warned', '', 'warn'], ['issued a warning', '', 'warn'], ['cautioned', '', 'warn'],
  ['promised', '', 'promise'], ['pledged', '', 'promise'], ['vowed', '', 'promise'],
  ['urged', '', 'request'], ['has called on', '', 'request'], ['called', 'for an inquiry', 'request'], ['called', 'it the end of an era', 'assert'], ['asked', 'the court to act', 'request'],
  ['asked', 'whether the deal was final', 'question'], ['questioned', '', 'question'],
  ['asked', 'Does anybody know what the platform is', 'question'],
  // telling someone to do something is a request; telling them that something is so is not
  ['telling', 'them to “believe in yourselves”', 'request'], ['told', 'the troops to stand down', 'request'], ['told', 'reporters that the plan failed', 'assert'], ['There is little doubt', 'the planet is warming', 'assert'],
  ['had no doubt', 'the plan would work', 'assert'], ['doubted', 'the plan would work', 'question'],
];

describe('stanceOf', () => {
  for (const [cue, content, want] of CUES) it(`${cue} ${content} → ${want}`, () => expect(stanceOf(cue, content)).toBe(want));
});

const SENTENCES: Array<[string, string, string]> = [
  ['The company denied that it had broken the law.', 'denied', 'deny'],
  ['The president promised to cut taxes.', 'promised', 'promise'],
  ['Activists urged the government to release the prisoners.', 'urged', 'request'],
  ['Reporters asked whether the deal was final.', 'asked', 'question'],
  // "assured" promises only what is to come
  ['The company assured workers that the plant would stay open.', 'assured', 'promise'],
  ['“I didn’t sweat at the time,” he assures viewers.', 'assures', 'assert'],
  ['He also asked about concerns his predecessor might have had.', 'also asked about', 'question'],
  ['Wait, she asked, “now it is 18.7 percent?”', 'asked', 'question'],
  ['Officials warned that the storm could cause flooding.', 'warned', 'warn'],
  ['The senator declined to comment on the report.', 'declined to comment', 'decline'],
];

describe('stance of extracted claims', () => {
  for (const [text, cue, want] of SENTENCES) {
    it(text, () => {
      const c = claimsOf(text).find((x) => x.cue.text === cue);
      expect(c).toBeDefined();
      expect(c!.stance).toBe(want);
      expect(text.slice(c!.cue.start, c!.cue.end)).toBe(cue);
    });
  }
});
