"""Data lifecycle across every domain's tables: retention purge, and the data-subject rights
(export, erasure, objection). It sits above `conversation` because it reaches every table."""
