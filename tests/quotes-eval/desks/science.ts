// Science passages: astronomy, medicine, climate, fossils, migration, fusion.
import type { PassageDefinition } from '../passage';

export const sciencePassages: PassageDefinition[] = [
  {
    name: 'science-water-world',
    desk: 'science',
    cases: [
      'curly-marks',
      'trap-title',
      'cue-said-x',
      'quote-only-paragraph',
      'partial-quotation',
      'trap-apostrophe',
      'title-then-surname',
    ],
    paragraphs: [
      `Astronomers have detected water vapour in the atmosphere of a planet orbiting a red dwarf 48 light-years from Earth, according to a study published on Wednesday in the journal Nature Astronomy.`,
      `The paper, titled “A humid atmosphere on the temperate sub-Neptune TOI-4480 b,” describes 40 hours of observations with the James Webb Space Telescope.`,
      `“This is the first time we have seen water this clearly on a planet this small and this cool,” said Dr. Oluwaseun Adebayo, an astrophysicist at the University of Cambridge and the study’s lead author.`,
      `Adebayo said the team had spent months ruling out instrument noise.`,
      `“We kept checking for a mistake. We did not find one.”`,
      `Sara Lindgren, a planetary scientist at Stockholm University who was not involved in the research, called the result “convincing, though not yet conclusive.”`,
    ],
    quotations: [
      {
        text: `This is the first time we have seen water this clearly on a planet this small and this cool,`,
        speaker: 'Oluwaseun Adebayo',
      },
      { text: `We kept checking for a mistake. We did not find one.`, speaker: 'Oluwaseun Adebayo' },
      { text: `convincing, though not yet conclusive.`, speaker: 'Sara Lindgren' },
    ],
  },
  {
    name: 'science-malaria-vaccine',
    desk: 'science',
    layout: 'crlf-nbsp',
    cases: [
      'straight-marks',
      'colon-opened',
      'unclosed',
      'multi-paragraph',
      'cue-according-to',
      'organisation',
      'title-then-surname',
    ],
    paragraphs: [
      `GENEVA (AP) - An experimental malaria vaccine cut severe cases among young children by 68% in a large trial in Burkina Faso and Mali, researchers reported Monday.`,
      `Dr. Halima Traoré, who led the trial, said: "For a mother in a village two hours from the nearest clinic, this is the difference between a fever and a funeral.`,
      `"We now need to show that we can make it cheaply and deliver it at scale.`,
      `The vaccine requires three doses and a booster a year later.`,
      `"This is a very encouraging result," according to the World Health Organization, which said it would review the data before recommending wider use.`,
    ],
    quotations: [
      {
        text: `For a mother in a village two hours from the nearest clinic, this is the difference between a fever and a funeral.\n\n"We now need to show that we can make it cheaply and deliver it at scale.`,
        speaker: 'Halima Traoré',
        unclosed: true,
      },
      { text: `This is a very encouraging result,`, speaker: 'World Health Organization' },
    ],
  },
  {
    name: 'science-arctic-ice',
    desk: 'science',
    cases: [
      'curly-marks',
      'nested-single',
      'split-by-attribution',
      'trap-apostrophe',
      'trap-word-as-word',
      'trap-scare-quotes',
      'cue-said-x',
      'pronoun',
      'title-then-surname',
    ],
    paragraphs: [
      `Arctic sea ice has shrunk faster since the late ’90s than any of the climate models of that era predicted, a new study has found.`,
      `The study’s authors avoid the phrase “tipping point,” which they say has been worn out by overuse.`,
      `“When I started, people told me, ‘Ice is slow, don’t expect to see much change in your career,’” said Dr. Ingrid Mortensen, a glaciologist at the Norwegian Polar Institute. “I have watched it halve.”`,
      `Some commentators have held up the so-called “recovery” of 2014, when the ice briefly grew, as proof that the models were wrong.`,
      `Mortensen said that reading was mistaken. “One good year is weather. Thirty bad ones are climate,” she said.`,
    ],
    quotations: [
      {
        text: `When I started, people told me, ‘Ice is slow, don’t expect to see much change in your career,’`,
        speaker: 'Ingrid Mortensen',
      },
      { text: `I have watched it halve.`, speaker: 'Ingrid Mortensen' },
      { text: `One good year is weather. Thirty bad ones are climate,`, speaker: 'Ingrid Mortensen' },
    ],
  },
  {
    name: 'science-triceratops-skull',
    desk: 'science',
    cases: ['straight-marks', 'trap-nickname', 'cue-said-x', 'descriptor', 'pronoun', 'cue-asked'],
    paragraphs: [
      `Paleontologists in Montana have unearthed the most complete Triceratops skull found in 20 years, a fossil the dig team has nicknamed "Big Mo."`,
      `"You dream about something like this as a graduate student and then you stop dreaming about it," said Javier Montoya-Leal, a paleontologist at the Museum of the Rockies who led the excavation.`,
      `The skull still has both brow horns intact, the paleontologist said. "That almost never happens. Usually they snap off before the animal is even buried," he said.`,
      `Local rancher Beth Sorensen, who found the first fragment while checking fences in 2022, has been invited to give the specimen its formal name. "Would it be wrong to name it after my dog?" she asked.`,
    ],
    quotations: [
      {
        text: `You dream about something like this as a graduate student and then you stop dreaming about it,`,
        speaker: 'Javier Montoya-Leal',
      },
      {
        text: `That almost never happens. Usually they snap off before the animal is even buried,`,
        speaker: 'Javier Montoya-Leal',
      },
      { text: `Would it be wrong to name it after my dog?`, speaker: 'Beth Sorensen' },
    ],
  },
  {
    name: 'science-diagnosis-model',
    desk: 'science',
    layout: 'crlf',
    cases: [
      'curly-marks',
      'trap-word-as-word',
      'cue-said-x',
      'organisation',
      'partial-quotation',
      'cue-added',
      'descriptor',
      'trap-apostrophe',
    ],
    paragraphs: [
      `A large language model correctly diagnosed 79% of difficult medical cases in a study published Thursday, outperforming a group of physicians who had access to the same information.`,
      `The researchers were careful not to use the word “replace” anywhere in their paper.`,
      `“These tools are good at a narrow kind of puzzle. Medicine is mostly not that kind of puzzle,” said Dr. Mei-Ling Chou, an internist at Stanford University who co-wrote the study.`,
      `The American Medical Association said in a statement that AI tools “must support, not supplant, the clinician’s judgment.”`,
      `“Patients should know when a machine is involved in their care,” the association added.`,
    ],
    quotations: [
      {
        text: `These tools are good at a narrow kind of puzzle. Medicine is mostly not that kind of puzzle,`,
        speaker: 'Mei-Ling Chou',
      },
      { text: `must support, not supplant, the clinician’s judgment.`, speaker: 'American Medical Association' },
      {
        text: `Patients should know when a machine is involved in their care,`,
        speaker: 'American Medical Association',
      },
    ],
  },
  {
    name: 'science-godwit-record',
    desk: 'science',
    layout: 'nbsp',
    cases: [
      'straight-marks',
      'abstain',
      'quote-only-paragraph',
      'pronoun',
      'partial-quotation',
      'title-then-surname',
      'cue-x-said',
    ],
    paragraphs: [
      `Ornithologists tracking bar-tailed godwits with solar-powered tags have recorded a nonstop flight of 13,560 kilometres from Alaska to Tasmania, a record for any land bird.`,
      `The bird, a juvenile tagged in July, flew for 11 days without stopping to eat, drink or rest, according to Dr. Anke Schröder of the Max Planck Institute of Animal Behavior and Tama Rangihuna of the University of Auckland, who led the tagging project together.`,
      `"It is hard to overstate how extreme this is. Imagine running a marathon every day for eleven days without a sip of water."`,
      `Schröder said the team now wanted to understand how young birds knew the route. "Nobody taught this bird where Tasmania is," she said.`,
      `Rangihuna said the flight had "rewritten what we thought was physically possible for a bird this size."`,
    ],
    quotations: [
      {
        text: `It is hard to overstate how extreme this is. Imagine running a marathon every day for eleven days without a sip of water.`,
        speaker: null,
      },
      { text: `Nobody taught this bird where Tasmania is,`, speaker: 'Anke Schröder' },
      { text: `rewritten what we thought was physically possible for a bird this size.`, speaker: 'Tama Rangihuna' },
    ],
  },
  {
    name: 'science-fusion-record',
    desk: 'science',
    cases: ['curly-marks', 'multi-paragraph', 'cue-said-x', 'trap-apostrophe'],
    paragraphs: [
      `Scientists at a laboratory in southern France said on Tuesday they had sustained a fusion reaction for 22 minutes, more than doubling the previous record.`,
      `“Twenty-two minutes does not sound like much, but in this field it is an eternity. Every minute longer teaches us something we could not model.`,
      `“We are not building a power station yet. We are learning to build one,” said Professor Émilie Marchand, the project’s scientific director.`,
      `The laboratory, run by France’s atomic energy commission, said the next experiments would test new tungsten wall tiles.`,
      `Fusion’s critics remain unconvinced. “We have been 30 years away from fusion power for 60 years,” said Hans-Peter Vogt, a physicist who advises the German government.`,
    ],
    quotations: [
      {
        text: `Twenty-two minutes does not sound like much, but in this field it is an eternity. Every minute longer teaches us something we could not model.\n\n“We are not building a power station yet. We are learning to build one,`,
        speaker: 'Émilie Marchand',
      },
      { text: `We have been 30 years away from fusion power for 60 years,`, speaker: 'Hans-Peter Vogt' },
    ],
  },
];
