/** Reading report files straight from a git repository's object store, at a ref, with no checkout; internal, not API. */
package dev.reviewstats.internal.git;
