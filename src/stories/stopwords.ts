/**
 * Words that say nothing about what a news article is about: English function words, reporting
 * verbs and the vocabulary every wire report shares (days, months, "said", "year", "percent" …).
 */
const WORDS = `
a about above across after afterwards again against all almost alone along already also although always am among
amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because become
becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot
could did do does doing done down due during each either else elsewhere enough even ever every everyone everything
everywhere except few first for former formerly from further get gets getting give given go goes going gone got had
has have having he hence her here hereafter hereby herein hers herself him himself his how however i if in indeed
into is it its itself just keep last latter least less let like made make makes making many may me meanwhile might
mine more moreover most mostly much must my myself neither never nevertheless next no nobody none noone nor not
nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own
per perhaps please put rather re same see seem seemed seeming seems several she should since so some somehow someone
something sometime sometimes somewhere still such than that the their theirs them themselves then thence there
thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to
together too toward towards under until up upon us very via was we well were what whatever when whence whenever
where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose
why will with within without would yet you your yours yourself yourselves
said says say saying told tell tells telling according added adding announced announce stated statement reported
report reports reporting reportedly claimed claim claims noted explained asked comment comments commented believe
believed think thought added also new news latest today yesterday tomorrow tonight week weeks month months year
years day days time times monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec percent
cent number numbers including include includes included part parts people person mr mrs ms dr including around
lot lots way ways thing things told want wanted wants need needs needed use used using come came comes take took
taken taking know known show shows showed shown expected expect early earlier later late recent recently
million billion thousand hundred two three four five six seven eight nine ten dozen dozens half second third
percent total totals high higher low lower big bigger large largest small great good best better major key
told official officials source sources spokesman spokeswoman spokesperson press agency reuters associated ap afp
information issue issues case cases end ends ended start started begin began place set sets area areas
per via
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
