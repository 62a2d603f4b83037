// The shortest and the longest copy: one-paragraph briefs, an obituary with no quotation at all, and a long council story.
import type { PassageDefinition } from '../passage';

export const briefPassages: PassageDefinition[] = [
  {
    name: 'brief-sewer-repairs',
    desk: 'local',
    cases: ['straight-marks', 'cue-x-said'],
    paragraphs: [
      `Elm Avenue will be closed between Third and Fifth streets from Monday to Friday for sewer repairs, city officials said. "Expect delays and plan another route," Public Works Director Oksana Melnyk said.`,
    ],
    quotations: [{ text: `Expect delays and plan another route,`, speaker: 'Oksana Melnyk' }],
  },
  {
    name: 'brief-drummer-obituary',
    desk: 'wire',
    cases: ['curly-marks', 'trap-apostrophe', 'trap-nickname', 'trap-title'],
    paragraphs: [
      `DUBLIN (AP) — Declan O’Brien, the drummer who kept time for the rock ’n’ roll band the Spanners through the ’70s and ’80s and was known to fans as “Thumper,” died on Sunday at 74. The band’s best-known song, “Harbour Lights,” was played at his funeral.`,
    ],
    quotations: [],
  },
  {
    name: 'brief-market-close',
    desk: 'business',
    cases: ['curly-marks', 'trap-scare-quotes', 'cue-said-x', 'trap-apostrophe'],
    paragraphs: [
      `NEW YORK — Stocks closed lower on Friday as shares of the so-called “Magnificent Seven” technology companies fell for a third day, erasing the week’s gains.`,
      `“Investors are waiting for the Fed, and nobody wants to be the first one to move,” said Chen Wei, chief strategist at Harborview Capital.`,
    ],
    quotations: [
      { text: `Investors are waiting for the Fed, and nobody wants to be the first one to move,`, speaker: 'Chen Wei' },
    ],
  },
  {
    name: 'brief-care-home-verdict',
    desk: 'courts',
    layout: 'crlf',
    cases: ['curly-marks', 'colon-opened', 'title-then-surname', 'unnamed-source'],
    paragraphs: [
      `A jury in Cardiff on Wednesday found a former care-home manager guilty of neglecting 11 elderly residents.`,
      `Detective Inspector Gareth Pryce said outside court: “The families of these residents trusted this man with the people they loved most.”`,
      `“He will be sentenced next month,” a Crown Prosecution Service spokeswoman said.`,
    ],
    quotations: [
      {
        text: `The families of these residents trusted this man with the people they loved most.`,
        speaker: 'Gareth Pryce',
      },
      { text: `He will be sentenced next month,`, speaker: 'a Crown Prosecution Service spokeswoman' },
    ],
  },
  {
    name: 'brief-rain-warning',
    desk: 'science',
    cases: ['curly-marks', 'colon-opened', 'organisation', 'descriptor'],
    paragraphs: [
      `The Met Office issued an amber warning for heavy rain across south Wales on Thursday. The forecaster said: “Flooding of homes and businesses is likely, and some communities may be cut off.”`,
    ],
    quotations: [
      {
        text: `Flooding of homes and businesses is likely, and some communities may be cut off.`,
        speaker: 'Met Office',
      },
    ],
  },
  {
    name: 'local-cannery-tower-vote',
    desk: 'local',
    cases: [
      'straight-marks',
      'multi-paragraph',
      'cue-asked',
      'pronoun',
      'partial-quotation',
      'trap-apostrophe',
      'cue-said-x',
      'title-then-surname',
    ],
    paragraphs: [
      `The Harborside Town Council voted 4-3 late Tuesday to allow a 12-storey apartment tower on the site of the old cannery, after a five-hour meeting that ran past midnight.`,
      `Deputy Mayor Fatima Al-Sayed, who cast the deciding vote, said the town could not keep saying no to housing.`,
      `"Our teachers cannot afford to live here. Our nurses cannot afford to live here. Our own children cannot afford to live here.`,
      `"If not this building, then which one? If not now, then when?" she asked.`,
      `Councillor Brian O'Connell, who voted against, said the tower was "twice the height of anything else on the waterfront."`,
      `"I am not against housing. I am against this building in this place," he said.`,
      `The developer, Bayline Homes, said construction could begin next spring. "We listened to residents and we cut two floors from the original design," said Mohammed Rahimi, the company's project director.`,
      `Several residents left the chamber shouting as the vote was announced. One of them, Joan Whitby, 81, said she had lived on the waterfront for 60 years. "They have sold the view," she said.`,
    ],
    quotations: [
      {
        text: `Our teachers cannot afford to live here. Our nurses cannot afford to live here. Our own children cannot afford to live here.\n\n"If not this building, then which one? If not now, then when?`,
        speaker: 'Fatima Al-Sayed',
      },
      { text: `twice the height of anything else on the waterfront.`, speaker: `Brian O'Connell` },
      { text: `I am not against housing. I am against this building in this place,`, speaker: `Brian O'Connell` },
      { text: `We listened to residents and we cut two floors from the original design,`, speaker: 'Mohammed Rahimi' },
      { text: `They have sold the view,`, speaker: 'Joan Whitby' },
    ],
  },
];
