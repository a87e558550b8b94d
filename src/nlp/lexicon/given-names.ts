/**
 * Given names that news prose uses for one sex far more than the other, lower case: enough to keep "she"
 * from standing for Donald Trump. Names used for both ("Jordan", "Taylor", "Kim", "Jean", "Alex", "Robin")
 * are in neither list. Written for this project (common English given names and the given names of
 * people often in international news), not copied from a data set.
 */

export const MALE_GIVEN_NAMES = new Set(`
aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro alexander alexei alexey alfred ali
allen alvin amir anders andre andreas andrew andrei andrey andy angelo anthony antonio antony arnold arthur
ashraf barack barry ben benjamin benny bernard bernie bill billy bob bobby boris brad bradley brandon brendan brett
brian bruce bryan bud byron calvin carl carlos cesar chad charles charlie chuck clarence claude clint clifford colin
connor conor craig curtis dale dan daniel danny darren dave david dean dennis derek devin dick dmitry dmitri domingo
don donald doug douglas duncan dustin dwight earl ed eddie edgar eduardo edward edwin elijah elliot elon emmanuel enrique
eric erik ernest ernesto eugene evan everett fabio felipe felix fernando francesco francis francisco frank franklin
fred frederick gabriel gary gavin gene geoffrey george gerald gerhard giorgio giuseppe glenn gordon graham grant greg
gregory guillermo gustavo guy hamid hans harold harry harvey hassan hector henry herbert howard hugh hugo hussein ian
ibrahim igor isaac ivan jack jackson jacob jake james jared jason javier jay jeff jeffrey jeremy jerome jerry jesse
jesus jim jimmy joe joel johan john johnny jon jonathan jorge jose joseph josh joshua juan julian julio justin karl
keith kenneth kenny kevin khalid kirk kurt kyle lamar lance larry lawrence leo leon leonard lewis liam lloyd lorenzo
louis luca lucas luis luke malcolm marc marco marcus mario mark martin marvin matt matthew maurice max michael miguel
mike mikhail milton mitch mitchell mohammed mohammad muhammad mustafa narendra nathan neil nicholas nick nicolas nigel
noah norman oleg oliver omar oscar owen pablo patrick paul pedro pete peter philip phillip pierre rafael ralph ramon
randy raul ray raymond recep reginald ricardo richard rick ricky rob robert roberto rod rodney roger roland roman ron
ronald ross roy rudy russell ryan salman sam samuel scott sean sebastian sergei sergey seth shane shaun simon stanley
stefan stephen steve steven stuart tariq ted terry theodore thomas tim timothy todd tom tommy tony travis trevor troy
tyler valery victor vincent vladimir volodymyr walter warren wayne wesley william willie xavier yasser yuri zachary
`.trim().split(/\s+/));

export const FEMALE_GIVEN_NAMES = new Set(`
abigail ada adriana agnes aisha alexandra alexandria alice alicia alison amanda amber amelia amy ana
angela angelina anita ann anna anne annette antonia april audrey barbara beatrice becky belinda beth betsy betty
beverly bonnie brenda bridget brittany camila carla carmen carol caroline carolyn catherine cathy cecilia charlene
charlotte cheryl christina christine cindy claire clara claudia colleen connie cristina cynthia daisy daniela
danielle deborah debra denise diana diane donna doris dorothy edith eileen elaine eleanor elena elisabeth elizabeth
ella ellen elsa emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela gail gina giulia gloria
grace gwen hannah harriet hayley heather heidi helen helena hillary holly ilhan ingrid irene iris isabel isabella
jacqueline jane janet janice jennifer jenny jessica jill joan joanna joanne josephine joyce judith judy julia julie
june karen karin katherine kathleen kathryn kathy katie kamala kate katrina kelly kimberly kirsten kristen laura lauren
leah linda lindsay lisa liz lois lora lori louise lucia lucy lydia madeleine madison margaret margarita maria
marie marilyn marina marion marjorie martha mary maureen megan melania melanie melissa michelle mildred miriam molly
monica nadia nancy naomi natalia natalie natasha nicole nikki nina nora olga olivia pamela patricia paula pauline
peggy penny phyllis priscilla rachel rebecca regina renee rita roberta rosa rose rosemary ruth sabrina sally samantha
sandra sara sarah sharon sheila shirley silvia simone sofia sonia sophia sophie stacey stephanie susan suzanne svetlana
sylvia tamara tammy tanya teresa theresa tina tracy ursula valerie vanessa vera veronica victoria virginia vivian
wanda wendy yulia yvonne zoe
`.trim().split(/\s+/));

/** Role words that say a person's sex ("spokeswoman", "Mrs."), lower case, without a final full stop. */
export const FEMALE_ROLE_WORDS = new Set(['mrs', 'ms', 'miss', 'madam', 'lady', 'dame', 'queen', 'princess', 'spokeswoman', 'chairwoman',
  'congresswoman', 'councilwoman', 'businesswoman', 'actress', 'empress', 'duchess', 'countess', 'mother', 'wife', 'daughter', 'sister',
  'grandmother', 'widow', 'first lady']);
export const MALE_ROLE_WORDS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'councilman',
  'businessman', 'actor', 'emperor', 'duke', 'father', 'husband', 'son', 'brother', 'grandfather', 'widower', 'sheikh',
  'emir', 'sultan', 'pope', 'cardinal', 'rabbi', 'imam', 'ayatollah']);
