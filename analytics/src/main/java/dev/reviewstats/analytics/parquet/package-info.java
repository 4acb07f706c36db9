/** Data frames written as Apache Parquet files, typed and documented, for DuckDB, Spark and warehouses. */
package dev.reviewstats.analytics.parquet;
