// "The Dutchman said": a nationality standing for the person the text gave it to ("Dutch coach
// Jurriaan van der Linde", "the Icelandic midfielder"). Each noun with the adjectives a role may use.
export const DEMONYMS: Record<string, string[]> = {
  dutchman: ['dutch'],
  dutchwoman: ['dutch'],
  frenchman: ['french'],
  frenchwoman: ['french'],
  englishman: ['english'],
  englishwoman: ['english'],
  irishman: ['irish'],
  irishwoman: ['irish'],
  scotsman: ['scottish', 'scots'],
  scotswoman: ['scottish', 'scots'],
  scot: ['scottish'],
  welshman: ['welsh'],
  welshwoman: ['welsh'],
  spaniard: ['spanish'],
  swede: ['swedish'],
  dane: ['danish'],
  finn: ['finnish'],
  pole: ['polish'],
  icelander: ['icelandic'],
  norwegian: ['norwegian'],
  turk: ['turkish'],
  greek: ['greek'],
  swiss: ['swiss'],
  belgian: ['belgian'],
  portuguese: ['portuguese'],
  brazilian: ['brazilian'],
  argentine: ['argentine', 'argentinian'],
  argentinian: ['argentine', 'argentinian'],
  australian: ['australian', 'aussie'],
  kiwi: ['new zealand', 'new zealander'],
  american: ['american', 'us'],
  canadian: ['canadian'],
  german: ['german'],
  italian: ['italian'],
  croat: ['croatian'],
  serb: ['serbian'],
  nigerian: ['nigerian'],
  ghanaian: ['ghanaian'],
  kenyan: ['kenyan'],
  japanese: ['japanese'],
  korean: ['korean'],
  chinese: ['chinese'],
  indian: ['indian'],
  pakistani: ['pakistani'],
  'south african': ['south african'],
  'new zealander': ['new zealand'],
};

// Nationalities the list above leaves out still show by their ending: "the Kuwaiti", "the Taiwanese".
const NATIONAL_ENDING = /^\p{Lu}\p{Ll}{2,}(?:i|ese)$/u;

/** "Dutchman", "South African", "Kuwaiti": a word for someone from a country. */
export const isDemonym = (words: string): boolean =>
  Object.hasOwn(DEMONYMS, words.toLowerCase()) || NATIONAL_ENDING.test(words);

const ADJECTIVES = new Set(Object.values(DEMONYMS).flat());
/** "Welsh", "Dutch", "Saudi": an adjective of nationality, which opens a party's or a paper's name but never a person's. */
export const isNationality = (word: string): boolean => ADJECTIVES.has(word.toLowerCase());
