/** The HTML front end: jsoup's document, from the review tool's pages or any generic renderer, turned into the shared outline; internal, not API. */
package dev.reviewstats.internal.html;
