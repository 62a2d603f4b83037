// Local news passages: fires, school boards, councils, shops and searches.
import type { PassageDefinition } from '../passage';

export const localPassages: PassageDefinition[] = [
  {
    name: 'local-warehouse-fire',
    desk: 'local',
    cases: ['straight-marks', 'descriptor', 'title-then-surname', 'pronoun', 'cue-said-x'],
    paragraphs: [
      `A fire that broke out in a vacant warehouse on Dock Street late Saturday sent thick smoke over the harbour and closed two roads for most of Sunday.`,
      `Fire Chief Ngozi Adeyemi said crews arrived within six minutes and found the roof already burning.`,
      `"The building had no working sprinklers, and that made our job much harder," the fire chief said.`,
      `Adeyemi said investigators had not ruled out arson. "We are treating it as suspicious until we know otherwise," she said.`,
      `Residents of the nearby Harbour View apartments were told to keep their windows closed. "You could taste it in the air," said Tom Kowalczyk, who lives on the fourth floor.`,
    ],
    quotations: [
      { text: `The building had no working sprinklers, and that made our job much harder,`, speaker: 'Ngozi Adeyemi' },
      { text: `We are treating it as suspicious until we know otherwise,`, speaker: 'Ngozi Adeyemi' },
      { text: `You could taste it in the air,`, speaker: 'Tom Kowalczyk' },
    ],
  },
  {
    name: 'local-school-closure',
    desk: 'local',
    cases: [
      'straight-marks',
      'trap-scare-quotes',
      'trap-word-as-word',
      'trap-apostrophe',
      'pronoun',
      'cue-asked',
      'partial-quotation',
      'title-then-surname',
    ],
    paragraphs: [
      `The Riverside school board voted 5-2 on Tuesday to close Lincoln Elementary at the end of the school year, the latest step in a so-called "right-sizing" plan that has divided parents since March.`,
      `Board President Carmen Delgado-Ruiz said the district had lost 1,100 students in six years. "We cannot keep heating buildings that are half empty," she said.`,
      `Parents packed the meeting room. "Did anyone on this board actually visit Lincoln before deciding to shut it?" asked Jamal Whitaker, whose two children attend the school.`,
      `Several speakers objected to the district's use of the word "underutilized" in its report, noting that the building hosts a food pantry and an after-school program.`,
      `Trustee Ahmed Siddiqui, one of the two no votes, said the decision was "rushed and unfair to the families who have the fewest options."`,
    ],
    quotations: [
      { text: `We cannot keep heating buildings that are half empty,`, speaker: 'Carmen Delgado-Ruiz' },
      {
        text: `Did anyone on this board actually visit Lincoln before deciding to shut it?`,
        speaker: 'Jamal Whitaker',
      },
      { text: `rushed and unfair to the families who have the fewest options.`, speaker: 'Ahmed Siddiqui' },
    ],
  },
  {
    name: 'local-bakery-anniversary',
    desk: 'local',
    layout: 'crlf-nbsp',
    cases: [
      'curly-marks',
      'trap-apostrophe',
      'trap-nickname',
      'quote-only-paragraph',
      'split-by-attribution',
      'cue-x-said',
      'title-then-surname',
    ],
    paragraphs: [
      `For 40 years, the smell of cardamom buns has drifted out of Lindqvist’s Bakery on Main Street before dawn.`,
      `Owner Karin Lindqvist, 71, took over from her parents in the ’80s and still starts work at 4 a.m. She said the secret was simple.`,
      `“Good butter, no shortcuts, and never, ever skip the second rise.”`,
      `Her grandson, Erik “Bun Boy” Lindqvist-Haddad, now runs the morning shift and has added a rock ’n’ roll playlist that the regulars tolerate.`,
      `“He thinks I don’t notice the music,” Lindqvist said with a laugh. “I notice everything.”`,
      `The bakery will celebrate on Saturday with free coffee for anyone who brings an old O’Malley’s Dairy milk bottle, a nod to the shop’s first supplier.`,
    ],
    quotations: [
      { text: `Good butter, no shortcuts, and never, ever skip the second rise.`, speaker: 'Karin Lindqvist' },
      { text: `He thinks I don’t notice the music,`, speaker: 'Karin Lindqvist' },
      { text: `I notice everything.`, speaker: 'Karin Lindqvist' },
    ],
  },
  {
    name: 'local-council-budget',
    desk: 'local',
    cases: [
      'straight-marks',
      'multi-paragraph',
      'trap-apostrophe',
      'pronoun',
      'split-by-attribution',
      'organisation',
      'partial-quotation',
      'title-then-surname',
      'cue-x-said',
    ],
    paragraphs: [
      `The Millbrook City Council approved a $48 million budget on Monday night that raises property taxes by 3 percent and adds six police officers.`,
      `Mayor Theresa Nakamura-Boyd said the increase was the smallest in a decade.`,
      `"Nobody likes a tax increase, and I don't either. But the alternative was closing the pool and the library branch on Elm Street.`,
      `"I'd rather ask people for a little more than tell them they've lost something they love," Nakamura-Boyd said.`,
      `Council member Luis Ferreira voted against it. "This budget asks working families to pay for promises the city made ten years ago," he said. "We should have had this debate then."`,
      `The Millbrook Taxpayers Association said in a statement that it would "watch every dollar."`,
    ],
    quotations: [
      {
        text: `Nobody likes a tax increase, and I don't either. But the alternative was closing the pool and the library branch on Elm Street.\n\n"I'd rather ask people for a little more than tell them they've lost something they love,`,
        speaker: 'Theresa Nakamura-Boyd',
      },
      {
        text: `This budget asks working families to pay for promises the city made ten years ago,`,
        speaker: 'Luis Ferreira',
      },
      { text: `We should have had this debate then.`, speaker: 'Luis Ferreira' },
      { text: `watch every dollar.`, speaker: 'Millbrook Taxpayers Association' },
    ],
  },
  {
    name: 'local-missing-hiker',
    desk: 'local',
    cases: ['straight-marks', 'unnamed-source', 'abstain', 'trap-apostrophe'],
    paragraphs: [
      `Search teams on Thursday morning found a hiker who had been missing for two days in the Cascade foothills, the county sheriff's office said.`,
      `The 62-year-old man, whose name was not released, was found alive in a ravine about a mile from the trail.`,
      `"He was cold and dehydrated, but he was talking to us," a sheriff's deputy said.`,
      `Volunteers from two search-and-rescue groups and a state patrol helicopter joined the search, which the sheriff's office and the forest service coordinated.`,
      `"Stay on the trail, tell someone where you're going, and carry more water than you think you need."`,
      `The man was taken to a hospital in Wenatchee.`,
    ],
    quotations: [
      { text: `He was cold and dehydrated, but he was talking to us,`, speaker: `a sheriff's deputy` },
      {
        text: `Stay on the trail, tell someone where you're going, and carry more water than you think you need.`,
        speaker: null,
      },
    ],
  },
  {
    name: 'local-library-reopening',
    desk: 'local',
    cases: [
      'curly-marks',
      'trap-title',
      'trap-apostrophe',
      'trap-word-as-word',
      'cue-wrote',
      'colon-opened',
      'pronoun',
    ],
    paragraphs: [
      `The Eastgate branch library reopened on Saturday after an 18-month renovation that added a maker space, a quiet room and 40 new computers.`,
      `Branch manager Priya Raghunathan said more than 600 people came through the doors in the first three hours. “Some of them had been waiting since before we unlocked,” she said.`,
      `The first book checked out was a copy of “Charlotte’s Web,” according to library staff, and the most requested was the new novel “The Salt Roads.”`,
      `In a letter to the branch’s Friends group, retired librarian Walter Osei wrote: “I spent 31 years behind that desk. I am glad to see it gone, and gladder still to see what replaced it.”`,
      `Signs in the new wing spell the word “makerspace” as one word, a choice that has already prompted a complaint to the city.`,
    ],
    quotations: [
      { text: `Some of them had been waiting since before we unlocked,`, speaker: 'Priya Raghunathan' },
      {
        text: `I spent 31 years behind that desk. I am glad to see it gone, and gladder still to see what replaced it.`,
        speaker: 'Walter Osei',
      },
    ],
  },
  {
    name: 'local-bridge-closure',
    desk: 'local',
    cases: [
      'mixed-marks',
      'cue-said-x',
      'split-by-attribution',
      'cue-told-reporters',
      'colon-opened',
      'trap-apostrophe',
    ],
    paragraphs: [
      `The Old Mill Bridge will close to traffic for at least four months starting May 1 so crews can replace its deck, the state Department of Transportation announced Wednesday.`,
      `"The deck is at the end of its life," said Rachel Oyelaran, the department's district engineer. “We would rather close it on our schedule than on the bridge’s schedule.”`,
      `Dale Kwiatkowski, who runs a hardware store near the bridge, told reporters: "Four months is a whole summer. Summer is when we make our year."`,
      `The department said it would post detour maps online.`,
    ],
    quotations: [
      { text: `The deck is at the end of its life,`, speaker: 'Rachel Oyelaran' },
      { text: `We would rather close it on our schedule than on the bridge’s schedule.`, speaker: 'Rachel Oyelaran' },
      { text: `Four months is a whole summer. Summer is when we make our year.`, speaker: 'Dale Kwiatkowski' },
    ],
  },
];
