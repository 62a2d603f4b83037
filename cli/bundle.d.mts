// Types of bundle.mjs, for the tests and the benchmark that use it from TypeScript.
export declare const ROOT: string;
export declare const BUNDLE_DIR: URL;
export declare const MANIFEST_NAME: string;
export declare function stampOf(file: string, root?: string): string | null;
export declare function staleness(bundleDir?: URL, root?: string): string | null;
export declare function runBundle(bundleDir: URL, argv: string[]): Promise<void>;
