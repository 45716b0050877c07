/**
 * Near-duplicate and syndicated-copy detection: {@link dev.copydesk.link.dup.Shingles} turn a text into hashed
 * word 5-grams, {@link dev.copydesk.link.dup.MinHash} and {@link dev.copydesk.link.dup.LshIndex} find candidate
 * pairs without comparing every pair, and {@link dev.copydesk.link.dup.DuplicateFinder} verifies them on exact
 * shingle sets, groups copies and names each group's original (earliest published, then smallest id).
 * Everything here is deterministic: fixed hashes and seeds, inputs sorted by id.
 */
package dev.copydesk.link.dup;
