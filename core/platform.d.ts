// The few globals that both Node and browsers provide and core/ may rely on. core/ compiles
// without DOM or Node types, so these are declared here rather than pulled in wholesale.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
