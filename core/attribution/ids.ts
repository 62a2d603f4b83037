// Stable ids for quotes and sources: random, so two machines never hand out the same one.
export type NewId = () => string;

// Node and browsers both provide Web Crypto; core/ compiles without either's types, so it is named here.
const webCrypto = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

export const randomId: NewId = () => webCrypto.randomUUID();
