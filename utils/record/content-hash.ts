import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { collapseWhitespace } from '../text/normalize-text';

/**
 * SHA-256 (hex) of the text with whitespace collapsed. Synchronous and dependency-light, because pages on
 * plain http have no `crypto.subtle`, and extraction runs inside such pages.
 */
export function contentHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(collapseWhitespace(text.normalize('NFC')))));
}
