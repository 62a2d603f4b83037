// Given names that nearly every reader takes as a woman's or a man's, so "she said" after
// "Maria Costa met Omar Haddad" can mean only one of them. Names worn by both (Alex, Andrea, Jean,
// Kim, Sasha, Robin, Nicola) are left out on purpose: the text has to settle those. What the text
// itself says (a pronoun about one person, Mr or Ms) always wins over this list.
import type { Gender } from './names';

const WOMEN = `
abigail ada adaeze adriana agnes agnieszka aisha akosua alejandra alexandra alice alicia alina alison aliyu amal amanda amelia amina
amy ana anastasia angela angelica anita anja ann anna anne annika antonia asha astrid aurora ayesha barbara beatriz beatrice bianca
birgit brenda bridget camila carla carmen carol caroline catherine cecilia celine charlotte chiara christina christine ciara claire
clara claudia cristina dagmar daniela deborah diana dolores dominika donna doris dorothy ebere elena eleanor elif elisabeth elizabeth
ella ellen elsa emily emma erika esther eva evelyn fatima fatma fatou fiona francesca gabriela gabriele gloria grace greta hana hanna
hannah harriet heather heidi helen helena helga hiroko ingrid irene iris isabel isabella jacqueline jana jane janet janice jennifer
jessica joan joanna johanna josephine joyce judith julia juliana julie karen karin katarzyna katharina katherine kathleen katja
keiko kerstin laila laura lauren leila lena lina linda lisa liv lorena louise lucia lucy luisa magdalena maja malgorzata margaret
margarita maria mariam marie marina marta martha mary maryam megan melissa mercy mia michelle mildred miriam monica monika nadia
nadine nancy naomi natalia natasha nicole nina noor nora nuala olga olivia paola patricia paula pauline petra priya rachel rebecca
regina rita rosa rosemary ruth sabine sally samantha sandra sara sarah silvia simone sinead siobhan sofia sonia sophia sophie stella
susan susanne svetlana sylvia tamara tanya teresa theresa tina ulrike ursula valentina valeria vanessa vera veronica victoria
wanjiru wendy yasmin yoko yuki yulia yvonne zainab zanele zeynep zoe zoë zofia
`;

const MEN = `
aaron abdul abdullah adam adrian ahmad ahmed akira alan albert alejandro alessandro alexander alexei ali amir anders andrei andrew
andrzej angus anton antonio arjun arthur ashok bernard bjorn björn boris brian bruno carl carlos charles chinedu christian christopher
ciaran ciarán colin connor daniel david dmitri dmitry dragan duncan edward emeka emmanuel enrique eric erik ernesto evan fabio felipe
felix fernando francesco francisco frank franz frederick gabriel gareth george gerald gerhard giovanni giuseppe goran gordon graham
gregory gustavo hamid hamza hans harold harry hassan heinrich henrik henry hiroshi hugo ian ibrahim ivan jack jacob jakub james jan
javier jens jeremy jerzy johan johannes john jonathan jorge jose josé joseph juan julian jürgen kai karl keith kenneth kevin khalid
klaus kofi kwame lars lawrence leonardo liam lorenzo luca lucas ludwig luis lukas magnus malcolm manuel marco marcus mario mark
martin mateo matteo matthew maurice max michael miguel mikhail mohamed mohammed muhammad nathan neil nicholas niall nikolai noah
oleg oliver olivier omar oscar oskar owen pablo patrick paul pavel pedro peter philip pierre piotr rafael rahul raj ramon raúl raul
richard robert roberto roger ronald rudolf ryan salvatore samuel sean seán sebastian sergei sergio simon stefan stephen steven
sven takeshi tadeusz thomas tim timothy tobias tom tomas tomás tommaso tony ulrich uwe victor vikram vincent vladimir walter wei
william wojciech xavier yusuf yuri zoltan
`;

const GIVEN = new Map<string, Gender>([
  ...WOMEN.split(/\s+/u)
    .filter((name) => name !== '')
    .map((name): [string, Gender] => [name, 'female']),
  ...MEN.split(/\s+/u)
    .filter((name) => name !== '')
    .map((name): [string, Gender] => [name, 'male']),
]);

/** The gender a full name's first word suggests, or null for a surname alone or a name not listed. */
export function givenNameGender(name: string): Gender | null {
  const space = name.indexOf(' ');
  if (space < 0) return null;
  return GIVEN.get(name.slice(0, space).toLowerCase()) ?? null;
}
