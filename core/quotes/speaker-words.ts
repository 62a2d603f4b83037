// The word lists that tell a speaker's title, honours and organisation apart from the name itself.
import { wordSet } from './word-list';

export const TITLE_WORDS: ReadonlySet<string> = wordSet(
  `
    secretary general minister president vice prime chancellor mayor governor senator representative
    rep. sen. gov. dr dr. prof prof. professor judge justice chief commissioner director officer
    spokesman spokeswoman spokesperson inspector sergeant captain lieutenant colonel major gen. col.
    lt. sgt. capt. superintendent ambassador chairman chairwoman chair ceo coach pope king queen prince
    princess bishop rev. reverend mr mr. mrs mrs. ms ms. miss sir dame lord lady deputy assistant
    acting foreign defense defence health finance interior attorney leader manager executive head
    councillor councilman councilwoman treasurer detective constable sheriff marshal speaker admiral
    commander economist analyst premier founder editor principal dean chef fire police state education
    transport labour labor trade environment emergency secretary-general first former senior prosecutor
    lawyer barrister solicitor counsel magistrate coroner auditor engineer scientist researcher
    forecaster meteorologist doctor nurse pastor rabbi imam father rev supt. insp. det. cmdr. adm. maj.
    gov sen rep archbishop cardinal striker midfielder defender goalkeeper skipper trainer author
    novelist actor actress singer activist campaigner historian physicist epidemiologist virologist
    surgeon paramedic firefighter teacher pilot architect entrepreneur investor strategist pollster
    adviser advisor consultant negotiator envoy diplomat lawmaker legislator congressman congresswoman
    assemblyman assemblywoman alderman mp mep brigadier corporal warden ranger curator lecturer
    chairperson co-founder ombudsman advocate cleric sheikh vicar priest
  `,
  // Civic offices, trades and ranks that reporters capitalise in front of a name ("Trustee Ahmed Siddiqui", "Landlord Ciarán O’Dowd").
  `
    trustee councilor alderwoman selectman selectwoman supervisor registrar provost rector bailiff
    comptroller controller attorney-general solicitor-general inspector-general surgeon-general whip
    headteacher headmaster headmistress chaplain deacon canon monsignor mufti ayatollah patriarch duke
    duchess baroness viscount commodore trooper ensign landlord landlady farmer fisherman shopkeeper
    owner midwife vet veterinarian pharmacist dentist journalist reporter photographer filmmaker
    producer composer artist poet writer playwright chemist biologist geologist astronomer psychologist
    psychiatrist sociologist anthropologist archaeologist ecologist climatologist glaciologist
    volcanologist seismologist criminologist statistician mathematician oceanographer tutor librarian
    boss referee umpire winger forward batsman bowler jockey sprinter swimmer cyclist boxer cfo coo cto
    deputy-mayor vice-president vice-chancellor ex-president ex-minister interim incoming outgoing
    retired district county city agriculture energy economy housing culture sports tourism immigration
    home industry infrastructure emeritus emerita
  `,
  // Abbreviated ranks and styles, with and without the full stop ("Cllr", "DCI", "Det Sgt", "Fr", "the Rt Hon").
  `
    cllr cllr. cmdr supt insp det sgt capt lt col gen maj adm brig brig. cpl cpl. pte pte. pc pcso dc
    ds di dci dsi dcs fr fr. rt rt. hon hon. amb amb. atty atty.
  `,
  // People in the news for what happened to them or what they did that day ("Witness Ruth Bell told the court").
  `
    witness victim resident neighbour neighbor volunteer organiser organizer protester survivor student
    pupil mother passenger shopper voter juror defendant claimant plaintiff candidate challenger
    incumbent rival
  `,
);

export const HONORIFICS =
  /^(?:dr|mr|mrs|ms|mx|prof|professor|miss|sir|dame|rev|reverend|judge|justice|sen|rep|gov|gen|col|lt|sgt|capt)\.?$/iu;

// Letters after a name that are an honour or a qualification, not part of it ("Amara Okafor KC"); Jr. and Sr. are part of the name.
export const POST_NOMINALS =
  /^(?:KC|QC|MP|MEP|MSP|MLA|MPP|PhD|Ph\.D\.?|MD|M\.D\.?|OBE|MBE|CBE|KBE|DBE|FRS|Esq\.?|RN|JP|AM|AO|AC)[.,]?$/u;
// "Kenya’s" in front of a name says where the speaker is from; the name starts after it.
export const POSSESSIVE = /^\p{Lu}[\p{L}.-]*(?:[’']s|s[’'])$/u;

export const MALE_TITLES: ReadonlySet<string> = wordSet(
  `mr mr. sir lord king prince spokesman chairman councilman pope`,
);
export const FEMALE_TITLES: ReadonlySet<string> = wordSet(
  `mrs mrs. ms ms. miss dame lady queen princess spokeswoman chairwoman councilwoman`,
);
