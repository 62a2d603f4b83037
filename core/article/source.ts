// The people and organisations an article quotes, and how the reporter got what they said.
import { z } from 'zod';

export const SOURCE_KINDS = ['person', 'organisation'] as const;

/** How the material was obtained. */
export const OBTAINED = ['interview', 'press-conference', 'statement', 'document', 'social-media', 'other'] as const;

export const SourceId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a source id is letters, digits, - or _');

export const Source = z.object({
  id: SourceId,
  kind: z.enum(SOURCE_KINDS),
  /** Full name as first introduced ("Jens Stoltenberg"), or an unnamed source's noun phrase ("a spokeswoman"). */
  name: z.string().max(300),
  /** Title or role ("NATO Secretary General"). */
  title: z.string().max(300),
  organisation: z.string().max(300),
  obtained: z.enum(OBTAINED).nullable(),
  /** When the material was obtained: an ISO 8601 date or instant, or empty. */
  when: z.string().max(100),
  where: z.string().max(300),
  verified: z.boolean(),
  /** Private: never exported, never copied to the clipboard. */
  contactNotes: z.string().max(20_000),
});
export type Source = z.infer<typeof Source>;

export function newSource(id: string, name: string, fields: Partial<Omit<Source, 'id' | 'name'>> = {}): Source {
  return {
    id,
    kind: 'person',
    name,
    title: '',
    organisation: '',
    obtained: null,
    when: '',
    where: '',
    verified: false,
    contactNotes: '',
    ...fields,
  };
}
