// Every passage of the quote evaluation set, desk by desk.
import { briefPassages } from './desks/briefs';
import { businessPassages } from './desks/business';
import { courtsPassages } from './desks/courts';
import { localPassages } from './desks/local';
import type { PassageDefinition } from './passage';
import { politicsPassages } from './desks/politics';
import { sciencePassages } from './desks/science';
import { sportPassages } from './desks/sport';
import { wirePassages } from './desks/wire';

export const passages: PassageDefinition[] = [
  ...wirePassages,
  ...localPassages,
  ...courtsPassages,
  ...sportPassages,
  ...businessPassages,
  ...politicsPassages,
  ...sciencePassages,
  ...briefPassages,
];
