"""The bank: safe located YAML, load, prove citations, warm cache, check."""
