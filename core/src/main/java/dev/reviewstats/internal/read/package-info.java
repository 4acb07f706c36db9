/** Reading input bytes: encodings, line ends, and telling the forms apart by content; internal, not API. */
package dev.reviewstats.internal.read;
