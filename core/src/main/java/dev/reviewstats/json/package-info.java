/** The JSON form of the model: the field names documented in docs/json.md are a public contract. */
package dev.reviewstats.json;
