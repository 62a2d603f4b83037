// Types of build-bundle.mjs, for the test that builds a bundle of its own.
import type { Metafile } from 'esbuild';

export declare function buildBundle(bundleDir?: URL): Promise<{ files: number; metafile: Metafile }>;
