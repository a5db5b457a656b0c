package dev.hydra.cache;

/**
 * Where one page's extraction lies in a page cache file.
 *
 * @param sha256 the hash of the bytes it was extracted from
 * @param offset where its bytes start in the file
 * @param length how many bytes it takes
 * @param crc the CRC-32 of those bytes: a damaged entry is parsed anew, never read
 */
record CachedPage(byte[] sha256, long offset, int length, int crc) {}
