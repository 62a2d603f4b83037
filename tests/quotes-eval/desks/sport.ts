// Sport passages: finals, tennis, marathons, cricket, basketball, swimming, motor racing.
import type { PassageDefinition } from '../passage';

export const sportPassages: PassageDefinition[] = [
  {
    name: 'sport-cup-final',
    desk: 'sport',
    layout: 'crlf-nbsp',
    cases: ['curly-marks', 'cue-x-said', 'cue-told-reporters', 'colon-opened', 'trap-nickname', 'trap-apostrophe', 'cue-said-x'],
    paragraphs: [
      `LONDON — Tariq Bello scored twice in the second half as Harrowgate United came from behind to beat Northfield City 3-2 in the cup final at Wembley on Saturday.`,
      `“At half-time nobody was shouting. We just looked at each other and said we had 45 minutes left,” Bello said.`,
      `Manager Stefan Lindholm told reporters: “This group has been called soft for two years. Today they answered.”`,
      `Northfield’s goalkeeper, Mateus “The Wall” Carvalho, made seven saves but could do nothing about the winner, a volley in the 88th minute.`,
      `“We gave everything. Sometimes everything is not enough,” said Northfield manager Aoife Brennan.`,
    ],
    quotations: [
      { text: `At half-time nobody was shouting. We just looked at each other and said we had 45 minutes left,`, speaker: 'Tariq Bello' },
      { text: `This group has been called soft for two years. Today they answered.`, speaker: 'Stefan Lindholm' },
      { text: `We gave everything. Sometimes everything is not enough,`, speaker: 'Aoife Brennan' },
    ],
  },
  {
    name: 'sport-wimbledon-teenager',
    desk: 'sport',
    cases: ['straight-marks', 'trap-apostrophe', 'split-by-attribution', 'partial-quotation', 'pronoun', 'cue-according-to', 'cue-x-said'],
    paragraphs: [
      `Wimbledon's youngest quarterfinalist since the '90s, 17-year-old Ana Kovačević of Croatia, beat the fifth seed in straight sets on Monday.`,
      `"Did I expect this? Honestly, no," Kovačević said. "I packed for one week."`,
      `Her coach, Dragan Petrović, said she had "the calmest head I've seen on a junior in 30 years."`,
      `Asked whether she felt pressure, Kovačević laughed. "Pressure is for the people who have to pay for the tickets," she said.`,
      `She will face the 2021 champion, Lucía Romero, on Wednesday. According to Romero, the teenager "plays like she has nothing to lose, which is the most dangerous way to play."`,
    ],
    quotations: [
      { text: `Did I expect this? Honestly, no,`, speaker: 'Ana Kovačević' },
      { text: `I packed for one week.`, speaker: 'Ana Kovačević' },
      { text: `the calmest head I've seen on a junior in 30 years.`, speaker: 'Dragan Petrović' },
      { text: `Pressure is for the people who have to pay for the tickets,`, speaker: 'Ana Kovačević' },
      { text: `plays like she has nothing to lose, which is the most dangerous way to play.`, speaker: 'Lucía Romero' },
    ],
  },
  {
    name: 'sport-boston-marathon',
    desk: 'sport',
    layout: 'nbsp',
    cases: ['curly-marks', 'quote-only-paragraph', 'unnamed-source', 'pronoun', 'trap-apostrophe'],
    paragraphs: [
      `BOSTON (AP) — Kenya’s Faith Chepkoech won the Boston Marathon on Monday in 2 hours, 19 minutes and 47 seconds, pulling away from the pack on Heartbreak Hill.`,
      `Chepkoech, 29, said she had decided to attack only when she saw her rivals reaching for water.`,
      `“When they drink, they think. When they think, they slow down. So I went.”`,
      `“It was the warmest finish we have seen in a decade,” a race official said, adding that more than 300 runners had been treated for heat exhaustion.`,
      `The men’s race went to Ethiopia’s Abebe Tadesse, who outsprinted two rivals on Boylston Street. “I had nothing left for the last 200 metres, only my legs remembered,” he said through an interpreter.`,
    ],
    quotations: [
      { text: `When they drink, they think. When they think, they slow down. So I went.`, speaker: 'Faith Chepkoech' },
      { text: `It was the warmest finish we have seen in a decade,`, speaker: 'a race official' },
      { text: `I had nothing left for the last 200 metres, only my legs remembered,`, speaker: 'Abebe Tadesse' },
    ],
  },
  {
    name: 'sport-captain-retires',
    desk: 'sport',
    layout: 'crlf',
    cases: ['curly-marks', 'partial-quotation', 'colon-opened', 'unclosed', 'multi-paragraph', 'trap-title', 'title-then-surname'],
    paragraphs: [
      `LAHORE, Pakistan — Pakistan captain Zubair Anwar announced his retirement from Test cricket on Friday, two days after a home series defeat that he called “the hardest week of my career.”`,
      `At a news conference at the Gaddafi Stadium, Anwar said: “I have given this team 14 years. It has given me more than I can ever return.`,
      `“The young players are ready. They do not need me standing at first slip telling them what to do.`,
      `Anwar, 36, will continue to play one-day internationals.`,
      `His career is the subject of a new documentary, “The Last Over,” which premieres next month.`,
    ],
    quotations: [
      { text: `the hardest week of my career.`, speaker: 'Zubair Anwar' },
      { text: `I have given this team 14 years. It has given me more than I can ever return.\n\n“The young players are ready. They do not need me standing at first slip telling them what to do.`, speaker: 'Zubair Anwar', unclosed: true },
    ],
  },
  {
    name: 'sport-hawks-win',
    desk: 'sport',
    cases: ['straight-marks', 'trap-nickname', 'trap-word-as-word', 'cue-said-x', 'cue-x-said', 'cue-added', 'split-by-attribution', 'pronoun', 'trap-apostrophe', 'title-then-surname'],
    paragraphs: [
      `The Riverton Hawks beat the Cedar Falls Comets 98-91 on Sunday behind 34 points from guard Jalen Brooks, who has been nicknamed "Ice" by teammates since high school.`,
      `"I don't really feel the noise. I just hear the rim," said Brooks, who went 6-for-9 from three-point range.`,
      `Coach Denise Harlow said her team had stopped using the word "rebuild" in the locker room.`,
      `"We talk about this season. Not the next one," Harlow said. "These guys did not sign up to wait."`,
      `"That's our best defensive half of the year," she added.`,
    ],
    quotations: [
      { text: `I don't really feel the noise. I just hear the rim,`, speaker: 'Jalen Brooks' },
      { text: `We talk about this season. Not the next one,`, speaker: 'Denise Harlow' },
      { text: `These guys did not sign up to wait.`, speaker: 'Denise Harlow' },
      { text: `That's our best defensive half of the year,`, speaker: 'Denise Harlow' },
    ],
  },
  {
    name: 'sport-swimmer-injured',
    desk: 'sport',
    cases: ['curly-marks', 'cue-wrote', 'colon-opened', 'organisation', 'partial-quotation', 'cue-according-to', 'trap-apostrophe'],
    paragraphs: [
      `Australian swimmer Mia Tanaka-Walsh, a three-time Olympic medallist, said on Tuesday she would miss the world championships after breaking her wrist in a cycling accident.`,
      `In a post on social media, Tanaka-Walsh wrote: “Gutted is not a big enough word. I’ll be back in the pool the day the doctors let me.”`,
      `Swimming Australia said in a statement that she would have surgery on Wednesday and would get “every support she needs to return.”`,
      `According to head coach Brett Lawson, the injury will keep her out of the water “for six weeks at the very least.”`,
    ],
    quotations: [
      { text: `Gutted is not a big enough word. I’ll be back in the pool the day the doctors let me.`, speaker: 'Mia Tanaka-Walsh' },
      { text: `every support she needs to return.`, speaker: 'Swimming Australia' },
      { text: `for six weeks at the very least.`, speaker: 'Brett Lawson' },
    ],
  },
  {
    name: 'sport-monza-collision',
    desk: 'sport',
    cases: ['mixed-marks', 'partial-quotation', 'abstain', 'quote-only-paragraph', 'trap-apostrophe'],
    paragraphs: [
      `MONZA, Italy — Two team-mates who collided on the first lap of the Italian Grand Prix blamed each other on Sunday.`,
      `Luca Ferrante said Oliver Grant-Masters had "moved across like I wasn't there," while Grant-Masters insisted he had left "a full car's width."`,
      `“We will talk about it privately. That is all.”`,
      `The stewards said they would review the incident after the race.`,
    ],
    quotations: [
      { text: `moved across like I wasn't there,`, speaker: 'Luca Ferrante' },
      { text: `a full car's width.`, speaker: 'Oliver Grant-Masters' },
      { text: `We will talk about it privately. That is all.`, speaker: null },
    ],
  },
];
