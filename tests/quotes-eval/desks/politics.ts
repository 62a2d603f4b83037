// Politics passages: elections, budgets, protests, hearings, resignations, summits.
import type { PassageDefinition } from '../passage';

export const politicsPassages: PassageDefinition[] = [
  {
    name: 'politics-election-night',
    desk: 'politics',
    cases: ['curly-marks', 'split-by-attribution', 'cue-told-reporters', 'colon-opened', 'pronoun', 'cue-said-x', 'trap-apostrophe'],
    paragraphs: [
      `WARSAW — Poland’s opposition alliance claimed victory in Sunday’s parliamentary election after an exit poll showed it winning 41% of the vote.`,
      `“Tonight the country chose to turn the page,” alliance leader Katarzyna Wiśniewska told supporters in Warsaw. “Tomorrow we start writing the next one.”`,
      `The governing party’s leader, Tadeusz Nowicki, did not concede. He told reporters: “Exit polls are not results. We will wait for every vote to be counted.”`,
      `Turnout was 72%, the highest since 1989, according to the State Electoral Commission.`,
      `“People queued in the rain for two hours in some places. That tells you everything,” said Marek Zieliński, a political scientist at the University of Warsaw.`,
    ],
    quotations: [
      { text: `Tonight the country chose to turn the page,`, speaker: 'Katarzyna Wiśniewska' },
      { text: `Tomorrow we start writing the next one.`, speaker: 'Katarzyna Wiśniewska' },
      { text: `Exit polls are not results. We will wait for every vote to be counted.`, speaker: 'Tadeusz Nowicki' },
      { text: `People queued in the rain for two hours in some places. That tells you everything,`, speaker: 'Marek Zieliński' },
    ],
  },
  {
    name: 'politics-federal-budget',
    desk: 'politics',
    cases: ['straight-marks', 'partial-quotation', 'cue-asked', 'descriptor', 'title-then-surname', 'trap-word-as-word'],
    paragraphs: [
      `OTTAWA — The federal government tabled a budget on Tuesday with new spending on housing, a tax on share buybacks and a deficit of 39.8 billion Canadian dollars.`,
      `Finance Minister Anjali Mehra-Thompson told the House of Commons that the plan would "build more homes, faster, than this country has seen in 50 years."`,
      `Opposition finance critic Gordon MacLeod called it a "spending spree dressed up as a housing plan."`,
      `"Where is the money coming from? Who pays for this in five years?" the critic asked.`,
      `Bay Street traders have already dubbed the measure a "buyback tax," though the budget itself calls it a distributions levy.`,
    ],
    quotations: [
      { text: `build more homes, faster, than this country has seen in 50 years.`, speaker: 'Anjali Mehra-Thompson' },
      { text: `spending spree dressed up as a housing plan.`, speaker: 'Gordon MacLeod' },
      { text: `Where is the money coming from? Who pays for this in five years?`, speaker: 'Gordon MacLeod' },
    ],
  },
  {
    name: 'politics-tbilisi-march',
    desk: 'politics',
    layout: 'nbsp',
    cases: ['curly-marks', 'cue-said-x', 'organisation', 'partial-quotation', 'unnamed-source', 'abstain', 'colon-opened', 'trap-apostrophe'],
    paragraphs: [
      `TBILISI, Georgia — Tens of thousands of people marched through the capital on Saturday against a law that critics say will muzzle independent media.`,
      `“We are not foreign agents. We are journalists, and we are Georgians,” said Nino Beridze, an editor at a local news site, as the crowd passed parliament.`,
      `The Interior Ministry said in a statement that 14 people had been detained for “hooliganism” and that police had acted “with restraint.”`,
      `The law would make the country’s bid to join the European Union “all but impossible,” a Western diplomat said on condition of anonymity.`,
      `A banner on the steps of parliament read: “You cannot ban the truth.”`,
    ],
    quotations: [
      { text: `We are not foreign agents. We are journalists, and we are Georgians,`, speaker: 'Nino Beridze' },
      { text: `hooliganism`, speaker: 'Interior Ministry' },
      { text: `with restraint.`, speaker: 'Interior Ministry' },
      { text: `all but impossible,`, speaker: 'a Western diplomat' },
      { text: `You cannot ban the truth.`, speaker: null },
    ],
  },
  {
    name: 'politics-senate-aviation-hearing',
    desk: 'politics',
    layout: 'crlf',
    cases: ['straight-marks', 'cue-asked', 'nested-single', 'pronoun', 'quote-only-paragraph', 'title-then-surname', 'cue-said-x'],
    paragraphs: [
      `WASHINGTON — A Senate committee grilled the head of the Federal Aviation Administration on Wednesday over a string of near-collisions at U.S. airports.`,
      `"How many more near misses before someone at your agency says 'enough'?" asked Sen. Maria Colón-Whitfield, a Democrat from New Mexico.`,
      `Administrator David Okonkwo said the agency was hiring 1,800 air traffic controllers this year. "We inherited a shortage that took a decade to build. It will not be fixed in a year," he said.`,
      `Sen. Walter Brandt, a Republican from Wyoming, said he would introduce a bill requiring the FAA to report every near-collision within 48 hours.`,
      `"The public has a right to know when the system almost fails, not just when it does."`,
    ],
    quotations: [
      { text: `How many more near misses before someone at your agency says 'enough'?`, speaker: 'Maria Colón-Whitfield' },
      { text: `We inherited a shortage that took a decade to build. It will not be fixed in a year,`, speaker: 'David Okonkwo' },
      { text: `The public has a right to know when the system almost fails, not just when it does.`, speaker: 'Walter Brandt' },
    ],
  },
  {
    name: 'politics-minister-resigns',
    desk: 'politics',
    cases: ['curly-marks', 'cue-wrote', 'colon-opened', 'unclosed', 'multi-paragraph', 'organisation', 'partial-quotation', 'trap-apostrophe', 'title-then-surname'],
    paragraphs: [
      `CANBERRA, Australia — Australia’s environment minister resigned on Thursday, a day after a newspaper reported that she had failed to declare shares in a coal company.`,
      `In a letter to the prime minister released by her office, Rebecca Tran-Holloway wrote: “I have always believed that ministers must hold themselves to the highest standard, and I have fallen short of it.`,
      `“I made an honest mistake, but it is my mistake, and I will not ask the government to carry it.`,
      `The prime minister accepted the resignation and thanked her for her service.`,
      `The Australian Conservation Foundation said in a statement that the minister had been “an effective advocate for the reef” and that her departure was “a loss.”`,
      `Opposition leader Craig Fenwick said the resignation “should have come a day earlier.”`,
    ],
    quotations: [
      { text: `I have always believed that ministers must hold themselves to the highest standard, and I have fallen short of it.\n\n“I made an honest mistake, but it is my mistake, and I will not ask the government to carry it.`, speaker: 'Rebecca Tran-Holloway', unclosed: true },
      { text: `an effective advocate for the reef`, speaker: 'Australian Conservation Foundation' },
      { text: `a loss.`, speaker: 'Australian Conservation Foundation' },
      { text: `should have come a day earlier.`, speaker: 'Craig Fenwick' },
    ],
  },
  {
    name: 'politics-pothole-election',
    desk: 'politics',
    cases: ['curly-marks', 'trap-word-as-word', 'trap-nickname', 'trap-title', 'trap-scare-quotes', 'colon-opened', 'trap-apostrophe'],
    paragraphs: [
      `Voters in Leicester will choose a new mayor on Thursday in a race that has been dominated by one word: “potholes.”`,
      `The frontrunner, former councillor Sunita “Sunny” Patel, has built her campaign around a pledge to fix 10,000 of them in her first year.`,
      `Her main rival, the independent candidate Graham Pollard, has published a pamphlet titled “Mend the Roads, Mind the Pennies.”`,
      `Pollard said: “People do not want a vision. They want to get to work without losing a tyre.”`,
      `The city’s so-called “pothole map,” a crowd-sourced website set up by a local newspaper, lists more than 4,000 reports.`,
    ],
    quotations: [
      { text: `People do not want a vision. They want to get to work without losing a tyre.`, speaker: 'Graham Pollard' },
    ],
  },
  {
    name: 'politics-chip-summit',
    desk: 'politics',
    cases: ['mixed-marks', 'partial-quotation', 'cue-told-reporters', 'colon-opened', 'cue-according-to', 'unnamed-source', 'title-then-surname'],
    paragraphs: [
      `NEW DELHI — India and Japan agreed on Saturday to deepen cooperation on semiconductors and critical minerals at a meeting of their foreign ministers in New Delhi.`,
      `Indian External Affairs Minister Arvind Kulkarni and Japanese Foreign Minister Yoko Shimizu signed four agreements.`,
      `Kulkarni said the two countries shared "a simple conviction that supply chains should not be weapons."`,
      `Shimizu told reporters after the signing: “Japan wants partners it can trust for decades, not for one election cycle.” She added that a joint working group would meet in Tokyo in June.`,
      `"The chip agreement is the one that matters," according to a senior Indian official.`,
    ],
    quotations: [
      { text: `a simple conviction that supply chains should not be weapons.`, speaker: 'Arvind Kulkarni' },
      { text: `Japan wants partners it can trust for decades, not for one election cycle.`, speaker: 'Yoko Shimizu' },
      { text: `The chip agreement is the one that matters,`, speaker: 'a senior Indian official' },
    ],
  },
];
