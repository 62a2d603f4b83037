// Business passages: earnings, strikes, start-ups, airlines, housing, bank mergers.
import type { PassageDefinition } from '../passage';

export const businessPassages: PassageDefinition[] = [
  {
    name: 'business-profit-warning',
    desk: 'business',
    cases: ['curly-marks', 'pronoun', 'cue-said-x', 'title-then-surname', 'cue-x-said'],
    paragraphs: [
      `NEW YORK (Reuters) — Shares of Halvorsen Foods fell 9% on Thursday after the packaged-food maker cut its annual profit forecast, blaming higher cocoa and sugar prices.`,
      `“The consumer is still buying, but they are buying smaller packs and store brands,” Chief Executive Ingrid Halvorsen told analysts on a conference call.`,
      `Chief Financial Officer Raj Malhotra said the company expected cocoa costs to stay high until at least the middle of next year. “We are not planning for relief,” he said.`,
      `Halvorsen Foods said it would cut about 400 jobs, mostly in its European plants.`,
      `“This is a margin story, not a demand story,” said Alicia Moreno, an analyst at Brightwater Securities.`,
    ],
    quotations: [
      {
        text: `The consumer is still buying, but they are buying smaller packs and store brands,`,
        speaker: 'Ingrid Halvorsen',
      },
      { text: `We are not planning for relief,`, speaker: 'Raj Malhotra' },
      { text: `This is a margin story, not a demand story,`, speaker: 'Alicia Moreno' },
    ],
  },
  {
    name: 'business-monterrey-strike',
    desk: 'business',
    layout: 'crlf',
    cases: ['straight-marks', 'cue-said-x', 'unnamed-source', 'cue-according-to'],
    paragraphs: [
      `Workers at three car-parts factories in Monterrey walked off the job on Monday, demanding a 15% pay rise, according to the union representing them.`,
      `"We are not asking for luxury. We are asking to be able to pay rent," said Guadalupe Herrera Sánchez, a union delegate who has worked at the Saltillo Road plant for 11 years.`,
      `"The door has never been closed," a company spokesman said, adding that talks would resume on Wednesday.`,
      `According to the National Auto Parts Industry Association, the strike could halt production at two assembly plants within a week.`,
      `"If this lasts, we will feel it in Detroit," according to Marisol Treviño, an economist at Banco del Norte.`,
    ],
    quotations: [
      {
        text: `We are not asking for luxury. We are asking to be able to pay rent,`,
        speaker: 'Guadalupe Herrera Sánchez',
      },
      { text: `The door has never been closed,`, speaker: 'a company spokesman' },
      { text: `If this lasts, we will feel it in Detroit,`, speaker: 'Marisol Treviño' },
    ],
  },
  {
    name: 'business-payments-startup',
    desk: 'business',
    cases: [
      'curly-marks',
      'trap-title',
      'trap-scare-quotes',
      'trap-apostrophe',
      'colon-opened',
      'cue-wrote',
      'nested-single',
      'cue-x-said',
      'title-then-surname',
    ],
    paragraphs: [
      `The Lagos-based payments start-up Kudipay has raised $40 million in a funding round led by a Silicon Valley investor, the company said on Wednesday.`,
      `Co-founder Chiamaka Eze, who described the company’s early days in her memoir “Zero to Naira,” said the money would pay for expansion into Ghana and Kenya.`,
      `“Our customers are market traders who never had a bank account. We built for them first,” Eze said.`,
      `The company’s “unlimited” free transfers, introduced last year, have drawn criticism from rivals who say they cannot last.`,
      `In a note to investors, analyst Femi Adebanjo wrote: “Kudipay has grown faster than any of its peers, but the word ‘profitable’ does not yet appear in its filings.”`,
    ],
    quotations: [
      {
        text: `Our customers are market traders who never had a bank account. We built for them first,`,
        speaker: 'Chiamaka Eze',
      },
      {
        text: `Kudipay has grown faster than any of its peers, but the word ‘profitable’ does not yet appear in its filings.`,
        speaker: 'Femi Adebanjo',
      },
    ],
  },
  {
    name: 'business-airline-cancellations',
    desk: 'business',
    layout: 'nbsp',
    cases: [
      'straight-marks',
      'partial-quotation',
      'multi-paragraph',
      'cue-x-said',
      'cue-added',
      'pronoun',
      'organisation',
      'title-then-surname',
    ],
    paragraphs: [
      `Nordlys Air will cancel about 1,200 flights this summer because of a shortage of engines, the Norwegian carrier said on Tuesday.`,
      `Chief Executive Sigrid Aasland said the airline had been "let down" by its suppliers.`,
      `"We ordered these engines in 2019. We were promised them in 2023. We are still waiting.`,
      `"Our passengers deserve better, and so do our crews," Aasland said.`,
      `"We will contact every affected passenger by email before the end of the month," she added.`,
      `The engine maker, Aerotec, said in a statement that it was "working around the clock" to increase deliveries.`,
    ],
    quotations: [
      { text: `let down`, speaker: 'Sigrid Aasland' },
      {
        text: `We ordered these engines in 2019. We were promised them in 2023. We are still waiting.\n\n"Our passengers deserve better, and so do our crews,`,
        speaker: 'Sigrid Aasland',
      },
      {
        text: `We will contact every affected passenger by email before the end of the month,`,
        speaker: 'Sigrid Aasland',
      },
      { text: `working around the clock`, speaker: 'Aerotec' },
    ],
  },
  {
    name: 'business-dublin-house-prices',
    desk: 'business',
    cases: [
      'mixed-marks',
      'trap-apostrophe',
      'cue-said-x',
      'split-by-attribution',
      'partial-quotation',
      'unnamed-source',
    ],
    paragraphs: [
      `Home prices in Dublin rose 8% in the year to March, the fastest pace since the late ’90s, according to figures published on Friday by the Central Statistics Office.`,
      `“Supply is simply not keeping up with the number of households being formed,” said Niamh Gallagher, chief economist at the Irish Property Institute. "First-time buyers are being squeezed hardest."`,
      `The government is “on track” to meet its target of 33,000 new homes this year, a government spokeswoman said.`,
      `Renters’ groups dispute that. “Every year we hear the target will be met. Every year it isn’t,” said Ciarán O’Dowd of the Dublin Tenants Alliance.`,
    ],
    quotations: [
      {
        text: `Supply is simply not keeping up with the number of households being formed,`,
        speaker: 'Niamh Gallagher',
      },
      { text: `First-time buyers are being squeezed hardest.`, speaker: 'Niamh Gallagher' },
      { text: `on track`, speaker: 'a government spokeswoman' },
      { text: `Every year we hear the target will be met. Every year it isn’t,`, speaker: 'Ciarán O’Dowd' },
    ],
  },
  {
    name: 'business-regional-banks-merge',
    desk: 'business',
    layout: 'crlf-nbsp',
    cases: [
      'straight-marks',
      'partial-quotation',
      'cue-told-reporters',
      'quote-only-paragraph',
      'organisation',
      'descriptor',
      'title-then-surname',
      'trap-apostrophe',
    ],
    paragraphs: [
      `TOKYO — Two of Japan's largest regional banks agreed on Monday to merge, creating a lender with about 20 trillion yen in assets.`,
      `Hokuriku Shinkin Bank President Kenji Matsumoto told reporters the merger was "about survival, not size."`,
      `He said the combined bank would close about 60 of its 340 branches over five years.`,
      `"Our towns are getting older and smaller. We have to get smaller in the right places so that we can stay in all of them."`,
      `Japan's Financial Services Agency said it welcomed the deal. "Consolidation that protects depositors is in the public interest," the agency said in a statement.`,
    ],
    quotations: [
      { text: `about survival, not size.`, speaker: 'Kenji Matsumoto' },
      {
        text: `Our towns are getting older and smaller. We have to get smaller in the right places so that we can stay in all of them.`,
        speaker: 'Kenji Matsumoto',
      },
      {
        text: `Consolidation that protects depositors is in the public interest,`,
        speaker: 'Financial Services Agency',
      },
    ],
  },
];
