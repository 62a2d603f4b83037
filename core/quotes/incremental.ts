// Detection that follows editing: each paragraph's scan is kept under a key that changes only when
// the paragraph does, so after an edit only changed paragraphs are rescanned and the rest is the
// cheap cross-paragraph pass (linking and attribution) over kept scans.
import { detectFromScans } from './detect';
import { scanParagraph, type ParagraphScan } from './scan-paragraph';
import type { DetectedQuotation, ParagraphInput } from './types';

/** A paragraph's text and scan, kept for as long as its key lives. */
export interface KeptScan {
  text: string;
  scan: ParagraphScan;
  /** Only white space: not a paragraph. */
  blank: boolean;
}

/**
 * Scans keyed by an object that is replaced whenever its paragraph changes (a ProseMirror node
 * is: unchanged paragraphs keep their node across transactions).
 */
export class ScansByNode<Key extends object> {
  private readonly kept = new WeakMap<Key, KeptScan>();
  /** How many paragraphs the last calls had to scan; tests and the benchmark read it. */
  rescanned = 0;

  get(key: Key, text: () => string): KeptScan {
    let entry = this.kept.get(key);
    if (!entry) {
      const paragraphText = text();
      entry = { text: paragraphText, scan: scanParagraph(paragraphText), blank: paragraphText.trim() === '' };
      this.kept.set(key, entry);
      this.rescanned++;
    }
    return entry;
  }
}

/** Scans keyed by the paragraph's text, for callers that hold plain strings; only the last call's paragraphs are kept. */
export class IncrementalDetector {
  private kept = new Map<string, ParagraphScan>();
  rescanned = 0;

  detect(paragraphs: readonly ParagraphInput[], wholeText?: string): DetectedQuotation[] {
    const now = new Map<string, ParagraphScan>();
    const scans = paragraphs.map(({ text }) => {
      let scan = now.get(text) ?? this.kept.get(text);
      if (!scan) {
        scan = scanParagraph(text);
        this.rescanned++;
      }
      now.set(text, scan);
      return scan;
    });
    this.kept = now;
    return detectFromScans(paragraphs, scans, wholeText);
  }
}
