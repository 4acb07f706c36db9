/** Text made safe for the HTML the project writes: the one escaper of the retro page and the sample pages. */
package dev.reviewstats.render;
