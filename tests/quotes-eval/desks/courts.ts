// Courts passages: sentencings, trials, rulings, hearings.
import type { PassageDefinition } from '../passage';

export const courtsPassages: PassageDefinition[] = [
  {
    name: 'courts-parish-fraud',
    desk: 'courts',
    cases: ['straight-marks', 'partial-quotation', 'pronoun', 'title-then-surname', 'trap-apostrophe', 'cue-x-said'],
    paragraphs: [
      `A former bookkeeper who stole $1.2 million from a Catholic parish over nine years was sentenced Friday to six years in federal prison.`,
      `U.S. District Judge Rosalind Achebe-Grant told Margaret Doherty, 59, that she had betrayed "people who put their last dollars in the collection plate trusting it would feed the hungry."`,
      `Doherty, who pleaded guilty in March, apologized in a brief statement. "I am ashamed, and I will spend the rest of my life trying to repay what I took," she said.`,
      `Her lawyer, Patrick J. O'Sullivan, had asked for four years, citing her gambling addiction.`,
      `"Addiction explains this. It does not excuse it," Achebe-Grant said.`,
    ],
    quotations: [
      {
        text: `people who put their last dollars in the collection plate trusting it would feed the hungry.`,
        speaker: 'Rosalind Achebe-Grant',
      },
      {
        text: `I am ashamed, and I will spend the rest of my life trying to repay what I took,`,
        speaker: 'Margaret Doherty',
      },
      { text: `Addiction explains this. It does not excuse it,`, speaker: 'Rosalind Achebe-Grant' },
    ],
  },
  {
    name: 'courts-murder-trial-opens',
    desk: 'courts',
    cases: ['curly-marks', 'multi-paragraph', 'nested-single', 'pronoun', 'trap-apostrophe'],
    paragraphs: [
      `The prosecution opened its case on Monday in the trial of a man accused of killing a delivery driver during a robbery in Hackney in 2023.`,
      `Prosecutor Siobhan Mulcahy KC told the jury at the Old Bailey that the defendant, Darnell Hughes, 27, had followed the driver for three streets.`,
      `“You will hear that Mr Hughes sent a message that evening saying, ‘I’m going to get my money back tonight.’`,
      `“You will see the CCTV. And you will decide whether that was a coincidence,” she said.`,
      `Hughes denies murder. His barrister, Adebayo Okonjo, is expected to open the defence case next week.`,
      `The trial continues.`,
    ],
    quotations: [
      {
        text: `You will hear that Mr Hughes sent a message that evening saying, ‘I’m going to get my money back tonight.’\n\n“You will see the CCTV. And you will decide whether that was a coincidence,`,
        speaker: 'Siobhan Mulcahy',
      },
    ],
  },
  {
    name: 'courts-groundwater-ruling',
    desk: 'courts',
    cases: [
      'straight-marks',
      'cue-wrote',
      'partial-quotation',
      'pronoun',
      'split-by-attribution',
      'organisation',
      'trap-apostrophe',
    ],
    paragraphs: [
      `WASHINGTON (AP) — The Supreme Court on Thursday sided with a Texas rancher in a dispute over groundwater, ruling 6-3 that the state must pay compensation when it limits pumping from private wells.`,
      `Writing for the majority, Justice Harold Whitcombe wrote that the state's rules amounted to "a taking in everything but name."`,
      `In a dissent joined by two colleagues, Justice Elena Marquez-Hill wrote that the ruling would "hobble every state that is trying to plan for a drier future."`,
      `"Water is not a steak in a freezer," she wrote. "It moves, and the law has always understood that."`,
      `The Texas Farm Bureau said the decision was "a win for every family that works the land."`,
    ],
    quotations: [
      { text: `a taking in everything but name.`, speaker: 'Harold Whitcombe' },
      { text: `hobble every state that is trying to plan for a drier future.`, speaker: 'Elena Marquez-Hill' },
      { text: `Water is not a steak in a freezer,`, speaker: 'Elena Marquez-Hill' },
      { text: `It moves, and the law has always understood that.`, speaker: 'Elena Marquez-Hill' },
      { text: `a win for every family that works the land.`, speaker: 'Texas Farm Bureau' },
    ],
  },
  {
    name: 'courts-bronx-tenants',
    desk: 'courts',
    layout: 'crlf',
    cases: [
      'curly-marks',
      'trap-apostrophe',
      'split-by-attribution',
      'cue-x-said',
      'cue-according-to',
      'organisation',
      'title-then-surname',
    ],
    paragraphs: [
      `A group of 38 tenants sued their landlord on Tuesday, claiming that the heating in their Bronx building had failed for most of the winter.`,
      `The tenants’ association president, Yesenia Paulino, said residents had filed more than 200 complaints with the city.`,
      `“My kids did their homework in coats,” Paulino said. “That is not a home. That is a warehouse for people.”`,
      `A lawyer for the landlord, Crestline Properties, said the company had replaced the boiler in February and disputed the tenants’ account.`,
      `“Every complaint was answered within the time the law requires,” according to a statement from Crestline Properties.`,
    ],
    quotations: [
      { text: `My kids did their homework in coats,`, speaker: 'Yesenia Paulino' },
      { text: `That is not a home. That is a warehouse for people.`, speaker: 'Yesenia Paulino' },
      { text: `Every complaint was answered within the time the law requires,`, speaker: 'Crestline Properties' },
    ],
  },
  {
    name: 'courts-plunder-appeal',
    desk: 'courts',
    layout: 'nbsp',
    cases: [
      'straight-marks',
      'partial-quotation',
      'cue-told-reporters',
      'quote-only-paragraph',
      'unclosed',
      'multi-paragraph',
    ],
    paragraphs: [
      `MANILA, Philippines — Lawyers for a former senator convicted of plunder asked the Court of Appeals on Wednesday to overturn the verdict, arguing that the trial judge ignored key evidence.`,
      `Outside the courthouse, defence lawyer Ricardo Villanueva told reporters his client had been convicted "on the word of a man who was promised immunity."`,
      `The prosecutor, Ma. Cristina Dela Cruz, said the appeal raised nothing new.`,
      `"The evidence was weighed carefully over four years. Every argument they made today was made at trial and rejected.`,
      `"We are confident the conviction will stand.`,
      `The court gave both sides 30 days to file written submissions.`,
    ],
    quotations: [
      { text: `on the word of a man who was promised immunity.`, speaker: 'Ricardo Villanueva' },
      {
        text: `The evidence was weighed carefully over four years. Every argument they made today was made at trial and rejected.\n\n"We are confident the conviction will stand.`,
        speaker: 'Ma. Cristina Dela Cruz',
        unclosed: true,
      },
    ],
  },
  {
    name: 'courts-defamation-claim',
    desk: 'courts',
    cases: [
      'curly-marks',
      'trap-title',
      'trap-scare-quotes',
      'trap-apostrophe',
      'partial-quotation',
      'cue-asked',
      'descriptor',
      'colon-opened',
      'cue-told-reporters',
      'split-by-attribution',
    ],
    paragraphs: [
      `LONDON — A High Court judge on Tuesday dismissed a defamation claim brought by a property developer against the journalist Nadia Rahman over her book about London’s housing crisis.`,
      `Developer Rupert Fairclough-Hale had argued that the book, “Concrete Promises,” defamed him by describing his company’s “affordable” flats as the most expensive in the borough.`,
      `Mr Justice Harjit Sandhu said the passages complained of were “honest opinion, and opinion on a matter of obvious public interest.”`,
      `“Is a developer entitled to be described only in the words of his own brochures?” the judge asked. “The law has never said so.”`,
      `Rahman told reporters outside court: “I wrote what tenants told me, and I checked every word. Today the court said that matters.”`,
      `Fairclough-Hale’s lawyers said he was considering an appeal.`,
    ],
    quotations: [
      { text: `honest opinion, and opinion on a matter of obvious public interest.`, speaker: 'Harjit Sandhu' },
      {
        text: `Is a developer entitled to be described only in the words of his own brochures?`,
        speaker: 'Harjit Sandhu',
      },
      { text: `The law has never said so.`, speaker: 'Harjit Sandhu' },
      {
        text: `I wrote what tenants told me, and I checked every word. Today the court said that matters.`,
        speaker: 'Nadia Rahman',
      },
    ],
  },
  {
    name: 'courts-bridge-protest-bail',
    desk: 'courts',
    cases: ['straight-marks', 'descriptor', 'pronoun', 'abstain', 'quote-only-paragraph', 'trap-apostrophe'],
    paragraphs: [
      `A magistrate in Melbourne granted bail on Thursday to a climate activist charged over a protest that blocked the West Gate Bridge for three hours.`,
      `Magistrate Helen Papadopoulos said the activist, Kai Thompson-Nguyen, 24, posed no flight risk but must not go within 500 metres of the bridge.`,
      `Thompson-Nguyen’s lawyer, Joseph Mwangi, argued that the condition was too broad. "My client lives two kilometres from that bridge. He takes a tram across it to get to work," he said.`,
      `The magistrate said the lawyer could apply to vary the condition. "Take it up with the prosecution first," she said.`,
      `Supporters of Thompson-Nguyen and a group of commuters argued outside the building after the hearing.`,
      `"You are making ordinary people pay for your politics."`,
    ],
    quotations: [
      {
        text: `My client lives two kilometres from that bridge. He takes a tram across it to get to work,`,
        speaker: 'Joseph Mwangi',
      },
      { text: `Take it up with the prosecution first,`, speaker: 'Helen Papadopoulos' },
      { text: `You are making ordinary people pay for your politics.`, speaker: null },
    ],
  },
];
