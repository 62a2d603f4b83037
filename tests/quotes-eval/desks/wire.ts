// Wire-service passages: datelines, agency credits, officials and witnesses.
import type { PassageDefinition } from '../passage';

export const wirePassages: PassageDefinition[] = [
  {
    name: 'wire-defence-ministers',
    desk: 'wire',
    layout: 'nbsp',
    cases: [
      'curly-marks',
      'split-by-attribution',
      'cue-told-reporters',
      'multi-paragraph',
      'cue-x-said',
      'title-then-surname',
      'trap-apostrophe',
    ],
    paragraphs: [
      `BRUSSELS (Reuters) — Dutch Defence Minister Annelies Verhoeven said on Thursday that European allies had agreed to raise their stockpiles of artillery ammunition after a two-day meeting of defence ministers.`,
      `“We have turned a corner on production,” Verhoeven told reporters at the alliance’s headquarters. “But a corner is not a finish line.”`,
      `Estonian Defence Minister Hanno Kask said the Baltic states wanted firm dates for deliveries.`,
      `“Promises do not stop shells. We need the trucks on the road by spring, not a press release in the autumn.`,
      `“Our neighbours are watching what we do, not what we say,” Kask said.`,
    ],
    quotations: [
      { text: `We have turned a corner on production,`, speaker: 'Annelies Verhoeven' },
      { text: `But a corner is not a finish line.`, speaker: 'Annelies Verhoeven' },
      {
        text: `Promises do not stop shells. We need the trucks on the road by spring, not a press release in the autumn.\n\n“Our neighbours are watching what we do, not what we say,`,
        speaker: 'Hanno Kask',
      },
    ],
  },
  {
    name: 'wire-earthquake',
    desk: 'wire',
    cases: [
      'straight-marks',
      'cue-said-x',
      'split-by-attribution',
      'descriptor',
      'title-then-surname',
      'organisation',
      'cue-x-said',
      'trap-apostrophe',
    ],
    paragraphs: [
      `ANKARA, Turkey (AP) - A magnitude 6.1 earthquake shook eastern Turkey early Monday, damaging dozens of buildings in the province of Malatya, officials said.`,
      `"We felt the first jolt and ran into the street in our pajamas," said Zeynep Aydın, a 34-year-old teacher. "Nobody went back inside until sunrise."`,
      `Provincial Governor Seda Gören Bölük said 14 people had been treated for minor injuries and that search teams were checking a collapsed warehouse.`,
      `"There is no one trapped as far as we know, but we will not stop until every building has been checked," the governor said.`,
      `AFAD, the country's disaster agency, said 112 aftershocks had been recorded. "Citizens should stay away from damaged structures until engineers have inspected them," AFAD said.`,
    ],
    quotations: [
      { text: `We felt the first jolt and ran into the street in our pajamas,`, speaker: 'Zeynep Aydın' },
      { text: `Nobody went back inside until sunrise.`, speaker: 'Zeynep Aydın' },
      {
        text: `There is no one trapped as far as we know, but we will not stop until every building has been checked,`,
        speaker: 'Seda Gören Bölük',
      },
      {
        text: `Citizens should stay away from damaged structures until engineers have inspected them,`,
        speaker: 'AFAD',
      },
    ],
  },
  {
    name: 'wire-nairobi-floods',
    desk: 'wire',
    cases: ['curly-marks', 'unnamed-source', 'quote-only-paragraph', 'colon-opened', 'pronoun', 'trap-apostrophe'],
    paragraphs: [
      `NAIROBI, Kenya (AP) — Floodwaters swept through informal settlements along the Nairobi River overnight, forcing thousands of families to flee to schools and churches on higher ground.`,
      `“Our teams have reached about 4,000 households so far, and the numbers keep rising,” a spokeswoman said, adding that three people were confirmed dead.`,
      `Grace Wanjiru, who sells vegetables at Gikomba market, said the water rose faster than anyone expected.`,
      `“By midnight it was at my knees. By two o’clock it was at my chest. I carried my daughter on my shoulders to the church.”`,
      `She said: “I have nothing left to sell, but we are alive.”`,
    ],
    quotations: [
      {
        text: `Our teams have reached about 4,000 households so far, and the numbers keep rising,`,
        speaker: 'a spokeswoman',
      },
      {
        text: `By midnight it was at my knees. By two o’clock it was at my chest. I carried my daughter on my shoulders to the church.`,
        speaker: 'Grace Wanjiru',
      },
      { text: `I have nothing left to sell, but we are alive.`, speaker: 'Grace Wanjiru' },
    ],
  },
  {
    name: 'wire-farewell-tour',
    desk: 'wire',
    cases: [
      'curly-marks',
      'trap-title',
      'trap-nickname',
      'trap-apostrophe',
      'partial-quotation',
      'cue-wrote',
      'cue-said-x',
      'split-by-attribution',
    ],
    paragraphs: [
      `LOS ANGELES (AP) — Dolores Reyes, the singer whose 1994 album “Midnight on Sunset” sold more than 10 million copies, has announced a farewell tour, her publicist said Tuesday.`,
      `In a post on Instagram, Reyes wrote that the tour would be “the last dance, and the best one.”`,
      `The 58-year-old, who came up through the rock ’n’ roll clubs of the late ’80s, rose to fame in the ’90s with the single “Broken Neon.”`,
      `“She never chased a trend,” said Marcus Ellery, who produced three of her records. “Trends chased her.”`,
      `The tour opens in June in San Diego and will feature her longtime guitarist, Tomás “Little Tom” Ibarra.`,
    ],
    quotations: [
      { text: `the last dance, and the best one.`, speaker: 'Dolores Reyes' },
      { text: `She never chased a trend,`, speaker: 'Marcus Ellery' },
      { text: `Trends chased her.`, speaker: 'Marcus Ellery' },
    ],
  },
  {
    name: 'wire-climate-talks',
    desk: 'wire',
    layout: 'crlf',
    cases: ['mixed-marks', 'straight-marks', 'cue-according-to', 'organisation', 'partial-quotation'],
    paragraphs: [
      `BONN, Germany (Reuters) - Negotiators at U.N. climate talks failed on Friday to agree on a draft text for a new finance goal, according to three delegates who took part in the closing session.`,
      `"We are further apart than when we arrived," according to Lorena Kabua, the climate envoy of the Marshall Islands.`,
      `The European Union said in a statement that it remained "fully committed" to reaching a deal by November.`,
      `Greenpeace called the outcome “a betrayal of the people already living with floods and fires".`,
      `Talks resume in Baku in the autumn.`,
    ],
    quotations: [
      { text: `We are further apart than when we arrived,`, speaker: 'Lorena Kabua' },
      { text: `fully committed`, speaker: 'European Union' },
      { text: `a betrayal of the people already living with floods and fires`, speaker: 'Greenpeace' },
    ],
  },
  {
    name: 'wire-aid-workers-freed',
    desk: 'wire',
    layout: 'nbsp',
    cases: [
      'curly-marks',
      'unclosed',
      'multi-paragraph',
      'colon-opened',
      'cue-told-reporters',
      'cue-added',
      'title-then-surname',
      'trap-apostrophe',
    ],
    paragraphs: [
      `DOHA, Qatar (AP) — Two aid workers held for five months in the Sahel were freed on Sunday and flown to Doha, Qatar’s foreign ministry said.`,
      `Khalid al-Marri, a spokesman for the ministry, told reporters: “Both men are in good health and have spoken to their families.`,
      `“This was the result of months of quiet work with partners in the region, and we thank everyone who kept this out of the headlines.`,
      `The ministry did not say whether a ransom had been paid.`,
      `Pierre Lemaire, the brother of one of the men, said in a telephone interview: “We are just happy to have him home.”`,
      `“He lost a lot of weight, but his sense of humour is intact,” Lemaire added.`,
    ],
    quotations: [
      {
        text: `Both men are in good health and have spoken to their families.\n\n“This was the result of months of quiet work with partners in the region, and we thank everyone who kept this out of the headlines.`,
        speaker: 'Khalid al-Marri',
        unclosed: true,
      },
      { text: `We are just happy to have him home.`, speaker: 'Pierre Lemaire' },
      { text: `He lost a lot of weight, but his sense of humour is intact,`, speaker: 'Pierre Lemaire' },
    ],
  },
];
